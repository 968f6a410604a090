//go:build wasm

package clean

// index is strings.Index (see indexRare).
func index(s, sub string) int { return indexRare(s, sub) }
