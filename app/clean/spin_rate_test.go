package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSpinRateSigns checks that the share of only swaps among an
// article's rate signs (spin_rate.go) tells how much the spinner swapped:
// on the held-out BBC articles, its mean grows with the spinner's rate, and
// most articles spun at each rate fall nearer its own mean than the next
// rate's.
func TestSpinRateSigns(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	sp := loadSpinner(t)
	arts := heldOutBBC(t)
	c := loadTable().cache()
	rates := []float64{0, 0.5, 0.8, 1}
	shares := make([][]float64, len(rates))
	means := make([]float64, len(rates))
	for k, p := range rates {
		rng := rand.New(rand.NewPCG(3, 4))
		for _, a := range arts {
			_, body, _ := strings.Cut(a, "\n")
			if p > 0 {
				body, _ = sp.spin(body, p, rng)
			}
			var toks [][]token
			n := 0
			for _, para := range strings.Split(body, "\n\n") {
				tk := tokenize([]Segment{{Text: para}}, para, lower(para))
				toks = append(toks, tk)
				n += len(tk)
			}
			if n < 100 {
				continue
			}
			c.mu.Lock()
			s := c.rateSigns(toks).share()
			c.mu.Unlock()
			shares[k] = append(shares[k], s)
			means[k] += s
		}
		means[k] /= float64(len(shares[k]))
	}
	t.Logf("mean share of only swaps at rates %v: %.3f", rates, means)
	for k := range rates {
		if k > 0 && means[k] <= means[k-1]+0.05 {
			t.Errorf("rate %g: mean share %.3f, not above rate %g's %.3f", rates[k], means[k], rates[k-1], means[k-1])
		}
		if k+1 == len(rates) {
			continue
		}
		mid := (means[k] + means[k+1]) / 2
		below := 0
		for _, s := range shares[k] {
			if s < mid {
				below++
			}
		}
		if float64(below) < 0.8*float64(len(shares[k])) {
			t.Errorf("rate %g: %d of %d articles below the midpoint %.3f to rate %g", rates[k], below, len(shares[k]), mid, rates[k+1])
		}
	}
}

// TestForestGate: a "#h" line starts the decision of the articles whose
// rate signs' share is its gate or more, and the "#t" lines after it are
// that decision's trees.
func TestForestGate(t *testing.T) {
	const nodes = 1<<forestDepth - 1
	tree := func(leaf string) string {
		return "#t" + strings.Repeat(" 0 0", nodes) + strings.Repeat(" "+leaf, nodes+1)
	}
	var f repairForest
	for _, l := range []string{"#d 3000 5000", tree("1000"), "#h 800 2000 6000", tree("7000"), tree("500")} {
		f.parseLine(l)
	}
	var x [nRepairFeatures]float64
	if f.veto != 3 || f.add != 5 || f.score(&x) != 1 {
		t.Errorf("base decision: veto %g, add %g, score %g; want 3, 5, 1", f.veto, f.add, f.score(&x))
	}
	if f.pick(rateSigns{origOnly: 3, spunOnly: 7}) != &f {
		t.Error("share 0.7 under the gate 0.8: not the base decision")
	}
	h := f.pick(rateSigns{origOnly: 2, spunOnly: 8})
	if h == &f || h.veto != 2 || h.add != 6 || h.score(&x) != 7.5 {
		t.Errorf("share 0.8 at the gate: veto %g, add %g, score %g; want the second decision's 2, 6, 7.5", h.veto, h.add, h.score(&x))
	}
}
