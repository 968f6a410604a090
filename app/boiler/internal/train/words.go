//go:build !wasm

package main

import (
	"unicode"
	"unicode/utf8"
)

// splitWords returns the words of s lower-cased with letters only, as the
// classifier's vocabulary lookup sees them.
func splitWords(s string) []string {
	var out []string
	var buf []byte
	inWord := false
	flush := func() {
		if len(buf) > 0 {
			out = append(out, string(buf))
		}
		buf = buf[:0]
	}
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t':
			if inWord {
				flush()
			}
			inWord = false
		case unicode.IsLetter(r):
			inWord = true
			if len(buf) < 24 {
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
			}
		default:
			inWord = true
		}
	}
	flush()
	return out
}
