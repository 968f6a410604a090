//go:build !wasm

package boiler

import (
	"bytes"
	"testing"
)

// TestModelRoundTrip: the embedded model file decodes and encodes back to
// the same bytes.
func TestModelRoundTrip(t *testing.T) {
	again, err := Default().MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, ModelData()) {
		t.Errorf("model.bin does not round-trip (%d bytes, re-encoded %d)", len(ModelData()), len(again))
	}
}
