//go:build wasm

package clean

import (
	"os"

	"github.com/dossierapp/dossier/app/boiler"
)

// The wasm build does not embed the boilerplate model (the app fetches it);
// the tests read it from its package directory, as the app would be given it.
func init() {
	data, err := os.ReadFile("../boiler/model.bin")
	if err == nil {
		err = boiler.SetModel(data)
	}
	if err != nil {
		panic(err)
	}
}
