package timeline

import (
	"strings"

	"github.com/dossierapp/dossier/app/search"
)

// Query is a search query as the timeline follows it: its words, folded as
// search folds them (search.Fold). An event matches when every word occurs
// (as a substring) in its sentence or its article's title, folded alike, so
// the timeline finds what the library's search finds: "Kyiv" matches
// "Kyïv", "choe's" matches "Choe’s".
type Query struct {
	words []string
}

// NewQuery splits q into folded words; punctuation separates words.
func NewQuery(q string) Query {
	return Query{words: strings.Fields(Fold(q))}
}

// Empty reports whether the query has no words.
func (q Query) Empty() bool { return len(q.words) == 0 }

// Match reports whether every word of q occurs in one of the folded texts
// (see Fold). The empty query matches nothing.
func (q Query) Match(folded ...string) bool {
	if q.Empty() {
		return false
	}
	for _, w := range q.words {
		found := false
		for _, s := range folded {
			if strings.Contains(s, w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// Fold is the folding of search (search.Fold): the words of s, lower-cased,
// without diacritics, joined by single spaces. "Kyïv" and "KYIV" fold to
// "kyiv", "Choe’s" to "choe".
func Fold(s string) string { return search.Fold(s) }
