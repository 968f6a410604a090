// Package hexstr writes bytes as lower-case hex, as encoding/hex's
// EncodeToString does, without encoding/hex: its errors' messages import
// fmt, and fmt imports os, whose start-up brings files, polling and
// system calls into the library worker's wasm (17.5 KB gzip together).
package hexstr

// Encode returns b in lower-case hex, two digits a byte.
func Encode(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 2*len(b))
	for i, c := range b {
		out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
	}
	return string(out)
}
