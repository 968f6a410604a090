package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// evalLine is one labelled line of an evaluation page: keep is true for
// article content ("+ "), false for boilerplate ("- ").
type evalLine struct {
	keep bool
	text string
}

func readEvalPage(t *testing.T, path string) []evalLine {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []evalLine
	for n, l := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if len(l) < 3 || (l[0] != '+' && l[0] != '-') || l[1] != ' ' {
			t.Fatalf("%s:%d: want \"+ text\" or \"- text\", got %q", path, n+1, l)
		}
		out = append(out, evalLine{keep: l[0] == '+', text: l[2:]})
	}
	return out
}

// TestEval cleans the labelled pages in testdata/clean/eval (scraped-news
// shapes, not the seeds), one line per block, and checks kept-content recall
// and boilerplate-removal precision and recall.
func TestEval(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/clean/eval/*.page")
	if len(files) < 12 {
		t.Fatalf("want at least 12 eval pages, have %d", len(files))
	}
	var content, contentKept, boiler, boilerRemoved, removed int
	for _, f := range files {
		lines := readEvalPage(t, f)
		texts := make([]string, len(lines))
		for i, l := range lines {
			texts[i] = l.text
		}
		r := Clean(strings.Join(texts, "\n\n") + "\n")
		var blocks []Block
		for _, b := range r.Blocks {
			if b.Removed != ReasonEmpty {
				blocks = append(blocks, b)
			}
		}
		if len(blocks) != len(lines) {
			t.Errorf("%s: %d blocks for %d lines", filepath.Base(f), len(blocks), len(lines))
			continue
		}
		for i, l := range lines {
			gone := blocks[i].Removed != "" || blocks[i].Text() == ""
			if gone {
				removed++
			}
			if l.keep {
				content++
				if !gone {
					contentKept++
				} else {
					t.Logf("%s: content removed (%s): %s", filepath.Base(f), blocks[i].Removed, l.text)
				}
				continue
			}
			boiler++
			if gone {
				boilerRemoved++
			} else {
				t.Logf("%s: boilerplate kept: %s", filepath.Base(f), l.text)
			}
		}
	}
	recall := float64(contentKept) / float64(content)
	bRecall := float64(boilerRemoved) / float64(boiler)
	bPrec := float64(boilerRemoved) / float64(max(removed, 1))
	t.Logf("eval: %d pages; content kept %d/%d (recall %.3f); boilerplate removed %d/%d (recall %.3f), precision %.3f",
		len(files), contentKept, content, recall, boilerRemoved, boiler, bRecall, bPrec)
	if recall < 1 || bRecall < minBoilerRecall || bPrec < 0.95 {
		t.Errorf("below thresholds: content recall %.3f (=1), boilerplate recall %.3f (≥%.2f), precision %.3f (≥0.95)",
			recall, bRecall, minBoilerRecall, bPrec)
	}
}

// minBoilerRecall is the boilerplate-removal recall TestEval asserts.
const minBoilerRecall = 0.85
