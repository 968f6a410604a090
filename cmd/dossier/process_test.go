//go:build !wasm

package main

import (
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dossierapp/dossier/app/ui"
)

// waitProcessed waits until the site has processed n articles (the gate
// holds the others back), failing after a generous while.
func waitProcessed(t *testing.T, s *site, n int) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if done, _ := s.proc.progress(); done >= n {
			return
		}
	}
	done, total := s.proc.progress()
	t.Fatalf("processed %d of %d articles, want %d", done, total, n)
}

// TestServeWhileProcessing: the server answers pages and the articles
// bundle while its articles are still processing (a gate holds all but the
// first back), and the pages say how many are ready and how many are still
// processing; once the gate opens they show the articles.
func TestServeWhileProcessing(t *testing.T) {
	if _, err := os.Stat(filepath.Join(webDir, "app.wasm")); err != nil {
		t.Fatalf("web/app.wasm is missing: run 'make wasm' first")
	}
	open := make(chan struct{})
	gate := func(i int) {
		if i > 0 {
			<-open
		}
	}
	s, err := openSite(webDir, articlesDir, "", io.Discard, siteOptions{gate: gate})
	if err != nil {
		t.Fatal(err)
	}
	released := false
	release := func() {
		if !released {
			released = true
			close(open)
		}
	}
	defer release()
	waitProcessed(t, s, 1)
	total := len(s.bundle.Articles)
	want := "1 of 5 ready, 4 still processing"
	if total != 5 {
		t.Fatalf("%d seed articles, want 5", total)
	}
	for _, p := range []string{"/", "/timeline", "/a/" + seedID} {
		if page := getPage(t, s, p); !strings.Contains(page, want) {
			t.Errorf("%s while processing does not say %q:\n%s", p, want, visibleStatus(page))
		}
	}
	if bundle := getPage(t, s, ui.BundlePath); !strings.Contains(bundle, seedID) {
		t.Errorf("the articles bundle, while processing, lacks %s", seedID)
	}
	select {
	case <-s.proc.ready:
		t.Fatal("processing finished with the gate closed")
	default:
	}

	release()
	s.proc.wait()
	page := getPage(t, s, "/")
	if strings.Contains(page, "still processing") || !strings.Contains(page, "5 articles") {
		t.Errorf("the library once processed:\n%s", visibleStatus(page))
	}
	if page := getPage(t, s, "/a/"+seedID); !strings.Contains(page, "Kremlin Calls for") {
		t.Errorf("the article once processed lacks its headline:\n%s", visibleStatus(page))
	}
}

// visibleStatus is the part of a page around its status line, for messages.
func visibleStatus(page string) string {
	i := strings.Index(page, `role="status"`)
	if i < 0 {
		return page[:min(len(page), 400)]
	}
	return page[i:min(len(page), i+400)]
}

// TestProcessingCache: a second site of the same folder reads every
// article back from the processing cache, and shows what the first made.
func TestProcessingCache(t *testing.T) {
	if _, err := os.Stat(filepath.Join(webDir, "app.wasm")); err != nil {
		t.Fatalf("web/app.wasm is missing: run 'make wasm' first")
	}
	root := t.TempDir()
	var pages []string
	for run := range 3 {
		if run == 2 {
			// a damaged file is a warning, and every article is processed again
			path := newProcCache(root, articlesDir, io.Discard).path
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, data[:len(data)/2], 0o644); err != nil {
				t.Fatal(err)
			}
		}
		var stderr strings.Builder
		s, err := openSite(webDir, articlesDir, "", io.Discard, siteOptions{cache: newProcCache(root, articlesDir, &stderr)})
		if err != nil {
			t.Fatal(err)
		}
		s.proc.wait()
		wantCached := []int{0, 5, -1}[run]
		if wantCached >= 0 && s.proc.fromCache != wantCached {
			t.Errorf("run %d: %d articles from the cache, want %d", run, s.proc.fromCache, wantCached)
		}
		if run == 2 && (s.proc.fromCache >= 5 || !strings.Contains(stderr.String(), "processing cache")) {
			t.Errorf("damaged cache: %d from it, warning %q", s.proc.fromCache, stderr.String())
		}
		pages = append(pages, articleText(getPage(t, s, "/a/"+seedID)))
	}
	if !strings.Contains(pages[0], "Kremlin Calls for") || pages[0] != pages[1] || pages[0] != pages[2] {
		t.Errorf("an article read from the cache reads differently from the processed one:\n%s\n%s", pages[0], pages[1])
	}
}

// articleText is the text of a page's article element, without markup (go-app
// writes attributes in no fixed order).
func articleText(page string) string {
	i, j := strings.Index(page, "<article"), strings.Index(page, "</article>")
	if i < 0 || j < i {
		return ""
	}
	return regexp.MustCompile(`<[^>]*>`).ReplaceAllString(page[i:j], " ")
}
