package clean

import "strings"

// indexRare is strings.Index for the wasm build (index_wasm.go): it looks
// for the pattern's rarest byte by English letter frequency with
// strings.IndexByte, a word-at-a-time scan in the runtime's assembly, and
// compares the pattern where it lands. strings.Index there (no vector
// search under wasm) scans for the first byte, often a space or a common
// letter, and after a few false hits hashes every byte of the rest
// (Rabin-Karp): 2.5% of the cleanup's time under node, for searches
// natively done by vector instructions, which index_other.go keeps.
func indexRare(s, sub string) int {
	n := len(sub)
	if n <= 1 || n > len(s) {
		return strings.Index(s, sub)
	}
	j := 0 // the rarest byte's offset in sub
	for i := 1; i < n; i++ {
		if byteRank[sub[i]] < byteRank[sub[j]] {
			j = i
		}
	}
	c := sub[j]
	last := len(s) - n + j // the last offset of s where c can be
	for p := j; p <= last; p++ {
		k := strings.IndexByte(s[p:last+1], c)
		if k < 0 {
			return -1
		}
		p += k
		if s[p-j:p-j+n] == sub {
			return p - j
		}
	}
	return -1
}

// byteRank ranks a byte by how common it is in English text: the space,
// then the lower-case letters by frequency; every other byte ranks 0.
var byteRank = func() (r [256]uint8) {
	for i, c := range []byte(" etaoinshrdlcumwfgypbvkjxqz") {
		r[c] = uint8(27 - i)
	}
	return r
}()
