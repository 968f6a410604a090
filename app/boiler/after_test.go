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
