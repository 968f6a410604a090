//go:build wasm

package boiler

// modelBytes is nil in the wasm build: the app fetches model.bin and calls
// SetModel (see model_embed.go).
var modelBytes []byte
