//go:build wasm

package clean

import "os"

// The wasm build does not embed the spin table (the app fetches it); the
// tests read it from the package directory, as the app would be given it.
func init() {
	if data, err := os.ReadFile("spin_table.dat"); err == nil {
		if err := SetSpinTable(string(data)); err != nil {
			panic(err)
		}
	}
}
