//go:build !wasm

package clean

import (
	"math"
	"strings"
	"testing"
)

// TestForestDepth: a "#d" or "#h" line may name its trees' depth, and
// trees of that depth written as the table's lines (forestText) score as
// the fitted ones do, to the thousandths the lines keep.
func TestForestDepth(t *testing.T) {
	for _, depth := range []int{forestDepth, 5} {
		var ex []example
		for i := range 400 {
			e := example{y: i%3 == 0}
			for f := range nRepairFeatures {
				e.x[f] = float64((i*(f+7)+f*f)%23) / 4
			}
			e.x[5] += float64(i % 3)
			ex = append(ex, e)
		}
		fit := fitBoost(ex, 20, depth, 0.3)
		text := forestText(fit, decision{veto: 3, add: 5})
		if first, _, _ := strings.Cut(text, "\n"); (depth == forestDepth) != (first == "#d 3000 5000") {
			t.Errorf("depth %d: first line %q", depth, first)
		}
		var f repairForest
		for _, l := range strings.Split(text, "\n") {
			f.parseLine(l)
		}
		if f.treeDepth() != depth || len(f.feat) != 20*(1<<depth-1) {
			t.Fatalf("depth %d: read depth %d, %d nodes", depth, f.treeDepth(), len(f.feat))
		}
		for i := range ex {
			if got, want := f.score(&ex[i].x), fit.score(&ex[i].x); math.Abs(got-want) > 0.02 {
				t.Fatalf("depth %d, example %d: the lines score %.3f, the trees %.3f", depth, i, got, want)
			}
		}
	}
	// A "#h" line's depth is the second decision's alone.
	var f repairForest
	for _, l := range []string{"#d 3000 5000", "#h 800 2000 6000 4"} {
		f.parseLine(l)
	}
	if f.treeDepth() != forestDepth || f.high.treeDepth() != 4 {
		t.Errorf("depths %d and %d, want %d and 4", f.treeDepth(), f.high.treeDepth(), forestDepth)
	}
}
