//go:build !wasm

package boiler

import "testing"

// TestModelWidths: a model whose later stages read one context feature
// fewer (trained before the sure gap) still decodes and scores; one
// narrower still does not.
func TestModelWidths(t *testing.T) {
	lines := []string{"Home | News", "The council met on Monday and agreed to open the new bridge in the spring, the mayor said.", "Share"}
	for _, c := range []struct {
		less int
		ok   bool
	}{{0, true}, {1, true}, {2, false}} {
		m := &Model{Vocab: map[string]float32{"share": 1}, Threshold: 0.5}
		for k := range 2 {
			nf := stageFeatures(k)
			if k > 0 {
				nf -= c.less
			}
			e := Ensemble{Depth: 1, Edges: make([][]float32, nf)}
			e.Edges[nf-1] = []float32{0.5}
			e.Trees = []Tree{{Feature: []uint8{uint8(nf - 1)}, Threshold: []float32{0.5}, Leaf: []float32{-1, 1}}}
			m.Stages = append(m.Stages, e)
		}
		data, err := m.MarshalBinary()
		if c.ok != (err == nil) {
			t.Fatalf("%d fewer: encode error %v", c.less, err)
		}
		if err != nil {
			continue
		}
		var back Model
		if err := back.UnmarshalBinary(data); err != nil {
			t.Fatalf("%d fewer: %v", c.less, err)
		}
		if p := back.Probabilities(lines); len(p) != len(lines) {
			t.Errorf("%d fewer: %d scores for %d lines", c.less, len(p), len(lines))
		}
	}
}
