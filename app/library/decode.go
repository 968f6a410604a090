package library

import (
	"bytes"
	"github.com/dossierapp/dossier/app/internal/charset"
	"strings"
	"unicode/utf8"
)

// decodeText turns a file's bytes into UTF-8 text. It takes UTF-8 (with or
// without a byte order mark) as is, UTF-16 with a byte order mark, and
// otherwise Windows-1252 (the usual culprit in scraped news; ISO-8859-1 is
// its subset). It refuses empty and binary content, and bytes that are
// evidently some other legacy encoding: bytes Windows-1252 leaves undefined
// (0x81 0x8D 0x8F 0x90 0x9D, frequent in Shift-JIS, GBK, Big5), or words
// made only of letters above 0xC0 where Western text has lone accented
// letters (Windows-1251 Cyrillic, ISO-8859-7 Greek). For an HTML page, a declared charset decides: UTF-8 and
// the Windows-1252 family are read, any other is refused.
//
// On refusal text is "", reason one of the Err values, detail specifics or "".
func decodeText(b []byte, html bool) (text, detail string, reason error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		if len(b)%2 != 0 {
			return "", "UTF-16 with an odd number of bytes", ErrUndecodable
		}
		s := charset.UTF16(b[2:], b[0] == 0xFE)
		if isBlank([]byte(s)) {
			return "", "", ErrEmpty
		}
		if looksBinary([]byte(s)) {
			return "", "", ErrBinary
		}
		return s, "", nil
	}
	if isBlank(b) {
		return "", "", ErrEmpty
	}
	if looksBinary(b) {
		return "", "", ErrBinary
	}
	if utf8.Valid(b) {
		return string(b), "", nil
	}
	if html {
		switch cs := charset.Declared(b); {
		case cs == "":
		case charset.IsUTF8Name(cs):
			return strings.ToValidUTF8(string(b), "\uFFFD"), "", nil
		case charset.IsWindows1252Name(cs):
			return charset.Windows1252(b), "", nil
		default:
			return "", "the page declares charset " + cs, ErrUndecodable
		}
	}
	if why := notWindows1252(b); why != "" {
		return "", why, ErrUndecodable
	}
	return charset.Windows1252(b), "", nil
}

func isBlank(b []byte) bool {
	for _, c := range b {
		switch c {
		case ' ', '\t', '\n', '\r', '\f', '\v':
		default:
			return false
		}
	}
	return true
}

// looksBinary reports a NUL byte, or more than 1% control characters other
// than tab, newline, carriage return and form feed.
func looksBinary(b []byte) bool {
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7F {
			ctrl++
		}
	}
	return ctrl*100 > len(b)
}

// notWindows1252 says why invalid UTF-8 b is evidently not Windows-1252
// text either, or returns "". Western text has its accented letters alone
// between ASCII ones ("café", "Ærø"); Cyrillic or Greek read as
// Windows-1252 makes whole words of them.
func notWindows1252(b []byte) string {
	high, inRuns, run := 0, 0, 0
	for _, c := range b {
		switch {
		case c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D:
			return "bytes undefined in Windows-1252 (an East Asian encoding?)"
		case c >= 0xC0:
			high++
			run++
			if run == 3 {
				inRuns += 3
			} else if run > 3 {
				inRuns++
			}
		default:
			run = 0
		}
	}
	if high >= 8 && inRuns*2 > high {
		return "words made only of non-ASCII bytes (Cyrillic, Greek or another single-byte encoding?)"
	}
	return ""
}
