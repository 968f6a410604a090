package boiler

import "testing"

// TestKeepBetweenSentences: between two kept sentences a doubtful line stays
// and a near-certain one goes; before the first and after the last kept
// sentence nothing changes.
func TestKeepBetweenSentences(t *testing.T) {
	lex := lexicon(nil)
	sentence := "The council said on Tuesday that the bridge would be closed for a year."
	lines := []string{"Menu entry", sentence, "Key figures", "Advertisement", sentence, "Related links"}
	p := []float32{0.8, 0.1, 0.8, 0.98, 0.2, 0.8}
	out, st := scoredLines(lines, p, lex)
	keepBetweenSentences(out, st)
	checkKept(t, lines, p, out, []bool{true, false, false, true, false, true})
}

// scoredLines makes the classifier's decisions for lines scored p (with a
// reason for each removed line) and the lines' measures.
func scoredLines(lines []string, p []float32, lex *lexTable) ([]Decision, []stats) {
	out := make([]Decision, len(lines))
	st := make([]stats, len(lines))
	for i, l := range lines {
		st[i] = measure(l, lex)
		out[i] = Decision{P: p[i], Boilerplate: p[i] >= 0.5, Reason: "x"}
		if !out[i].Boilerplate {
			out[i].Reason = ""
		}
	}
	return out, st
}

// checkKept checks the decisions against want (boilerplate or not), and
// that a kept line has no reason.
func checkKept(t *testing.T, lines []string, p []float32, out []Decision, want []bool) {
	t.Helper()
	for i, d := range out {
		if d.Boilerplate != want[i] {
			t.Errorf("%q (P %.2f): boilerplate %v, want %v", lines[i], p[i], d.Boilerplate, want[i])
		}
		if !d.Boilerplate && d.Reason != "" {
			t.Errorf("%q kept with reason %q", lines[i], d.Reason)
		}
	}
}
