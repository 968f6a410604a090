//go:build wasm

package floats

import "math"

// Min is min(x, y). Under wasm the builtin is a call into the runtime
// (runtime.fmin32/fmin64), which the spin model's Viterbi pass and the
// classifier's measure make for every pair of readings or every word; this
// one is inlined, with the builtin's answers: NaN if either is, −0 below +0
// (TestMatchBuiltins).
func Min[F float32 | float64](x, y F) F {
	if y != y || y < x {
		return y
	}
	if x != x || x < y || x != 0 || math.Signbit(float64(x)) {
		return x
	}
	return y // ±0: −0 if either is
}

// Max is max(x, y), inlined as Min is: NaN if either is, +0 above −0.
func Max[F float32 | float64](x, y F) F {
	if y != y || y > x {
		return y
	}
	if x != x || x > y || x != 0 || !math.Signbit(float64(x)) {
		return x
	}
	return y // ±0: +0 if either is
}
