package clean

import (
	"unicode"
	"unicode/utf8"
)

// sameKey reports whether textKey(a) == textKey(b) without making either
// key: the two texts' lower-cased letters and digits are compared as they
// are read, and the first that differs ends the comparison.
func sameKey(a, b string) bool {
	i, j := 0, 0
	for {
		var ra, rb rune
		ra, i = nextKeyRune(a, i)
		rb, j = nextKeyRune(b, j)
		if ra != rb {
			return false
		}
		if ra < 0 {
			return true
		}
	}
}

// nextKeyRune returns the next rune of s's key (see textKey) from byte i
// on, lower-cased, and the byte after it; -1 at the end of s.
func nextKeyRune(s string, i int) (rune, int) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				return rune(c), i
			case c >= 'A' && c <= 'Z':
				return rune(c + 'a' - 'A'), i
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r), i
		}
	}
	return -1, i
}
