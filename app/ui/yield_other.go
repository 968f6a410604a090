//go:build !wasm

package ui

import "time"

// yieldToBrowser does nothing on the server (prerendering): there is no
// page to let draw. See yield_wasm.go.
func yieldToBrowser() {}

// yieldFor does nothing on the server, as yieldToBrowser.
func yieldFor(time.Duration) {}
