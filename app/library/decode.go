package library

import (
	"bytes"
	"strings"
	"unicode/utf16"
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
		s := fromUTF16(b[2:], b[0] == 0xFE)
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
		switch cs := declaredCharset(b); {
		case cs == "":
		case isUTF8Name(cs):
			return strings.ToValidUTF8(string(b), "\uFFFD"), "", nil
		case isWindows1252Name(cs):
			return fromWindows1252(b), "", nil
		default:
			return "", "the page declares charset " + cs, ErrUndecodable
		}
	}
	if why := notWindows1252(b); why != "" {
		return "", why, ErrUndecodable
	}
	return fromWindows1252(b), "", nil
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

// c1 maps Windows-1252 bytes 0x80-0x9F to Unicode (the five undefined ones
// to the C1 controls, as browsers do).
var c1 = [32]rune{
	0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
	0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
}

func fromWindows1252(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	for _, c := range b {
		switch {
		case c < 0x80:
			sb.WriteByte(c)
		case c < 0xA0:
			sb.WriteRune(c1[c-0x80])
		default:
			sb.WriteRune(rune(c))
		}
	}
	return sb.String()
}

func fromUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(u))
}

func isUTF8Name(cs string) bool {
	return cs == "utf-8" || cs == "utf8" || cs == "unicode-1-1-utf-8"
}

func isWindows1252Name(cs string) bool {
	switch cs {
	case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1",
		"iso_8859-1", "latin1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968",
		"cp819", "ibm819", "iso-ir-100", "csisolatin1":
		return true
	}
	return false
}

// declaredCharset finds the charset a page declares in its first 4 KB
// (<meta charset> or http-equiv Content-Type), lower-cased, or "".
func declaredCharset(b []byte) string {
	head := strings.ToLower(string(b[:min(len(b), 4096)]))
	for i := 0; ; {
		m := strings.Index(head[i:], "<meta")
		if m < 0 {
			return ""
		}
		i += m + 5
		end := strings.IndexByte(head[i:], '>')
		if end < 0 {
			end = len(head) - i
		}
		tag := head[i : i+end]
		c := strings.Index(tag, "charset")
		if c < 0 {
			continue
		}
		v := strings.TrimLeft(tag[c+7:], " \t\r\n")
		if !strings.HasPrefix(v, "=") {
			continue
		}
		v = strings.TrimLeft(v[1:], " \t\r\n\"'")
		n := 0
		for n < len(v) && n < 40 && isCharsetByte(v[n]) {
			n++
		}
		if n > 0 {
			return v[:n]
		}
	}
}

func isCharsetByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == ':'
}
