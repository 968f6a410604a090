package errwrap

import (
	"errors"
	"fmt"
	"io/fs"
	"testing"
)

func TestNewAsErrorf(t *testing.T) {
	err := New("opening: "+fs.ErrNotExist.Error(), fs.ErrNotExist)
	want := fmt.Errorf("opening: %w", fs.ErrNotExist)
	if err.Error() != want.Error() || !errors.Is(err, fs.ErrNotExist) || errors.Unwrap(err) != errors.Unwrap(want) {
		t.Errorf("New = %v, want %v", err, want)
	}
}
