//go:build !wasm

package boiler

// fmin is min(x, y) for float32s (see minmax_wasm.go, the wasm build's).
func fmin(x, y float32) float32 { return min(x, y) }

// fmax is max(x, y) for float32s.
func fmax(x, y float32) float32 { return max(x, y) }
