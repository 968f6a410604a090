package charset

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Names of the encodings Decode reads.
const (
	UTF8        = "UTF-8"
	UTF16LE     = "UTF-16LE"
	UTF16BE     = "UTF-16BE"
	Win1252     = "Windows-1252"
	Win1251     = "Windows-1251"
	unknownName = ""
)

// UnknownError is Decode's refusal: the bytes are in an encoding it does not
// read. Detail says what gave that away.
type UnknownError struct{ Detail string }

func (e *UnknownError) Error() string { return "unknown text encoding: " + e.Detail }

// Decode turns a file's bytes into UTF-8 text, the one decoder of every way
// a file comes in (app/ingest) and of app/extract. It reads, in order:
//
//   - a byte order mark: UTF-8 (dropped), UTF-16 little- or big-endian;
//   - valid UTF-8, as is;
//   - for an HTML page, the charset it declares (<meta charset>): UTF-8
//     (bad bytes become U+FFFD), Windows-1252 and its aliases, Windows-1251,
//     and the single-byte ones of SingleByte (ISO-8859-2, Windows-1250,
//     KOI8-R, ISO-8859-15, Windows-1257); any other declared charset (an
//     East Asian one) is refused;
//   - otherwise a guess between Windows-1251 (Cyrillic: whole words of
//     letters above 0xC0, with Russian's most frequent letters) and
//     Windows-1252 (Western: accented letters alone between ASCII ones).
//     Bytes Windows-1252 leaves undefined (an East Asian encoding) and
//     words of high bytes that do not read as Russian are refused.
//
// guessed reports that the encoding was guessed (no mark, no declaration,
// not UTF-8), which callers tell the reader. It never panics.
func Decode(b []byte, html bool) (text, enc string, guessed bool, err error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		if len(b)%2 != 0 {
			return "", unknownName, false, &UnknownError{"UTF-16 with an odd number of bytes"}
		}
		if b[0] == 0xFE {
			return UTF16(b[2:], true), UTF16BE, false, nil
		}
		return UTF16(b[2:], false), UTF16LE, false, nil
	}
	if utf8.Valid(b) {
		return string(b), UTF8, false, nil
	}
	if html {
		cs := Declared(b)
		switch {
		case cs == "":
		case IsUTF8Name(cs):
			return strings.ToValidUTF8(string(b), "\uFFFD"), UTF8, false, nil
		case IsWindows1252Name(cs):
			return Windows1252(b), Win1252, false, nil
		case IsWindows1251Name(cs):
			return Windows1251(b), Win1251, false, nil
		default:
			if name, t := SingleByte(cs); t != nil {
				return DecodeTable(b, t), name, false, nil
			}
			return "", unknownName, false, &UnknownError{"the page declares charset " + cs + "; save it as UTF-8"}
		}
	}
	switch guess(b) {
	case Win1251:
		return Windows1251(b), Win1251, true, nil
	case Win1252:
		return Windows1252(b), Win1252, true, nil
	}
	if undefined1252(b) {
		return "", unknownName, false, &UnknownError{"bytes undefined in Windows-1252 (an East Asian encoding?); save it as UTF-8"}
	}
	return "", unknownName, false, &UnknownError{"words made only of non-ASCII bytes that do not read as Cyrillic (Greek or another single-byte encoding?); save it as UTF-8"}
}

// russianFrequent marks, in Windows-1251, the ten most frequent letters of
// Russian (о е а и н т с р в л): over half the letters of any Russian text,
// about a sixth of those of random bytes or of Greek read as Windows-1251.
var russianFrequent = [256]bool{
	0xEE: true, 0xE5: true, 0xE0: true, 0xE8: true, 0xED: true,
	0xF2: true, 0xF1: true, 0xF0: true, 0xE2: true, 0xEB: true,
}

// guess returns Win1251, Win1252 or "" (neither) for invalid UTF-8 b.
func guess(b []byte) string {
	high, inRuns, run, letters, frequent := 0, 0, 0, 0, 0
	for _, c := range b {
		if c >= 0xC0 || c == 0xA8 || c == 0xB8 { // Windows-1251 letters (Ё ё)
			letters++
			if russianFrequent[c|0x20] {
				frequent++
			}
		}
		switch {
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
		// Words of high bytes: Cyrillic if they read as Russian.
		if frequent*100 >= letters*40 {
			return Win1251
		}
		return ""
	}
	if undefined1252(b) {
		return ""
	}
	return Win1252
}

// undefined1252 reports bytes Windows-1252 leaves undefined, frequent in
// Shift-JIS, GBK and Big5.
func undefined1252(b []byte) bool {
	for _, c := range b {
		switch c {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
			return true
		}
	}
	return false
}
