package search_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dossierapp/dossier/app/search"
)

// TestWorstCaseQueries checks that hostile queries stay cheap on the real
// corpus: the query is cut to MaxQueryRunes characters and MaxQueryWords
// words, and each word's expansion is bounded.
func TestWorstCaseQueries(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	ix := search.Build(corpus(t))
	queries := []string{
		strings.Repeat("a", 10000),
		strings.Repeat("abcdefghijklmnopqrstuvwxyz ", 400),
		strings.Repeat("governmentt internationall ", 400),
		"e t a o i n s h r d l u",
		"the of and to in a is that for it",
		strings.Repeat("\"the the\" ", 50),
		strings.Repeat("🚀", 5000),
		strings.Repeat("\u0301", 10000),
		"مرحبا بالعالم " + strings.Repeat("ש", 3000),
		`.*+?()[]{}|^$\ (?i)kim.*`,
		"s", "t", "a",
	}
	for _, q := range queries {
		start := time.Now()
		ix.Search(q, search.Options{Limit: 10})
		if d := time.Since(start); d > 200*time.Millisecond {
			t.Errorf("query %.30q… took %v", q, d)
		} else if testing.Verbose() {
			t.Logf("%v for %.30q", d, q)
		}
	}
}
