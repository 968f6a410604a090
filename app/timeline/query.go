package timeline

import (
	"strings"
	"unicode"
)

// Query is a search query as the timeline follows it: its words, case-folded.
// An event matches when every word occurs (as a substring) in its sentence or
// its article's title.
type Query struct {
	words []string
}

// NewQuery splits q into case-folded words; punctuation separates words.
func NewQuery(q string) Query {
	var out Query
	for _, w := range strings.FieldsFunc(q, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\''
	}) {
		out.words = append(out.words, Fold(w))
	}
	return out
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

// Fold lower-cases s and turns typographic apostrophes into plain ones, so
// "Choe’s" matches "choe's".
func Fold(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), "’", "'")
}
