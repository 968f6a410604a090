package floats

import (
	"math"
	"testing"
)

// TestMatchBuiltins checks Min and Max (inlined under wasm) against the
// builtins bit for bit, NaNs and signed zeros included, for both widths.
func TestMatchBuiltins(t *testing.T) {
	vals := []float64{math.NaN(), math.Inf(-1), math.Inf(1), math.Copysign(0, -1), 0, 1, -1, 2.5, -2.5,
		math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64, math.MaxFloat64, -math.MaxFloat64, -13.815510557964274,
		math.SmallestNonzeroFloat32, -math.MaxFloat32}
	same64 := func(a, b float64) bool { return a != a && b != b || math.Float64bits(a) == math.Float64bits(b) }
	same32 := func(a, b float32) bool { return a != a && b != b || math.Float32bits(a) == math.Float32bits(b) }
	for _, x := range vals {
		for _, y := range vals {
			if got, want := Min(x, y), min(x, y); !same64(got, want) {
				t.Errorf("Min(%v, %v) = %v, min says %v", x, y, got, want)
			}
			if got, want := Max(x, y), max(x, y); !same64(got, want) {
				t.Errorf("Max(%v, %v) = %v, max says %v", x, y, got, want)
			}
			x32, y32 := float32(x), float32(y)
			if got, want := Min(x32, y32), min(x32, y32); !same32(got, want) {
				t.Errorf("Min(float32 %v, %v) = %v, min says %v", x32, y32, got, want)
			}
			if got, want := Max(x32, y32), max(x32, y32); !same32(got, want) {
				t.Errorf("Max(float32 %v, %v) = %v, max says %v", x32, y32, got, want)
			}
		}
	}
}
