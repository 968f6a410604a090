//go:build wasm

package extract_test

import (
	"os"

	"github.com/dossierapp/dossier/app/boiler"
)

// The wasm build does not embed the boilerplate model (the app's worker
// fetches it); the tests read it from its package directory, as the worker
// is given it, so the pages cleaned here under wasm are cleaned as natively.
func init() {
	data, err := os.ReadFile("../boiler/model.bin")
	if err == nil {
		err = boiler.SetModel(data)
	}
	if err != nil {
		panic(err)
	}
}
