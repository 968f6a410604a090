// Package wasmtest gives the wasm builds of the packages' tests what the app
// fetches at run time and the wasm build does not embed.
package wasmtest

import (
	"os"

	"github.com/dossierapp/dossier/app/boiler"
)

// LoadBoilerModel sets the boilerplate model from app/boiler/model.bin, read
// from a test's package directory (app/<pkg>) as the app's worker is given
// it, so pages cleaned under wasm are cleaned as natively. It panics if the
// file is missing or bad: a test run without the model would test less than
// it says.
func LoadBoilerModel() {
	data, err := os.ReadFile("../boiler/model.bin")
	if err == nil {
		err = boiler.SetModel(data)
	}
	if err != nil {
		panic(err)
	}
}
