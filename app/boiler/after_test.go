package boiler

import "testing"

// TestKeepAfterSentences: under a kept sentence, doubtful lines stay one
// after another until a near-certain one; a doubtful line that follows no
// kept sentence (or a removed one) still goes.
func TestKeepAfterSentences(t *testing.T) {
	lex := lexicon(nil)
	sentence := "The council said on Tuesday that the bridge would be closed for a year."
	lines := []string{"Menu entry", sentence, "Bridge closures", "Main Street", "Share this", "Most read", sentence, "Advertisement", "Sign in"}
	p := []float32{0.8, 0.1, 0.8, 0.7, 0.99, 0.8, 0.95, 0.8, 0.8}
	out, st := scoredLines(lines, p, lex)
	keepAfterSentences(out, st)
	checkKept(t, lines, p, out, []bool{true, false, false, false, true, true, true, true, true})
}

// TestKeepBeforeSentences: above a kept sentence, doubtful sentences stay
// one after another (an article's first paragraphs under its menus); a
// near-certain one stops the run, and a short line above it (a menu entry)
// is not a sentence and goes.
func TestKeepBeforeSentences(t *testing.T) {
	lex := lexicon(nil)
	sentence := "The council said on Tuesday that the bridge would be closed for a year."
	lines := []string{"Menu entry", sentence, sentence, "Bridge closures", sentence, sentence, sentence}
	p := []float32{0.8, 0.8, 0.95, 0.8, 0.8, 0.8, 0.1}
	out, st := scoredLines(lines, p, lex)
	keepBeforeSentences(out, st)
	checkKept(t, lines, p, out, []bool{true, true, true, true, false, false, false})
}

// TestKeepAfterHeading: a doubted sentence under a kept heading under a
// kept sentence starts the article's next section ("Conclusion" and the
// last paragraph) and stays, and the doubted lines under it with it; under
// two kept headings, or under a heading that follows no kept sentence, it
// still goes, and a doubted heading under a kept one is no sentence.
func TestKeepAfterHeading(t *testing.T) {
	lex := lexicon(nil)
	first := "The council said on Tuesday that the bridge would be closed for a year."
	last := "We will write again when the works on the bridge have started next spring."
	lines := []string{first, "Conclusion", last, "Sources and notes", first, "Part two", "In short", last, "Menu entry", "Weather", last, "More", "Weather"}
	p := []float32{0.1, 0.3, 0.8, 0.8, 0.2, 0.3, 0.4, 0.8, 0.9, 0.3, 0.8, 0.3, 0.8}
	out, st := scoredLines(lines, p, lex)
	keepAfterSentences(out, st)
	checkKept(t, lines, p, out, []bool{false, false, false, false, false, false, false, true, true, false, true, false, true})
}
