package boiler

import "testing"

// TestSentenceBeforeNote: a sentence closed by a bracketed note ("... the
// dam burst. [3]", a game's references "[MP3 / MP3 SP]") is a sentence to
// the rules that keep the article's lines: an artist's credit between two
// such sentences stays, as between two plain ones. A line that only ends
// in brackets (a link's "[Video]", a note after no sentence) is none.
func TestSentenceBeforeNote(t *testing.T) {
	lex := lexicon(nil)
	for l, want := range map[string]bool{
		"The old dam burst in the spring of that year and flooded the valley. [3]":              true,
		"The settlers left the valley for good and never came back to it. [GT1 / GT2 SP]":       true,
		"Did the settlers ever come back to the valley they had left behind? [citation needed]": true,
		"Watch the moment the old dam burst and flooded the whole valley [Video]":               false,
		"The settlers left the valley for good and never came back to it.":                      true,
		"See the notes [": false,
	} {
		if s := measure(l, lex); s.sentence() != want {
			t.Errorf("%q: sentence %v, want %v", l, s.sentence(), want)
		}
	}
	first := "The old dam burst in the spring of that year and flooded the valley. [GT1]"
	last := "The settlers left the valley for good and never came back to it. [GT1 / GT2 SP]"
	lines := []string{"Menu entry", first, "(Artist: Painter)", last, "Related"}
	p := []float32{0.8, 0.3, 0.8, 0.3, 0.8}
	out, st := scoredLines(lines, p, lex)
	keepBetweenSentences(out, st)
	checkKept(t, lines, p, out, []bool{true, false, false, false, true})
}
