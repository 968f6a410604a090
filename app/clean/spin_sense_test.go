package clean

import "testing"

// TestSpinSense: a candidate's "=d" (how seldom the spun word is meant in
// the sense it shares with it) is read beside its "/k", and the other
// readers of the spun words' lines take the candidate's word alone.
func TestSpinSense(t *testing.T) {
	tab := indexTable("# c\ns hold have=5 agree=9 halt/3=9 | keep=3 maintain\ns merely but=1 only/2=1\ns past last by\ng have 20\nt total 100\n")
	e, ok := tab.entry("hold")
	if !ok {
		t.Fatal("hold not in the table")
	}
	want := map[string][2]int{"have": {5, 1}, "agree": {9, 1}, "halt": {9, 3}, "keep": {3, 1}, "maintain": {0, 1}}
	for i, c := range e.cands {
		w, ok := want[c]
		if !ok || e.senseOf(i) != w[0] || e.fanOf(i) != w[1] {
			t.Errorf("hold's %q: sense %d, fan %d; want %v", c, e.senseOf(i), e.fanOf(i), w)
		}
	}
	if e.primary != 3 {
		t.Errorf("primary %d", e.primary)
	}
	if e, _ := tab.entry("past"); e.senseOf(0) != 0 || e.sense != nil {
		t.Errorf("past: %v", e.sense)
	}
	c := tab.cache()
	c.mu.Lock()
	c.rateSigns(nil)
	origs := c.origs
	c.mu.Unlock()
	for _, o := range []string{"have", "agree", "halt", "but", "only", "last", "by"} {
		if !origs[o] {
			t.Errorf("%q not among the originals (%v)", o, origs)
		}
	}
	if origs["have=5"] || origs["keep"] {
		t.Errorf("originals %v", origs)
	}
}
