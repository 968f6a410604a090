package ui

import (
	"strings"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/sahilm/fuzzy"
)

// titleHit is an article whose title matches the query.
type titleHit struct {
	index   int
	title   string
	matched []int // rune indexes of matched characters in title
}

// titleSource adapts article titles to sahilm/fuzzy.
type titleSource []string

func (t titleSource) String(i int) string { return t[i] }
func (t titleSource) Len() int            { return len(t) }

// matchTitles fuzzy-matches the query against article titles, best first;
// an empty query lists every article in order.
func matchTitles(arts []doc, query string) []titleHit {
	titles := make(titleSource, len(arts))
	for i, a := range arts {
		titles[i] = a.displayTitle()
	}
	query = strings.TrimSpace(query)
	if query == "" {
		hits := make([]titleHit, len(arts))
		for i := range arts {
			hits[i] = titleHit{index: i, title: titles[i]}
		}
		return hits
	}
	if utf8.RuneCountInString(query) > 200 {
		query = string([]rune(query)[:200])
	}
	matches := fuzzy.FindFrom(query, titles)
	hits := make([]titleHit, len(matches))
	for i, m := range matches {
		hits[i] = titleHit{index: m.Index, title: m.Str, matched: byteToRuneIndexes(m.Str, m.MatchedIndexes)}
	}
	return hits
}

// byteToRuneIndexes converts sahilm/fuzzy's byte offsets into rune indexes.
func byteToRuneIndexes(s string, byteIdx []int) []int {
	out := make([]int, 0, len(byteIdx))
	j := 0
	ri := 0
	for bi := range s {
		for j < len(byteIdx) && byteIdx[j] < bi {
			j++
		}
		if j < len(byteIdx) && byteIdx[j] == bi {
			out = append(out, ri)
		}
		ri++
	}
	return out
}

// highlight renders s with the runes at the given indexes inside <mark>.
func highlight(s string, runeIdx []int) []app.UI {
	if len(runeIdx) == 0 {
		return []app.UI{app.Text(s)}
	}
	marked := make(map[int]bool, len(runeIdx))
	for _, i := range runeIdx {
		marked[i] = true
	}
	var out []app.UI
	var run strings.Builder
	inMark := false
	flush := func() {
		if run.Len() == 0 {
			return
		}
		if inMark {
			out = append(out, app.Mark().Text(run.String()))
		} else {
			out = append(out, app.Text(run.String()))
		}
		run.Reset()
	}
	i := 0
	for _, r := range s {
		if marked[i] != inMark {
			flush()
			inMark = marked[i]
		}
		run.WriteRune(r)
		i++
	}
	flush()
	return out
}
