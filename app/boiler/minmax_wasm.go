//go:build wasm

package boiler

import "math"

// fmin is min(x, y) for float32s. Under wasm the builtin is a call into
// the runtime (runtime.fmin32), which measure made twice for every word of
// the vocabulary; this one is inlined, with the builtin's answers: NaN if
// either is, −0 below +0 (TestMinMaxMatchBuiltins).
func fmin(x, y float32) float32 {
	if y != y || y < x {
		return y
	}
	if x != x || x < y || x != 0 {
		return x
	}
	return math.Float32frombits(math.Float32bits(x) | math.Float32bits(y)) // ±0: −0 if either is
}

// fmax is max(x, y) for float32s, inlined as fmin is: NaN if either is, +0
// above −0.
func fmax(x, y float32) float32 {
	if y != y || y > x {
		return y
	}
	if x != x || x > y || x != 0 {
		return x
	}
	return math.Float32frombits(math.Float32bits(x) & math.Float32bits(y)) // ±0: +0 if either is
}
