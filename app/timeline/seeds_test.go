package timeline

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/timeline")

// dateLine is the " date YYYY-MM-DD" prefix glued onto seeds 003 and 004.
var dateLine = regexp.MustCompile(`^\s*date (\d{4}-\d{2}-\d{2})\s+`)

// loadSeeds reads the seed articles the simple way app/clean is not needed
// for: every non-empty line is a paragraph, the date line gives the date.
// The text is raw (boilerplate included), which the goldens reflect.
func loadSeeds(t testing.TB) []Doc {
	t.Helper()
	files, err := filepath.Glob("../../testdata/*.txt")
	if err != nil || len(files) != 5 {
		t.Fatalf("seeds: %v %v", files, err)
	}
	var docs []Doc
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := Doc{ID: strings.TrimSuffix(filepath.Base(f), ".txt")}
		for _, line := range strings.Split(string(b), "\n") {
			if m := dateLine.FindStringSubmatch(line); m != nil && d.Date == "" {
				d.Date = m[1]
				line = line[len(m[0]):]
			}
			if line = strings.TrimSpace(line); line != "" {
				d.Paragraphs = append(d.Paragraphs, line)
			}
		}
		docs = append(docs, d)
	}
	return docs
}

func TestSeedEventsGolden(t *testing.T) {
	for _, d := range loadSeeds(t) {
		evs := Events(d)
		for _, e := range evs {
			if got := d.Paragraphs[e.Para][e.Start:e.End]; got != e.Text {
				t.Errorf("%s: offsets give %q, want %q", d.ID, got, e.Text)
			}
			if !strings.Contains(e.Text, e.Expression) {
				t.Errorf("%s: %q not in %q", d.ID, e.Expression, e.Text)
			}
		}
		got, err := json.MarshalIndent(evs, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, '\n')
		path := filepath.Join("../../testdata/timeline", d.ID[:3]+".golden")
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./app/timeline -run Golden -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s events differ from %s (review, then -update):\n%s", d.ID, path, got)
		}
	}
}

// TestSeedRequirements checks the acceptance cases directly.
func TestSeedRequirements(t *testing.T) {
	docs := loadSeeds(t)
	byID := map[string][]Event{}
	for _, d := range docs {
		byID[d.ID[:3]] = Events(d)
	}
	has := func(id, expr, date, prec string) {
		t.Helper()
		for _, e := range byID[id] {
			if e.Expression == expr && e.Date == date && string(e.Precision) == prec && e.Resolved {
				return
			}
		}
		t.Errorf("%s: no event %q → %s (%s) in %+v", id, expr, date, prec, byID[id])
	}
	has("003", "September last year", "2023-09", "month")
	has("003", "early Tuesday", "2024-03-19", "day")
	has("004", "last year", "2023", "year")
	has("001", "1953", "1953", "year")
	has("001", "2010", "2010", "year")
	has("001", "2018", "2018", "year")
	has("002", "2022", "2022", "year")
	for _, id := range []string{"000", "001", "002"} {
		for _, e := range byID[id] {
			if e.Relative && (e.Resolved || e.Date != "") {
				t.Errorf("%s: relative %q resolved without a date", id, e.Expression)
			}
		}
	}
	// setting a date resolves the undated article's relative expressions
	d := docs[2]
	d.Date = "2024-11-01"
	for _, e := range Events(d) {
		if !e.Resolved {
			t.Errorf("002 with a date: %q unresolved", e.Expression)
		}
	}
	for _, e := range JSON(byID["000"]) {
		if e.Date == "" {
			t.Errorf("JSON kept an unresolved event: %+v", e)
		}
	}
}

func TestSeedClusters(t *testing.T) {
	cs := Clusters(loadSeeds(t))
	of := map[string]string{}
	for _, c := range cs {
		t.Logf("%s %v %q", c.ID, c.DocIDs, c.Label)
		for _, id := range c.DocIDs {
			of[id[:3]] = c.ID
		}
	}
	if of["000"] != of["001"] {
		t.Errorf("000 and 001 (the liaison office demolition) are not one story")
	}
	if of["003"] != of["004"] {
		t.Errorf("003 and 004 (condolences after the Crocus attack) are not one story")
	}
	if of["002"] == of["000"] || of["002"] == of["003"] {
		t.Errorf("002 (Choe's visit to Moscow) joined another story")
	}
	if of["000"] == of["003"] {
		t.Errorf("the demolition and the condolences are one story")
	}
}

// TestClustersPaced checks that the paced clustering pauses at least once
// per article in each pass and groups exactly as Clusters does.
func TestClustersPaced(t *testing.T) {
	docs := loadSeeds(t)
	pauses := 0
	paced := ClustersPaced(docs, func() { pauses++ })
	if want := 4 * len(docs); pauses < want {
		t.Errorf("%d pauses for %d articles, want at least %d", pauses, len(docs), want)
	}
	if got, want := fmt.Sprint(paced), fmt.Sprint(Clusters(docs)); got != want {
		t.Errorf("paced clusters %s, want %s", got, want)
	}
}
