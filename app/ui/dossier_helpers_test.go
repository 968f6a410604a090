//go:build !wasm

package ui

import "testing"

// useDossier makes the app's state a new, empty dossier for the test's
// duration.
func useDossier(t *testing.T) *dossier {
	t.Helper()
	old := theDossier
	theDossier = newDossier()
	t.Cleanup(func() { theDossier = old })
	return theDossier
}
