//go:build wasm

package extract_test

import "github.com/dossierapp/dossier/app/internal/wasmtest"

// The wasm build does not embed the boilerplate model (the app's worker
// fetches it): the pages cleaned here under wasm are cleaned as natively.
func init() { wasmtest.LoadBoilerModel() }
