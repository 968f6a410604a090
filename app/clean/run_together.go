package clean

import (
	"strings"
	"unicode"
)

// runTogether reports whether line a is line b with its words run together
// ("HarbourCouncilVotesToCloseTheQuay" of "Harbour council votes to close
// the quay", a headline set in spans the extraction glued): the same
// letters and digits, and fewer words (a few run together are enough, as
// for spacedCopy: "SAudiArABiA to open ..." of "SAudi ArABiA to open
// ...", FuzzClean 460c0bc66451c86f). Of two copies of the headline the
// spaced one is the title, as a cleaning of the rendering, which writes the
// title first, reads it.
func runTogether(a, b string) bool {
	return keyWords(a) < keyWords(b) && sameKey(a, b)
}

// keyWords returns how many of s's words hold a letter or a digit (a dash
// between words is none).
func keyWords(s string) int {
	n := 0
	for f := range strings.FieldsSeq(s) {
		if strings.ContainsFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			n++
		}
	}
	return n
}
