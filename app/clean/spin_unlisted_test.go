//go:build !wasm

package clean

import (
	"math"
	"slices"
	"testing"
)

// TestUnlistedEntry checks that the table's rarer originals after "?" are
// read apart from the candidates: "jilted" stands for "rejected", and
// for "spurned" too, which news prose writes a few times only.
func TestUnlistedEntry(t *testing.T) {
	tab := loadTable()
	e, ok := tab.entry("jilted")
	if !ok {
		t.Fatal("jilted: no entry")
	}
	if !slices.Equal(e.cands, []string{"rejected"}) || !slices.Equal(e.unlisted, []string{"spurned"}) || len(e.unlistedFan) != 1 {
		t.Errorf("jilted: cands %v, unlisted %v (fans %v); want [rejected] and [spurned]", e.cands, e.unlisted, e.unlistedFan)
	}
	if e, _ := tab.entry("steadfast"); !slices.Equal(e.unlisted, []string{"staunch"}) || e.unlistedFan[0] != 2 || e.fanOf(0) != 4 {
		t.Errorf("steadfast: unlisted %v (fans %v), firm's fan %d; want staunch/2 and firm/4", e.unlisted, e.unlistedFan, e.fanOf(0))
	}
	toks, _, _ := latticeView("They spurned it.")
	c := tab.cache()
	c.mu.Lock()
	c.rateSigns(toks)
	origs := c.origs
	c.mu.Unlock()
	if origs["spurned"] || !origs["rejected"] {
		t.Errorf("the rate signs' originals: spurned %v, rejected %v; want only rejected", origs["spurned"], origs["rejected"])
	}
}

// TestUnlistedDoubt checks the doubt's arithmetic: none without unlisted
// originals, and the log-odds of a sure repair capped by their share.
func TestUnlistedDoubt(t *testing.T) {
	for _, p := range []float64{-3, 0, 4.76, 9} {
		if got := unlistedDoubt(p, 0); math.Abs(got-p) > 1e-9 {
			t.Errorf("unlistedDoubt(%g, 0) = %g, want %g", p, got, p)
		}
	}
	// A share of 2% of the spinner's odds: at most about 1 - 2.5% right.
	q := 1 - unlistedWeight*0.02
	if got, want := unlistedDoubt(30, 0.02), math.Log(q/(1-q)); math.Abs(got-want) > 1e-6 {
		t.Errorf("unlistedDoubt(30, 0.02) = %g, want %g", got, want)
	}
	if unlistedDoubt(6, 0.02) >= 4.76 || unlistedDoubt(6, 0.002) < 4.76 {
		t.Errorf("unlistedDoubt(6, ·): %g at 2%%, %g at 0.2%%", unlistedDoubt(6, 0.02), unlistedDoubt(6, 0.002))
	}
	if got := unlistedDoubt(5, 1); math.IsNaN(got) || math.IsInf(got, 0) {
		t.Errorf("unlistedDoubt(5, 1) = %g", got)
	}
}
