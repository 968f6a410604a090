package extract

import (
	"bytes"
	"github.com/dossierapp/dossier/app/internal/charset"
	"strings"
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
		return charset.UTF16(b[2:], false), nil
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return charset.UTF16(b[2:], true), nil
	}
	if bytes.IndexByte(b[:min(len(b), 1024)], 0) >= 0 {
		return "", ErrBinary
	}
	if utf8.Valid(b) {
		return string(b), nil
	}
	switch cs := charset.Declared(b); cs {
	case "", "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1",
		"iso_8859-1", "latin1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968",
		"cp819", "ibm819", "iso-ir-100", "csisolatin1":
		return charset.Windows1252(b), nil
	case "utf-8", "utf8", "unicode-1-1-utf-8":
		return strings.ToValidUTF8(string(b), "\uFFFD"), nil
	default:
		return "", ErrCharset
	}
}
