package hexstr

import (
	"encoding/hex"
	"testing"
)

func TestEncodeAsEncodingHex(t *testing.T) {
	b := make([]byte, 256)
	for i := range b {
		b[i] = byte(i)
	}
	for _, s := range [][]byte{nil, {}, {0}, {0xab, 0x0f}, b} {
		if got, want := Encode(s), hex.EncodeToString(s); got != want {
			t.Errorf("Encode(%v) = %q, want %q", s, got, want)
		}
	}
}
