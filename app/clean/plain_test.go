//go:build !wasm

package clean

import (
	"os"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/internal/boilerpages"
)

// TestPlainArticleSkipChangesNothing: skipping the classifier on plain
// articles (plainArticle) changes no cleaning of the BBC articles and of the
// labelled corpus's dev pages, and many BBC articles are plain.
func TestPlainArticleSkipChangesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	bbc := loadBBC(t, 0)
	texts := bbc
	if _, err := os.Stat(boilerplatePages); err == nil {
		pages, err := boilerpages.Load(boilerplatePages, "dev")
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range pages {
			texts = append(texts, strings.Join(p.Texts(), "\n"))
		}
	}
	if len(bbc) == 0 {
		t.Skip(bbcPath + " absent")
	}
	defer func() { skipPlain = true }()
	skips := plainSkips.Load()
	for _, s := range texts {
		skipPlain = true
		a := Clean(s)
		skipPlain = false
		b := Clean(s)
		if a.Render() != b.Render() || a.Title != b.Title || a.Publisher != b.Publisher || len(a.Blocks) != len(b.Blocks) {
			t.Fatalf("skipping the classifier changes %.200q", s)
		}
		for i := range a.Blocks {
			if a.Blocks[i].Removed != b.Blocks[i].Removed {
				t.Fatalf("skipping the classifier changes a removal (%q, %q) in %.200q", a.Blocks[i].Removed, b.Blocks[i].Removed, s)
			}
		}
	}
	skips = plainSkips.Load() - skips
	t.Logf("%d texts cleaned alike with and without the skip; %d plain", len(texts), skips)
	if skips < int64(len(bbc))/4 {
		t.Errorf("only %d of %d BBC articles plain", skips, len(bbc))
	}
}
