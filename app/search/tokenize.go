package search

import (
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Tokenizing splits text into words and folds each one. A word is a run of
// letters, digits and combining marks. Hyphens and other punctuation separate
// words, so "Son-hui" is the two words "son" and "hui", as in "Son Hui".
// Apostrophes inside a word are dropped ("doesn't" → "doesnt") and a
// possessive "'s" is removed ("Korea's" → "korea"). Han, Hiragana and
// Katakana characters, which are written without spaces, are one word each.

// isApostrophe reports whether r is one of the apostrophes seen in news text.
func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' || r == '`' || r == '´'
}

// isWordRune reports whether r can be part of a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || isMark(r)
}

// isIdeograph reports whether r is written without spaces between words, so
// that each character is indexed as a word of its own.
func isIdeograph(r rune) bool {
	return r >= 0x2E80 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// scanTokens calls fn for every word of s with its folded form and its byte
// offsets [start, end) in s. The term is only valid during the call (it may
// share memory with buf). buf is scratch space that is returned for reuse.
// Words that fold to nothing (a lone combining mark) are skipped; folded
// words are cut to MaxTermBytes.
func scanTokens(s string, buf []byte, fn func(term string, start, end int)) []byte {
	tk := tokenizer{s: s, buf: buf}
	for {
		term, start, end, _, ok := tk.next()
		if !ok {
			return tk.buf
		}
		fn(term, start, end)
	}
}

// tokenizer reads the words of s one at a time.
type tokenizer struct {
	s   string
	i   int    // where to continue
	buf []byte // folded word, when it is not a substring of s
}

// next returns the next word of s folded, its byte offsets [start, end) in s,
// and its hashTerm; ok is false at the end. The term is only valid until the
// next call. Plain lower-case ASCII words, the vast majority, take a fast path
// that neither copies nor decodes: the term is then a substring of s.
func (tk *tokenizer) next() (term string, start, end int, h uint64, ok bool) {
	s, i := tk.s, tk.i
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiWord[c] == 0 {
				i++
				continue
			}
			// Fast path: ASCII letters and digits up to an ASCII separator.
			start = i
			for i < len(s) && byteClass[s[i]] < 0x80 {
				i++
			}
			if i == len(s) || s[i] < utf8.RuneSelf && s[i] != '\'' && s[i] != '`' {
				tk.i = i
				if i-start <= MaxTermBytes && isLowerASCII(s[start:i]) {
					return s[start:i], start, i, hashTerm(s[start:i]), true
				}
				b := tk.buf[:0]
				for k := start; k < i; k++ {
					b = append(b, asciiWord[s[k]])
				}
				tk.buf = truncateTerm(b)
				term = bytesString(tk.buf)
				return term, start, i, hashTerm(term), true
			}
			// Not plain ASCII after all: take the general path from start.
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) {
				i += size
				continue
			}
			start = i
		}
		b, end, next := scanWord(s, start, tk.buf)
		tk.buf, i = b[:0], next
		if len(b) == 0 {
			continue
		}
		tk.i = i
		term = bytesString(b)
		return term, start, end, hashTerm(term), true
	}
	tk.i = len(s)
	return "", len(s), len(s), 0, false
}

// isLowerASCII reports whether the ASCII word w has no upper-case letter.
func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return false
		}
	}
	return true
}

// bytesString returns b as a string without copying; the string is only
// valid until b is next written.
func bytesString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// scanWord reads the word that starts at byte offset i of s (a word rune).
// It returns the folded word (nil if it folds to nothing), the end of the
// word and the offset to continue from.
func scanWord(s string, i int, buf []byte) (term []byte, end, next int) {
	r, size := utf8.DecodeRuneInString(s[i:])
	if isIdeograph(r) {
		buf = appendFoldRune(buf[:0], r)
		return buf, i + size, i + size
	}
	buf = buf[:0]
	end = i
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if l := asciiWord[c]; l != 0 {
				buf = append(buf, l)
				i++
				end = i
				continue
			}
		}
		r, size = utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) && !isIdeograph(r) {
			buf = appendFoldRune(buf, r)
			i += size
			end = i
			continue
		}
		if isApostrophe(r) {
			// An apostrophe joins letters: "doesn't", "O'Brien"; a
			// trailing possessive "'s" is dropped.
			n1, s1 := decodeAt(s, i+size)
			if !isWordRune(n1) || isIdeograph(n1) {
				break
			}
			if n1 == 's' || n1 == 'S' {
				n2, _ := decodeAt(s, i+size+s1)
				if !isWordRune(n2) {
					i += size + s1
					break
				}
			}
			i += size
			continue
		}
		break
	}
	return truncateTerm(buf), end, i
}

// byteClass maps bytes to their folded ASCII letter or digit, and every
// other byte (separators, and all bytes of multi-byte characters) to 0xFF.
var byteClass = func() (t [256]byte) {
	for c := range t {
		t[c] = 0xFF
		if c < utf8.RuneSelf && asciiWord[c] != 0 {
			t[c] = asciiWord[c]
		}
	}
	return t
}()

// asciiWord maps ASCII letters and digits to their folded byte, everything
// else to 0.
var asciiWord = func() (t [utf8.RuneSelf]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c] = c
		t[c-'a'+'A'] = c
	}
	return t
}()

// decodeAt decodes the rune at byte offset i of s; it returns -1 past the end.
func decodeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return -1, 0
	}
	if s[i] < utf8.RuneSelf {
		return rune(s[i]), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// truncateTerm cuts a folded term to at most MaxTermBytes at a rune boundary.
func truncateTerm(b []byte) []byte {
	if len(b) <= MaxTermBytes {
		return b
	}
	n := MaxTermBytes
	for n > 0 && !utf8.RuneStart(b[n]) {
		n--
	}
	return b[:n]
}
