//go:build !wasm

package article

import "testing"

// TestRecleanedWithoutLinesIsProcess: cleaned again with no template line
// of its own, a page is what Process makes of it (the worker relies on it
// and does not clean twice).
func TestRecleanedWithoutLinesIsProcess(t *testing.T) {
	for _, a := range seedArticles(t) {
		got, want := Recleaned(a, "h", map[string]int{"a line no seed holds": 5}), Process(a, "")
		want.Hash = "h"
		if string(Encode(got)) != string(Encode(want)) {
			t.Errorf("%s: cleaned again without its lines differs from Process", a.Name)
		}
	}
}
