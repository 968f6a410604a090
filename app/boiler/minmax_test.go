package boiler

import (
	"math"
	"testing"
)

// TestMinMaxMatchBuiltins checks fmin and fmax (inlined under wasm) against
// the builtins bit for bit, NaNs and signed zeros included.
func TestMinMaxMatchBuiltins(t *testing.T) {
	vals := []float32{float32(math.NaN()), float32(math.Inf(-1)), float32(math.Inf(1)), float32(math.Copysign(0, -1)), 0, 1, -1, 2.5, -2.5,
		math.SmallestNonzeroFloat32, -math.SmallestNonzeroFloat32, math.MaxFloat32, -math.MaxFloat32, -13.81551}
	same := func(a, b float32) bool { return a != a && b != b || math.Float32bits(a) == math.Float32bits(b) }
	for _, x := range vals {
		for _, y := range vals {
			if got, want := fmin(x, y), min(x, y); !same(got, want) {
				t.Errorf("fmin(%v, %v) = %v, min says %v", x, y, got, want)
			}
			if got, want := fmax(x, y), max(x, y); !same(got, want) {
				t.Errorf("fmax(%v, %v) = %v, max says %v", x, y, got, want)
			}
		}
	}
}
