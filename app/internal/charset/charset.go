// Package charset decodes the legacy encodings scraped news arrives in
// (Windows-1252 and its ISO-8859-1 subset, UTF-16 with a byte order mark)
// and reads the charset an HTML page declares. It is shared by the import
// worker's file reading (app/ingest, for app/library/libfile) and HTML
// extraction (app/extract).
package charset

import (
	"strings"
	"unicode/utf16"
)

// c1 maps Windows-1252 bytes 0x80-0x9F to Unicode (the five undefined ones
// to the C1 controls, as browsers do).
var c1 = [32]rune{
	0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
	0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
}

// Windows1252 decodes Windows-1252 (and so ISO-8859-1) bytes to UTF-8.
func Windows1252(b []byte) string {
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

// UTF16 decodes UTF-16 without its byte order mark; NULs are dropped.
func UTF16(b []byte, bigEndian bool) string {
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

// IsUTF8Name reports whether cs names UTF-8.
func IsUTF8Name(cs string) bool {
	return cs == "utf-8" || cs == "utf8" || cs == "unicode-1-1-utf-8"
}

// IsWindows1252Name reports whether cs names Windows-1252 or a subset of it.
func IsWindows1252Name(cs string) bool {
	switch cs {
	case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1",
		"iso_8859-1", "latin1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968",
		"cp819", "ibm819", "iso-ir-100", "csisolatin1":
		return true
	}
	return false
}

// Declared finds the charset a page declares in its first 4 KB
// (<meta charset> or http-equiv Content-Type), lower-cased, or "".
func Declared(b []byte) string {
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
