//go:build !wasm

package ui

// yieldToBrowser does nothing on the server (prerendering): there is no
// page to let draw. See yield_wasm.go.
func yieldToBrowser() {}
