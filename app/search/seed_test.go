package search

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// This file turns the raw seed articles into clean Docs with a tiny,
// test-only cleanup: it drops the obvious boilerplate lines of the five seeds
// (donation appeals, newsletter boxes, photo credits, stray image titles,
// "Advertisment") and reads the glued-on " date YYYY-MM-DD" prefix. The real
// cleanup is app/clean; these tests only need the same clean text.

// boilerplateStart marks a line from which the rest of the article is an
// appeal or a newsletter box.
var boilerplateStart = []string{
	"A Message from The Moscow Times:",
}

// boilerplateLines are whole lines that are not article text.
var boilerplateLines = map[string]bool{
	"Support The Moscow Times!":               true,
	"Advertisment":                            true,
	"Liaison Office":                          true, // a stray image title in 001
	"Sign up for our free weekly newsletter":  true,
	"Subscribers agree to the Privacy Policy": true,
}

var datePrefix = regexp.MustCompile(`^\s*date (\d{4}-\d{2}-\d{2}) `)

// seedDocs reads the seed articles of testdata/ as clean Docs.
func seedDocs(t testing.TB) []Doc {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	var docs []Doc
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, cleanSeed(filepath.Base(p)[:3], string(raw)))
	}
	return docs
}

// cleanSeed is the test-only cleanup of one seed article.
func cleanSeed(id, raw string) Doc {
	d := Doc{ID: id}
	if strings.Contains(raw, "Moscow Times") {
		d.Publisher = "The Moscow Times"
	}
	lines := strings.Split(raw, "\n")
	first := true
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" || boilerplateLines[l] || strings.Contains(l, "| Yonhap via REUTERS") || strings.Contains(l, "newsletter contains") {
			continue
		}
		stop := false
		for _, b := range boilerplateStart {
			if strings.HasPrefix(l, b) {
				stop = true
			}
		}
		if stop {
			break
		}
		if m := datePrefix.FindStringSubmatch(" " + l); m != nil {
			d.Date = m[1]
			l = strings.TrimSpace(datePrefix.ReplaceAllString(" "+l, ""))
		}
		l = strings.TrimSuffix(l, " stepan / Flickr")
		words := len(strings.Fields(l))
		isShort := words <= 10 && !strings.HasSuffix(l, ".") && !strings.HasSuffix(l, "\"")
		switch {
		case first && isShort:
			d.Title = l
		case isShort:
			d.Headings = append(d.Headings, l)
		default:
			d.Body = append(d.Body, l)
		}
		first = false
	}
	return d
}

func TestSeedCleanup(t *testing.T) {
	docs := seedDocs(t)
	if len(docs) != 5 {
		t.Fatalf("got %d seeds", len(docs))
	}
	if docs[0].Title != "Kremlin Calls for 'Restraint' Amid N. Korea Escalation" {
		t.Errorf("000 title %q", docs[0].Title)
	}
	if docs[3].Date != "2024-03-25" || docs[4].Date != "2024-03-23" {
		t.Errorf("dates %q %q", docs[3].Date, docs[4].Date)
	}
	for _, d := range docs {
		all := strings.Join(append(append([]string{d.Title}, d.Headings...), d.Body...), "\n")
		for _, junk := range []string{"Remind", "paiment", "newsletter", "Advertisment", "Flickr"} {
			if strings.Contains(all, junk) {
				t.Errorf("%s still contains %q", d.ID, junk)
			}
		}
	}
}
