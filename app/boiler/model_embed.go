//go:build !wasm

package boiler

import _ "embed"

// modelBytes is the model file, embedded natively. The wasm build leaves it
// out (model_wasm.go): the app fetches it as a versioned asset the service
// worker precaches, which keeps the download within its budget.
//
//go:embed model.bin
var modelBytes []byte
