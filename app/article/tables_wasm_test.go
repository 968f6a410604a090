//go:build wasm

package article

import (
	"os"

	"github.com/dossierapp/dossier/app/clean"
	"github.com/dossierapp/dossier/app/internal/wasmtest"
)

// The wasm build embeds neither the boilerplate model nor the spin table
// (the app fetches them); the tests read them from their packages'
// directories, as the app would be given them, so that the pipeline runs
// whole.
func init() {
	wasmtest.LoadBoilerModel()
	table, err := os.ReadFile("../clean/spin_table.dat")
	if err != nil {
		panic(err)
	}
	if err := clean.SetSpinTable(string(table)); err != nil {
		panic(err)
	}
}
