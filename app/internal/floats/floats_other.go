//go:build !wasm

package floats

// Min is min(x, y) (see floats_wasm.go, the wasm build's).
func Min[F float32 | float64](x, y F) F { return min(x, y) }

// Max is max(x, y).
func Max[F float32 | float64](x, y F) F { return max(x, y) }
