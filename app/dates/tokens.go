package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is the lexical class of a token.
type kind uint8

const (
	kWord  kind = iota // letters, with internal apostrophes ("Friday's", "won't")
	kNum               // digits, with internal , . / : - between digits ("10,000", "2024-03-25")
	kPunct             // any other single rune
)

// token is a lexical unit of a sentence with its byte offsets.
type token struct {
	text   string // sentence[lo:hi]
	lower  string // lower case of text; for words the possessive "'s" is removed
	lo, hi int
	kind   kind
	// For numbers: the integer value of a plain digit run (-1 otherwise), an
	// ordinal suffix ("25th") and a decade suffix ("1990s").
	val    int
	ord    bool
	decade bool
	// base is hi without a possessive "'s" for words.
	base int
}

// maxWordLen bounds the letter suffix read after a number.
const maxWordLen = 64

// tokenize splits s into tokens. Whitespace is dropped.
func tokenize(s string) []token { return appendTokens(make([]token, 0, len(s)/5+1), s) }

// appendTokens appends the tokens of s to toks.
func appendTokens(toks []token, s string) []token {
	// An ASCII sentence is lowered once (no copy when it has no capital)
	// and its words' lower cases are slices of it.
	low := ""
	if isASCII(s) {
		low = strings.ToLower(s)
	}
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case r >= '0' && r <= '9':
			toks = append(toks, scanNumber(s, i))
			i = toks[len(toks)-1].hi
		case unicode.IsLetter(r):
			t := scanWord(s, low, i)
			toks = append(toks, t)
			i = t.hi
		default:
			toks = append(toks, token{text: s[i : i+n], lower: s[i : i+n], lo: i, hi: i + n, base: i + n, kind: kPunct, val: -1})
			i += n
		}
	}
	return toks
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// scanNumber reads a number starting at s[i], a digit.
func scanNumber(s string, i int) token {
	j := i
	plain := true
	for j < len(s) {
		if isDigit(s[j]) {
			j++
			continue
		}
		if (s[j] == ',' || s[j] == '.' || s[j] == '/' || s[j] == ':' || s[j] == '-') && j+1 < len(s) && isDigit(s[j+1]) {
			plain = false
			j++
			continue
		}
		break
	}
	t := token{lo: i, hi: j, kind: kNum, val: -1}
	if plain && j-i <= 9 {
		v := 0
		for k := i; k < j; k++ {
			v = v*10 + int(s[k]-'0')
		}
		t.val = v
	}
	// A letter suffix: ordinal, decade, or something else (5G, 3rd-party).
	k := j
	for k < len(s) && k-j < maxWordLen {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsLetter(r) {
			break
		}
		k += n
	}
	if k > j {
		suf := strings.ToLower(s[j:k])
		switch {
		case plain && (suf == "st" || suf == "nd" || suf == "rd" || suf == "th"):
			t.ord = true
		case plain && suf == "s" && j-i == 4:
			t.decade = true
		default:
			t.val = -1 // not a usable number ("5G", "24km")
		}
		j = k
	}
	t.hi, t.base = j, j
	t.text = s[i:j]
	t.lower = strings.ToLower(t.text)
	return t
}

// scanWord reads a word starting at s[i], a letter.
func scanWord(s, lowS string, i int) token {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) {
			j += n
			continue
		}
		if r == '\'' || r == '’' {
			r2, _ := utf8.DecodeRuneInString(s[j+n:])
			if j+n < len(s) && unicode.IsLetter(r2) {
				j += n
				continue
			}
		}
		break
	}
	t := token{text: s[i:j], lo: i, hi: j, base: j, kind: kWord, val: -1}
	var low string
	if lowS != "" {
		low = lowS[i:j]
	} else {
		low = strings.ToLower(t.text)
	}
	for _, p := range []string{"'s", "’s"} {
		if strings.HasSuffix(low, p) && len(low) > len(p) {
			low = low[:len(low)-len(p)]
			t.base = j - len(p)
		}
	}
	t.lower = low
	return t
}

// capitalized reports whether the token starts with an upper-case letter.
func (t token) capitalized() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}
