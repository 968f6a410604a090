package boiler

import (
	"fmt"
	"testing"
)

// siteList is a games site's sidebar: twenty short links, half of them
// lines the classifier is sure of, half only doubted.
func siteList() ([]string, []float32) {
	var lines []string
	var p []float32
	for i := range 20 {
		lines = append(lines, fmt.Sprintf("Puzzle games (%d)", 10+i))
		if i%2 == 0 {
			p = append(p, 0.98)
		} else {
			p = append(p, 0.9)
		}
	}
	return lines, p
}

// TestDoubtedSentenceBridgesNoSiteList: a sentence kept only under the
// raised SentenceThreshold (P 0.75, a forum thread's title in the sidebar)
// does not bring back the doubted links of a long list of the site's own
// above it, many of whose lines the classifier is sure of; a sentence it
// believes (P 0.1) still does, and so does a doubted one across a short
// run (an article's listing between two paragraphs).
func TestDoubtedSentenceBridgesNoSiteList(t *testing.T) {
	lex := lexicon(nil)
	story := "The studio said on Monday that its first game had been sent to the store for review."
	thread := "Which racing games would you recommend for a long train journey next week?"
	list, lp := siteList()
	for _, c := range []struct {
		p    float32
		keep bool
	}{{0.75, false}, {0.1, true}} {
		lines := append(append([]string{story}, list...), thread)
		p := append(append([]float32{0.1}, lp...), c.p)
		out, st := scoredLines(lines, p, lex)
		out[len(out)-1].keep() // kept under SentenceThreshold, or believed
		keepBetweenSentences(out, st)
		want := []bool{false}
		for _, q := range lp {
			want = append(want, q >= InsideThreshold || !c.keep)
		}
		checkKept(t, lines, p, out, append(want, false))
	}
	// A short run: the article's own list between two paragraphs.
	lines := []string{story, "base", "base-devel", "editor", "fonts", thread}
	p := []float32{0.1, 0.9, 0.9, 0.98, 0.9, 0.75}
	out, st := scoredLines(lines, p, lex)
	out[5].keep()
	keepBetweenSentences(out, st)
	checkKept(t, lines, p, out, []bool{false, false, false, true, false, false})
}

// TestDoubtedSentenceStartsNoRun: under a doubted sentence (a caption kept
// only under the raised SentenceThreshold) the doubted line right below
// stays, but the run of lines keepAfterSentences keeps one after another
// starts only under a sentence the classifier believes (a gallery's label
// repeated under each photo).
func TestDoubtedSentenceStartsNoRun(t *testing.T) {
	lex := lexicon(nil)
	caption := "The mayor waves to supporters after the rally in the town square on Friday."
	for _, c := range []struct {
		p    float32
		want []bool
	}{
		{0.75, []bool{false, false, true, true, true}},
		{0.1, []bool{false, false, false, false, false}},
	} {
		lines := []string{caption, "From the archive", "From the archive", "From the archive", "From the archive"}
		p := []float32{c.p, 0.7, 0.7, 0.7, 0.7}
		out, st := scoredLines(lines, p, lex)
		out[0].keep()
		keepAfterSentences(out, st)
		checkKept(t, lines, p, out, c.want)
	}
}
