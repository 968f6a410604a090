//go:build wasm

package clean

import "math"

// fmin is min(x, y) for floats. Under wasm the builtin is a call into the
// runtime (runtime.fmin64), which the spin model's Viterbi pass and
// transition estimates make for every pair of readings; this one is
// inlined, with the builtin's answers: NaN if either is, −0 below +0
// (TestMinMaxMatchBuiltins).
func fmin(x, y float64) float64 {
	if y != y || y < x {
		return y
	}
	if x != x || x < y || x != 0 {
		return x
	}
	return math.Float64frombits(math.Float64bits(x) | math.Float64bits(y)) // ±0: −0 if either is
}

// fmax is max(x, y) for floats, inlined as fmin is: NaN if either is, +0
// above −0.
func fmax(x, y float64) float64 {
	if y != y || y > x {
		return y
	}
	if x != x || x > y || x != 0 {
		return x
	}
	return math.Float64frombits(math.Float64bits(x) & math.Float64bits(y)) // ±0: +0 if either is
}
