//go:build !wasm

package corpus

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// MaxFileSize is the largest article file accepted (32 MiB). Larger files are
// refused with a warning rather than read into memory.
const MaxFileSize = 32 << 20

// Errors describing why a file's content was refused.
var (
	ErrEmpty  = errors.New("empty file (no text)")
	ErrBinary = errors.New("binary file (NUL bytes or control characters), not text")
)

// Decode turns a file's bytes into article text. It refuses empty and binary
// content; invalid UTF-8 is decoded as Windows-1252 (the usual culprit in
// scraped news) and reported through repaired so the caller can warn.
func Decode(data []byte) (text string, repaired error, err error) {
	if len(data) > MaxFileSize {
		return "", nil, fmt.Errorf("file too large: %d bytes (limit %d)", len(data), MaxFileSize)
	}
	// Strip a UTF-8 byte order mark.
	if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
		data = data[3:]
	}
	if isBlank(data) {
		return "", nil, ErrEmpty
	}
	if looksBinary(data) {
		return "", nil, ErrBinary
	}
	if utf8.Valid(data) {
		return string(data), nil, nil
	}
	dec, derr := charmap.Windows1252.NewDecoder().Bytes(data)
	if derr != nil {
		return "", nil, fmt.Errorf("not valid UTF-8 and not Windows-1252: %w", derr)
	}
	return string(dec), errors.New("not valid UTF-8; decoded as Windows-1252"), nil
}

func isBlank(data []byte) bool {
	for _, b := range data {
		switch b {
		case ' ', '\t', '\n', '\r', '\f', '\v':
		default:
			return false
		}
	}
	return true
}

// looksBinary reports NUL bytes, or more than 1% control characters, in the
// first 8 KiB.
func looksBinary(data []byte) bool {
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	ctrl := 0
	for _, b := range head {
		if b == 0 {
			return true
		}
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctrl++
		}
	}
	return ctrl*100 > len(head)
}
