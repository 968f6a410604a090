package extract

import (
	"bytes"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// decode returns the page as UTF-8. UTF-8 (with or without a byte order mark)
// is taken as is; UTF-16 needs its byte order mark. Bytes that are not valid
// UTF-8 are decoded by the charset the page declares (<meta charset>, or
// http-equiv Content-Type) when it is Windows-1252 or one of its WHATWG aliases
// (ISO-8859-1, Latin-1, US-ASCII), and when it declares none; a page declaring
// UTF-8 gets U+FFFD for its bad bytes; any other declared charset is refused.
func decode(b []byte) (string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return fromUTF16(b[2:], false), nil
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return fromUTF16(b[2:], true), nil
	}
	if bytes.IndexByte(b[:min(len(b), 1024)], 0) >= 0 {
		return "", ErrBinary
	}
	if utf8.Valid(b) {
		return string(b), nil
	}
	switch cs := declaredCharset(b); cs {
	case "", "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1",
		"iso_8859-1", "latin1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968",
		"cp819", "ibm819", "iso-ir-100", "csisolatin1":
		return fromWindows1252(b), nil
	case "utf-8", "utf8", "unicode-1-1-utf-8":
		return strings.ToValidUTF8(string(b), "\uFFFD"), nil
	default:
		return "", ErrCharset
	}
}

// declaredCharset finds the charset a page declares in its first 4 KB:
// <meta charset="..."> or <meta http-equiv="Content-Type" content="...;
// charset=...">, lower-cased.
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
		for n < len(v) && (isAlnum(v[n]) || v[n] == '-' || v[n] == '_' || v[n] == '.' || v[n] == ':') {
			n++
		}
		if n > 0 {
			return v[:n]
		}
	}
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
	return strings.ReplaceAll(string(utf16.Decode(u)), "\x00", "")
}
