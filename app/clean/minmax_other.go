//go:build !wasm

package clean

// fmin is min(x, y) for floats (see minmax_wasm.go, the wasm build's).
func fmin(x, y float64) float64 { return min(x, y) }

// fmax is max(x, y) for floats.
func fmax(x, y float64) float64 { return max(x, y) }
