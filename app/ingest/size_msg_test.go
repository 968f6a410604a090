package ingest

import (
	"errors"
	"fmt"
	"testing"
)

// TestSizeWordsAsFmt: the size refusal's words, written without fmt (the
// library worker does without it), read as the fmt calls they replace did.
func TestSizeWordsAsFmt(t *testing.T) {
	if want := fmt.Sprintf("file too large (limit %d MB)", MaxSize>>20); ErrTooLarge.Error() != want {
		t.Errorf("ErrTooLarge = %q, want %q", ErrTooLarge, want)
	}
	for _, size := range []int64{MaxSize + 1, 5<<20 + 52428, 5<<20 + 52429, 123456789, 1 << 40} {
		var fe *FileError
		if err := CheckSize("a.txt", size); !errors.As(err, &fe) || fe.Detail != fmt.Sprintf("%.1f MB", float64(size)/(1<<20)) {
			t.Errorf("CheckSize(%d): %v", size, err)
		}
	}
}
