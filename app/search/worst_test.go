package search_test

import (
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/search"
)

// hostileQueries are queries a careless paste or a hostile page could send:
// very long, many words, repeated phrases, one letter, combining marks,
// right-to-left text, regular-expression syntax.
var hostileQueries = []string{
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

// TestWorstCaseQueries runs hostile queries on the real corpus: each
// answers, within its limit. How cheap they stay is measured by
// BenchmarkWorstCaseQueries against an ordinary query in the same run; the
// bounds that keep them cheap (MaxQueryRunes, MaxQueryWords, one use of a
// repeated phrase) are checked by TestHostileQueryBounds.
func TestWorstCaseQueries(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	ix := search.Build(corpus(t))
	for _, q := range hostileQueries {
		if hits := ix.Search(q, search.Options{Limit: 10}); len(hits) > 10 {
			t.Errorf("query %.30q…: %d hits over the limit of 10", q, len(hits))
		}
	}
}

// BenchmarkWorstCaseQueries times each hostile query on the real corpus,
// beside an ordinary one ("kim jong") as the baseline of the same run:
// go test -run '^$' -bench WorstCaseQueries ./app/search
func BenchmarkWorstCaseQueries(b *testing.B) {
	ix := search.Build(corpus(b))
	for i, q := range append([]string{"kim jong"}, hostileQueries...) {
		name := "baseline"
		if i > 0 {
			name = "hostile" + string(rune('A'+i-1))
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				ix.Search(q, search.Options{Limit: 10})
			}
		})
	}
}
