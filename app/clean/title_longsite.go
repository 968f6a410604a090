package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// longSiteName reports whether a title line's last part of six words is
// an institution's name: capitalised but for its small words inside, one
// at least ("for", "of", "the", "and"), as "Institute for the Study of
// War" is. (properName stops at "for", which a call's sentence holds:
// "Subscribe to the Courant for free".)
func longSiteName(s string) bool {
	f := strings.Fields(s)
	if len(f) != 6 || !upperFirst(f[0]) || !upperFirst(f[5]) || strings.ContainsAny(s, ",.:;!?|") {
		return false
	}
	small := 0
	for _, w := range f[1:5] {
		switch w {
		case "for", "of", "the", "and":
			small++
		default:
			if !upperFirst(w) {
				return false
			}
		}
	}
	return small >= 1
}

// upperFirst reports whether w starts with a capital letter (not a digit).
func upperFirst(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
