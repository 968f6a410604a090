//go:build !wasm

package clean

import (
	"os"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/internal/boilerpages"
)

// BenchmarkCleanPages cleans the boilerplate corpus's dev pages (1,524 real
// web pages flattened to text, 14.6 MB): scraped pages, short lines of menus
// and links, which the classifier scores line by line, unlike the clean prose
// most of BenchmarkClean's input is. Skipped when the corpus is absent.
func BenchmarkCleanPages(b *testing.B) {
	if _, err := os.Stat(boilerplatePages); err != nil {
		b.Skip(boilerplatePages + " absent")
	}
	pages, err := boilerpages.Load(boilerplatePages, "dev")
	if err != nil {
		b.Fatal(err)
	}
	var all []string
	for _, p := range pages {
		all = append(all, strings.Join(p.Texts(), "\n\n")+"\n")
	}
	benchClean(b, all)
}
