//go:build !wasm

package ui

import (
	"testing"

	"github.com/dossierapp/dossier/app/corpus"
)

func seedArticles(t *testing.T) []corpus.Article {
	t.Helper()
	b, _, err := corpus.LoadDir("../../testdata")
	if err != nil || len(b.Articles) < 5 {
		t.Fatalf("seeds: %v (%d articles)", err, len(b.Articles))
	}
	return b.Articles
}
