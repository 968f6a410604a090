package names

import (
	"testing"

	"github.com/dossierapp/dossier/app/search"
)

// TestFoldAsSearch: names fold a word's letters as search does, so a name
// found in the text matches the query that finds the article.
func TestFoldAsSearch(t *testing.T) {
	for _, w := range []string{"Kyïv", "KYIV", "Pyŏngyang", "Straße", "Øresund", "Dvořák", "Ñuñoa", "Ǆokić", "Ærø"} {
		if got, want := fold(w), search.Fold(w); got != want {
			t.Errorf("fold(%q) = %q, search.Fold = %q", w, got, want)
		}
	}
	for in, want := range map[string]string{"U.S.": "us", "O’Brien": "o'brien", "Jong-un": "jong-un"} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}
