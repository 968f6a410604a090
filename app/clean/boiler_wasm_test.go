//go:build wasm

package clean

import "github.com/dossierapp/dossier/app/internal/wasmtest"

// The wasm build does not embed the boilerplate model (the app fetches it);
// the tests read it from its package directory, as the app would be given it.
func init() { wasmtest.LoadBoilerModel() }
