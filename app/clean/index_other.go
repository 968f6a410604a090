//go:build !wasm

package clean

import "strings"

// index is strings.Index (see indexRare, the wasm build's).
func index(s, sub string) int { return strings.Index(s, sub) }
