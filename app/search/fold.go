package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/internal/unorm"
)

// Folding makes text comparable regardless of case, accents and similar
// typographic differences: "Kyïv" and "KYIV" both fold to "kyiv",
// "Pyŏngyang" to "pyongyang", "Straße" to "strasse". Query and index use the
// same folding, so any consistent choice is correct; these choices match what
// an English-language reader expects.

// foldTableSize covers Latin-1, Latin Extended-A/B and IPA extensions, the
// ranges where accented letters are common; it is precomputed at start-up.
const foldTableSize = 0x300

// foldTable holds the folded form of every rune below foldTableSize that is
// not ASCII.
var foldTable [foldTableSize]string

// specialFolds are letters that do not decompose into a base letter and a
// combining mark but which readers treat as plain Latin letters.
var specialFolds = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
	'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ð': "d",
	'Ð': "d", 'þ': "th", 'Þ': "th", 'ı': "i", 'ĸ': "k", 'ŀ': "l", 'Ŀ': "l",
	'ħ': "h", 'Ħ': "h", 'ŧ': "t", 'Ŧ': "t", 'ƒ': "f", 'ſ': "s",
}

func init() {
	for r := rune(0x80); r < foldTableSize; r++ {
		foldTable[r] = string(foldRuneSlow(nil, r))
	}
}

// appendFoldRune appends the folded form of r to dst: lower case, without
// diacritics. It appends nothing for combining marks and other runes that
// carry no letter of their own.
func appendFoldRune(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	if r < foldTableSize {
		return append(dst, foldTable[r]...)
	}
	return foldRuneSlow(dst, r)
}

// foldRuneSlow folds any rune by canonical decomposition: it lowers the case,
// decomposes (NFD) and drops the combining marks. Hangul syllables are kept
// whole (their decomposition is into letters, not accents).
func foldRuneSlow(dst []byte, r rune) []byte {
	if s, ok := specialFolds[r]; ok {
		return append(dst, s...)
	}
	if isMark(r) || !utf8.ValidRune(r) {
		return dst
	}
	r = unicode.ToLower(r)
	if r < utf8.RuneSelf || unicode.Is(unicode.Hangul, r) {
		return utf8.AppendRune(dst, r)
	}
	if b, ok := unorm.Base(r); ok {
		if s, ok := specialFolds[b]; ok {
			return append(dst, s...)
		}
		return utf8.AppendRune(dst, unicode.ToLower(b))
	}
	return utf8.AppendRune(dst, r)
}

// isMark reports whether r is a combining mark (accents, vowel signs).
func isMark(r rune) bool {
	return r >= 0x300 && unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc)
}

// Fold returns the folded form of s as the index sees it: the words of s,
// folded and joined by single spaces. "Choe Son-hui" and "choe son hui" fold
// alike, and so do "Kyïv" and "Kyiv".
func Fold(s string) string {
	var out []byte
	scanTokens(s, nil, func(term string, _, _ int) {
		if len(out) > 0 {
			out = append(out, ' ')
		}
		out = append(out, term...)
	})
	return string(out)
}

// FoldLetters folds every rune of s as Fold folds a word's letters — lower
// case, without diacritics — and keeps the rest of s as it is (spaces,
// hyphens, apostrophes): for matchers that split text their own way, such
// as names, so that they fold letters as search does.
func FoldLetters(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if ascii {
		return strings.ToLower(s) // s itself when it has no capital
	}
	out := make([]byte, 0, len(s))
	for _, r := range s {
		out = appendFoldRune(out, r)
	}
	return string(out)
}
