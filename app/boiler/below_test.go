package boiler

import (
	"os"
	"strings"
	"testing"
)

// postWithArchive reads a blog's post as a scraper that keeps only the body
// writes it (written here): one skip link over the post, the blog's archive
// of months under it.
func postWithArchive(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile("testdata/post-with-archive.txt")
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(string(b)), "\n")
}

func TestBoilerplateBelowMakesScrapedPage(t *testing.T) {
	page := postWithArchive(t)
	archive := 8 // the first line of the archive
	d := Default().Classify(page)
	checkProseKept(t, page, d)
	for i := archive; i < len(page); i++ {
		if !d[i].Boilerplate {
			t.Errorf("archive line kept (p=%.2f): %s", d[i].P, page[i])
		}
	}
	// The same lines, with the archive removed by the named rules: what
	// they left shows no scraped page, and nothing is removed.
	removed := make([]bool, len(page))
	for i := archive - 1; i < len(removed); i++ {
		removed[i] = true
	}
	for i, dec := range Default().ClassifyLeft(page, removed) {
		if dec.Boilerplate {
			t.Errorf("removed with the archive gone (p=%.2f): %s", dec.P, page[i])
		}
	}
	// With no line over the post's prose (its first paragraph first),
	// nothing shows a scraped page: its tail is not judged.
	for i, dec := range Default().Classify(page[3:]) {
		if dec.Boilerplate {
			t.Errorf("removed with no line over the post (p=%.2f): %s", dec.P, page[i+3])
		}
	}
}
