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
	out := make([]Decision, len(lines))
	st := make([]stats, len(lines))
	for i, l := range lines {
		st[i] = measure(l, lex)
		out[i] = Decision{P: p[i], Boilerplate: p[i] >= 0.5, Reason: "x"}
		if !out[i].Boilerplate {
			out[i].Reason = ""
		}
	}
	keepAfterSentences(out, st)
	want := []bool{true, false, false, false, true, true, true, true, true}
	for i, d := range out {
		if d.Boilerplate != want[i] {
			t.Errorf("%q (P %.2f): boilerplate %v, want %v", lines[i], p[i], d.Boilerplate, want[i])
		}
		if !d.Boilerplate && d.Reason != "" {
			t.Errorf("%q kept with reason %q", lines[i], d.Reason)
		}
	}
}
