package charset

import (
	"strings"
	"testing"
)

// TestDecodeDeclaredSingleByte: a page that declares a Central or Eastern
// European single-byte charset is read by its table (each was refused
// before); an East Asian charset is still refused, naming it.
func TestDecodeDeclaredSingleByte(t *testing.T) {
	page := func(cs, body string) []byte {
		return []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=` + cs + `"></head><body><p>` + body + `</p></body></html>`)
	}
	for _, tc := range []struct{ cs, body, enc, want string }{
		{"iso-8859-2", "Za\xbf\xf3\xb3\xe6 g\xea\xb6l\xb1 ja\xbc\xf1. S\xb1d w \xa3odzi", Latin2, "Zażółć gęślą jaźń. Sąd w Łodzi"},
		{"ISO-8859-2", "P\xf8\xedli\xb9 \xbelu\xbbou\xe8k\xfd k\xf9\xf2 \xfap\xecl \xef\xe1belsk\xe9 \xf3dy", Latin2, "Příliš žluťoučký kůň úpěl ďábelské ódy"},
		{"latin2", "\x84S\xb1d\x94", Latin2, "„Sąd”"}, // Windows-1250 quotes in a Latin-2 page
		{"windows-1250", "Za\xbf\xf3\xb3\xe6 g\xea\x9cl\xb9 ja\x9f\xf1. S\xb9d w \xa3odzi", Win1250, "Zażółć gęślą jaźń. Sąd w Łodzi"},
		{"cp1250", "\x84P\xf8\xedli\x9a \x9elu\x9dou\xe8k\xfd k\xf9\xf2\x93 \x96 \x8at\xecp\xe1n", Win1250, "„Příliš žluťoučký kůň“ – Štěpán"},
		{"koi8-r", "\xec\xc9\xc4\xc5\xd2\xd9 \xc4\xd7\xd5\xc8 \xd3\xd4\xd2\xc1\xce \xd7\xd3\xd4\xd2\xc5\xd4\xc9\xcc\xc9\xd3\xd8", KOI8R, "Лидеры двух стран встретились"},
		{"iso-8859-15", "\xb4iema, \xa4 5, \xbduvre", Latin9, "Žiema, € 5, œuvre"},
		{"windows-1257", "\xd0iandien Vilniuje, \xe0\xe8\xe6\xeb\xe1\xf0\xf8\xfb\xfe \x84citata\x93", Win1257, "Šiandien Vilniuje, ąčęėįšųūž „citata“"},
	} {
		text, enc, guessed, err := Decode(page(strings.ToLower(tc.cs), tc.body), true)
		if err != nil || enc != tc.enc || guessed || !strings.Contains(text, "<p>"+tc.want+"</p>") {
			t.Errorf("%s: %q %s %v %v, want %q", tc.cs, text, enc, guessed, err, tc.want)
		}
	}
	_, _, _, err := Decode(page("shift_jis", "\x82\xb1\x82\xea\x82\xcd\x93\xfa\x96\x7b"), true)
	if err == nil || !strings.Contains(err.Error(), "declares charset shift_jis") || !strings.Contains(err.Error(), "UTF-8") {
		t.Errorf("shift_jis: %v", err)
	}
}

// TestSingleByteTables: every table maps 0x80-0x9F and 0xA0-0xFF each one
// to one (no two bytes read as one character but U+FFFD; an ISO table's
// 0x80-0x9F are its Windows sibling's), and leaves ASCII untouched.
func TestSingleByteTables(t *testing.T) {
	for _, cs := range []string{"iso-8859-2", "windows-1250", "koi8-r", "iso-8859-15", "windows-1257"} {
		_, tab := SingleByte(cs)
		seen := map[uint16]bool{}
		for i, r := range tab {
			if i == 0x20 {
				clear(seen)
			}
			if r < 0x80 || r != 0xFFFD && seen[r] {
				t.Errorf("%s: byte %#x reads as %#x", cs, i+0x80, r)
			}
			seen[r] = true
		}
	}
	if DecodeTable([]byte("plain <b>ASCII</b>"), &koi8r) != "plain <b>ASCII</b>" {
		t.Error("ASCII changed")
	}
}
