package boiler

import "testing"

// TestKeepBetweenSentences: between two kept sentences a doubtful line stays
// and a near-certain one goes; before the first and after the last kept
// sentence nothing changes.
func TestKeepBetweenSentences(t *testing.T) {
	lex := lexicon(nil)
	sentence := "The council said on Tuesday that the bridge would be closed for a year."
	lines := []string{"Menu entry", sentence, "Key figures", "Advertisement", sentence, "Related links"}
	p := []float32{0.8, 0.1, 0.8, 0.95, 0.2, 0.8}
	out := make([]Decision, len(lines))
	st := make([]stats, len(lines))
	for i, l := range lines {
		st[i] = measure(l, lex)
		out[i] = Decision{P: p[i], Boilerplate: p[i] >= 0.5, Reason: "x"}
		if !out[i].Boilerplate {
			out[i].Reason = ""
		}
	}
	keepBetweenSentences(out, st)
	want := []bool{true, false, false, true, false, true}
	for i, d := range out {
		if d.Boilerplate != want[i] {
			t.Errorf("%q (P %.2f): boilerplate %v, want %v", lines[i], p[i], d.Boilerplate, want[i])
		}
		if !d.Boilerplate && d.Reason != "" {
			t.Errorf("%q kept with reason %q", lines[i], d.Reason)
		}
	}
}
