package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/dossierapp/dossier/app/internal/unorm"
)

// sanitize makes raw safe to parse: valid UTF-8 (invalid bytes become U+FFFD,
// a run of them and of U+FFFD one: a headline's copy with thousands of
// invalid bytes in a word is no longer than a headline, as it is not to a
// cleaning of the rendering, which found it the title's repeat; FuzzClean
// 3c12fea2f118e05e), no NUL or other control characters but newline, a tab as a space (as the
// rendering writes it: "*\t" and "#\t" read as a list marker and a heading
// once the rendering is cleaned again, so they do the first time too),
// "\r\n" and "\r" as "\n", NFC normalised.
func sanitize(raw string) string {
	if strings.IndexByte(raw, '\t') >= 0 {
		raw = strings.ReplaceAll(raw, "\t", " ")
	}
	clean := true
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c >= 0x80 || (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
			clean = false
			break
		}
	}
	if clean {
		return raw // ASCII without control characters is already NFC.
	}
	if plainUTF8(raw) {
		return nfc(raw)
	}
	var sb strings.Builder
	sb.Grow(len(raw))
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\r':
				sb.WriteByte('\n')
				if i+1 < len(raw) && raw[i+1] == '\n' {
					i++
				}
			case c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7f):
				sb.WriteByte(c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(raw[i:])
		switch {
		case r == utf8.RuneError:
			if !strings.HasSuffix(sb.String(), "\uFFFD") {
				sb.WriteRune(utf8.RuneError)
			}
		case r == '\u2028' || r == '\u2029':
			sb.WriteByte('\n')
		case unicode.Is(unicode.Cc, r), r == '\ufeff', r == '\u200b':
			// dropped
		default:
			sb.WriteString(raw[i : i+n])
		}
		i += n
	}
	return nfc(sb.String())
}

// nfc is unorm.NFC with a fast path for the text news carries: when no rune
// could compose, decompose or be replaced (curly quotes, dashes, Latin,
// Cyrillic letters), the text is returned as it is without the rune-by-rune
// composition.
func nfc(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if mayChangeNFC(r) || r == utf8.RuneError && n == 1 {
			return unorm.NFC(s)
		}
		i += n
	}
	return s
}

// mayChangeNFC reports whether NFC may change r or compose it with the rune
// before it: combining marks, Hangul jamo, singletons and the scripts that
// have them. It is a superset, checked against unorm.NFC for every rune.
func mayChangeNFC(r rune) bool {
	switch {
	case r < 0x300:
		return false
	case r >= 0x2002 && r <= 0x20CF: // punctuation, quotes, dashes, currency
		return false
	case r == 0x2000 || r == 0x2001 || r >= 0x2126 && r <= 0x212B || r == 0x2329 || r == 0x232A || r == 0x2ADC,
		r == 0x0374 || r == 0x037E || r == 0x0387,
		r >= 0x0900 && r <= 0x0FFF, r >= 0x1100 && r <= 0x11FF, r >= 0x1F00 && r <= 0x1FFF,
		r >= 0xF900 && r <= 0xFB4F, r >= 0x1D15E && r <= 0x1D1C0, r >= 0x2F800 && r <= 0x2FA1D:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Mc)
}

// plainUTF8 reports whether raw is valid UTF-8 with nothing sanitize must
// drop or rewrite (control characters but tab and newline, line and paragraph
// separators, BOM, zero-width space).
func plainUTF8(raw string) bool {
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(raw[i:])
		if r == utf8.RuneError || r == '\u2028' || r == '\u2029' || r == '\ufeff' || r == '\u200b' ||
			r >= 0x80 && r <= 0x9f {
			return false
		}
		i += n
	}
	return true
}

// tidySpace collapses runs of whitespace (including no-break spaces) into one
// space and trims the ends.
func tidySpace(s string) string {
	if isTidy(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		if isSpaceRune(r) {
			space = true
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	return sb.String()
}

func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u2007'
}

// isTidy reports whether tidySpace would return s unchanged: no leading,
// trailing or doubled space and no whitespace but single ASCII spaces.
func isTidy(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); {
		c := s[i]
		if c > ' ' && c < utf8.RuneSelf {
			// Printable ASCII: the common case, in a tight loop.
			for i < len(s) && s[i] > ' ' && s[i] < utf8.RuneSelf {
				i++
			}
			prevSpace = false
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if isSpaceRune(r) || r == utf8.RuneError && n == 1 {
				return false
			}
			prevSpace = false
			i += n
			continue
		}
		switch {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		default:
			prevSpace = false
		}
		i++
	}
	return !prevSpace || s == ""
}

// lower lower-cases s for matching. It keeps byte offsets: a rune whose lower
// case has another UTF-8 length is left as it is, so an index found in lower(s)
// is an index into s. It does not allocate when s has nothing to lower.
//
// It lowers as scanText does (Chinese and Japanese characters and their
// punctuation are left alone), without its counts and the spin table's
// lookups.
//
//go:noinline
func lower(s string) string {
	var buf []byte // a copy of s lowered in place, once something needs lowering
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c-'A' < 26 {
				if buf == nil {
					buf = []byte(s)
				}
				buf[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isCJK(r) && !cjkPunct(r) && unicode.IsUpper(r) {
			if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
				if buf == nil {
					buf = []byte(s)
				}
				utf8.EncodeRune(buf[i:], l)
			}
		}
		i += n
	}
	if buf == nil {
		return s
	}
	// buf is not written again: the string can share its bytes.
	return unsafe.String(&buf[0], len(buf))
}

// scanText makes, in one pass over s, what the rules match on: s lower-cased
// as lower does, its word count as blockWords counts, and whether a word of
// functionSwaps occurs in it (an ASCII letter run, not preceded by a
// non-ASCII byte; a cheap test that spares tokenizing clean blocks), and
// whether s is tidy (tidySpace would return it unchanged). The copy it
// lowers is carved from room when room has space for it (room may be nil);
// room's bytes are never written again.
func scanText(s string, room *[]byte) (low string, nw int, swap, tidy bool) {
	var buf []byte // a copy of s lowered in place, once something needs lowering
	in, cjk := false, 0
	var tbl *spinTable // the spin table, once a word is looked up in it (not a call a word)
	tidy = true
	prevSpace := true // for tidy: at the start or after a space
	for i := 0; i < len(s); {
		c := s[i]
		if c-'a' < 26 || c-'A' < 26 {
			// A run of ASCII letters: the common case, in a tight loop.
			start := i
			upper := false
			var h uint64 // the lowered word's hash for mayBeRare, until swap
			if swap {
				for i < len(s) {
					c = s[i]
					if c-'a' < 26 {
						i++
						continue
					}
					if c-'A' < 26 {
						upper = true
						i++
						continue
					}
					break
				}
			} else {
				h = fnvOffset
				for i < len(s) {
					c = s[i]
					if c-'a' < 26 {
						h = (h ^ uint64(c)) * fnvPrime
						i++
						continue
					}
					if c-'A' < 26 {
						upper = true
						h = (h ^ uint64(c+'a'-'A')) * fnvPrime
						i++
						continue
					}
					break
				}
			}
			if !in {
				nw++
				in = true
			}
			prevSpace = false
			if upper {
				if buf == nil {
					buf = copyIn(s, room)
				}
				for k := start; k < i; k++ {
					if buf[k]-'A' < 26 {
						buf[k] += 'a' - 'A'
					}
				}
			}
			if !swap && (start == 0 || s[start-1] < utf8.RuneSelf) {
				if tbl == nil {
					tbl = currentTable()
				}
				swap = isSwapWord(tbl, s, buf, start, i, h)
			}
			continue
		}
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\n' || c == '\t' {
				in = false
			} else if !in {
				nw++
				in = true
			}
			switch {
			case c == ' ':
				if prevSpace {
					tidy = false
				}
				prevSpace = true
			case c >= '\t' && c <= '\r':
				tidy = false
			default:
				prevSpace = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isCJK(r) || cjkPunct(r) {
			// Chinese and Japanese: a word for every two characters,
			// their punctuation none (blockWords).
			if !cjkPunct(r) {
				cjk++
			}
			in, prevSpace = false, false
			i += n
			continue
		}
		if !in {
			nw++
			in = true
		}
		prevSpace = false
		if n == 1 || isSpaceRune(r) {
			tidy = false // invalid UTF-8 or a Unicode space
		}
		if unicode.IsUpper(r) {
			if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
				if buf == nil {
					buf = copyIn(s, room)
				}
				utf8.EncodeRune(buf[i:], l)
			}
		}
		i += n
	}
	if prevSpace && s != "" {
		tidy = false
	}
	nw += cjkWords(cjk)
	if buf == nil {
		return s, nw, swap, tidy
	}
	// buf is not written again: the string can share its bytes.
	return unsafe.String(&buf[0], len(buf)), nw, swap, tidy
}

// copyIn returns a copy of s, carved from room's spare capacity when it
// has enough (room may be nil), else made.
func copyIn(s string, room *[]byte) []byte {
	if room != nil {
		if r := *room; cap(r)-len(r) >= len(s) {
			*room = append(r, s...)
			return (*room)[len(r):len(*room):len(*room)]
		}
	}
	return []byte(s)
}

// isSwapWord reports whether the lower-cased letter run [i:j] of s (lowered
// in buf when buf is not nil), whose FNV-1a hash is h, is a key of
// functionSwaps or may be a rare spun word of the table t. scanText hashes
// the word as it reads it: under wasm, hashing it again in mayBeRare took
// 1% of the cleanup's time. The hash's top bits rule out most words before
// isFunctionSwap compares them (under wasm each comparison is a call: the
// test was three times its share of the native instructions, speed43).
func isSwapWord(t *spinTable, s string, buf []byte, i, j int, h uint64) bool {
	if t.mayBeRareHash(h) { // a rare spun word (spin_lm.go)
		return true
	}
	if functionSwapTops&(1<<(h>>58)) == 0 {
		return false
	}
	w := s[i:j]
	if buf != nil {
		w = unsafe.String(&buf[i], j-i)
	}
	return isFunctionSwap(w)
}

// functionSwapTops has the bit of each key of functionSwaps at the top six
// bits of its hash (wordHash): a word whose bit is clear is none of them.
var functionSwapTops = func() uint64 {
	var m uint64
	for w := range functionSwaps {
		m |= 1 << (wordHash(w) >> 58)
	}
	return m
}()
