//go:build wasm

package boiler

import "os"

// The wasm build does not embed the model (the app fetches it); the tests
// read it from the package directory, as the app would be given it.
func init() {
	data, err := os.ReadFile("model.bin")
	if err != nil {
		panic(err)
	}
	modelBytes = data
}
