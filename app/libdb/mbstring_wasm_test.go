//go:build js && wasm

package libdb

import (
	"fmt"
	"testing"
)

// TestMBStringAsFmt: the storage sizes' words, written without fmt (the
// library worker does without it), read as the fmt calls they replace did.
func TestMBStringAsFmt(t *testing.T) {
	for _, n := range []int64{0, 1, 52428, 52429, 1 << 20, 5<<20 + 1, 10<<20 - 1, 10 << 20, 10<<20 + 1<<19, 123456789, 1 << 40} {
		want := fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
		if n >= 10<<20 {
			want = fmt.Sprintf("%d MB", (n+(1<<19))>>20)
		}
		if got := MBString(n); got != want {
			t.Errorf("MBString(%d) = %q, want %q", n, got, want)
		}
	}
	e := &QuotaError{Usage: 3 << 20, Quota: 50 << 20}
	if want := fmt.Sprintf("storage is full: %s used of %s; nothing was changed", MBString(e.Usage), MBString(e.Quota)); e.Error() != want {
		t.Errorf("QuotaError = %q, want %q", e.Error(), want)
	}
}
