package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// sanitize makes raw safe to parse: valid UTF-8 (invalid bytes become U+FFFD),
// no NUL or other control characters but tab and newline, "\r\n" and "\r" as
// "\n", NFC normalised.
func sanitize(raw string) string {
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
		return norm.NFC.String(raw)
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
		case r == utf8.RuneError && n == 1:
			sb.WriteRune(utf8.RuneError)
		case r == '\u2028' || r == '\u2029':
			sb.WriteByte('\n')
		case unicode.Is(unicode.Cc, r), r == '\ufeff', r == '\u200b':
			// dropped
		default:
			sb.WriteString(raw[i : i+n])
		}
		i += n
	}
	return norm.NFC.String(sb.String())
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
		if r == utf8.RuneError && n == 1 || r == '\u2028' || r == '\u2029' || r == '\ufeff' || r == '\u200b' ||
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
	simple := true
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c == '\t' || c == '\n' {
			simple = false
			break
		}
		if c == ' ' {
			if prevSpace {
				simple = false
				break
			}
			prevSpace = true
		} else {
			prevSpace = false
		}
	}
	if simple && !prevSpace {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u2007' {
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

// lower lower-cases s for matching, without allocating when s has no upper
// case ASCII letter and is all ASCII.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}
