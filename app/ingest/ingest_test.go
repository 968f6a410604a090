package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
)

func utf16Bytes(s string, bigEndian bool) []byte {
	out := []byte{0xFF, 0xFE}
	if bigEndian {
		out = []byte{0xFE, 0xFF}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// cp1251 and cp1252 encode the few letters the tests use.
func cp1251(s string) []byte {
	var b []byte
	for _, r := range s {
		switch {
		case r < 0x80:
			b = append(b, byte(r))
		case r >= 0x410 && r <= 0x44F:
			b = append(b, byte(r-0x410+0xC0))
		case r == 'ё':
			b = append(b, 0xB8)
		case r == '—':
			b = append(b, 0x97)
		default:
			panic("cp1251: " + string(r))
		}
	}
	return b
}

func cp1252(s string) []byte {
	var b []byte
	for _, r := range s {
		switch {
		case r < 0x100 && (r < 0x80 || r >= 0xA0):
			b = append(b, byte(r))
		case r == '’':
			b = append(b, 0x92)
		case r == '€':
			b = append(b, 0x80)
		default:
			panic("cp1252: " + string(r))
		}
	}
	return b
}

const russian = "Саммит завершился. Лидеры двух стран встретились в понедельник и договорились о новой встрече.\n"

func TestReadEncodings(t *testing.T) {
	page := func(charset, body string) string {
		meta := ""
		if charset != "" {
			meta = `<meta charset="` + charset + `">`
		}
		return "<!DOCTYPE html><html><head>" + meta + "<title>T</title></head><body><article><h1>Заголовок</h1><p>" + body + "</p></article></body></html>"
	}
	tests := []struct {
		name    string
		data    []byte
		kind    string
		enc     string
		guessed bool
		want    string // in Text
	}{
		{"utf8.txt", []byte("Café crème, 5 €\n"), KindText, "UTF-8", false, "Café crème, 5 €"},
		{"bom.md", []byte("\xEF\xBB\xBF# Title\n\nBody\n"), KindMarkdown, "UTF-8", false, "# Title"},
		{"le.txt", utf16Bytes("Naïve résumé — Привет\n", false), KindText, "UTF-16LE", false, "Naïve résumé — Привет"},
		{"be.txt", utf16Bytes("Big end ü\n", true), KindText, "UTF-16BE", false, "Big end ü"},
		{"w1252.txt", cp1252("The café’s owner paid €5 in Zürich.\n"), KindText, "Windows-1252", true, "The café’s owner paid €5 in Zürich."},
		{"w1251.txt", cp1251(russian), KindText, "Windows-1251", true, "Лидеры двух стран"},
		{"w1251.html", cp1251(page("windows-1251", strings.TrimSpace(russian))), KindHTML, "Windows-1251", false, "Лидеры двух стран"},
		{"w1251-undeclared.htm", cp1251(page("", strings.TrimSpace(russian))), KindHTML, "Windows-1251", true, "Лидеры двух стран"},
		{"koi8.html", []byte(`<html><head><meta charset="koi8-r"></head><body><p>` + "\xec\xc9\xc4\xc5\xd2\xd9 \xc4\xd7\xd5\xc8 \xd3\xd4\xd2\xc1\xce \xd7\xd3\xd4\xd2\xc5\xd4\xc9\xcc\xc9\xd3\xd8." + `</p></body></html>`), KindHTML, "KOI8-R", false, "Лидеры двух стран встретились."},
		{"latin2.html", []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head><body><p>` + "Za\xbf\xf3\xb3\xe6 g\xea\xb6l\xb1 ja\xbc\xf1. S\xb1d w \xa3odzi." + `</p></body></html>`), KindHTML, "ISO-8859-2", false, "Zażółć gęślą jaźń. Sąd w Łodzi."},
		{"utf16.html", utf16Bytes(page("", "Body text of a page saved as UTF-16."), false), KindHTML, "UTF-16LE", false, "Body text of a page saved as UTF-16."},
		{"saved-page.txt", []byte(page("utf-8", "Scrapers save pages as text files.")), KindHTML, "UTF-8", false, "Scrapers save pages as text files."},
		{"no-tags.html", []byte("Just text, saved with the wrong name.\n"), KindText, "UTF-8", false, "Just text, saved"},
		{"noext", []byte("<html><body><p>Named without an extension, sniffed as a page.</p></body></html>"), KindHTML, "UTF-8", false, "Named without an extension"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Read("folder/"+tc.name, tc.data)
			if err != nil {
				t.Fatal(err)
			}
			if f.Kind != tc.kind || f.Encoding != tc.enc || f.Guessed != tc.guessed {
				t.Errorf("kind %s encoding %s guessed %v, want %s %s %v", f.Kind, f.Encoding, f.Guessed, tc.kind, tc.enc, tc.guessed)
			}
			if !strings.Contains(f.Text, tc.want) {
				t.Errorf("text %q lacks %q", f.Text, tc.want)
			}
			if tc.kind == KindHTML && strings.ContainsAny(f.Text, "<>") {
				t.Errorf("markup left in %q", f.Text)
			}
			sum := sha256.Sum256(tc.data)
			if f.Name != tc.name || f.Hash != hex.EncodeToString(sum[:]) || f.Size != len(tc.data) || !strings.HasSuffix(f.ID, "-"+f.Hash[:8]) {
				t.Errorf("name %q hash %s size %d id %s", f.Name, f.Hash, f.Size, f.ID)
			}
		})
	}
}

func TestReadRefused(t *testing.T) {
	greek := []byte("\xca\xe1\xeb\xe7\xec\xdd\xf1\xe1 \xea\xfc\xf3\xec\xe5, \xe1\xf5\xf4\xfc \xe5\xdf\xed\xe1\xe9 \xdd\xed\xe1 \xea\xe5\xdf\xec\xe5\xed\xef.\n")
	tests := []struct {
		name   string
		data   []byte
		want   error
		detail string
	}{
		{"empty.txt", nil, ErrEmpty, ""},
		{"blank16.txt", utf16Bytes("  \n", false), ErrEmpty, ""},
		{"huge.md", bytes.Repeat([]byte("a"), MaxSize+1), ErrTooLarge, "5.0 MB"},
		{"nul.txt", []byte("a\x00b"), ErrBinary, ""},
		{"sjis.txt", []byte("\x82\xb1\x82\xea\x82\xcd\x93\xfa\x96\x7b\x8c\xea\x82\xc5\x82\xb7\x81\x42"), ErrUndecodable, "East Asian"},
		{"greek.txt", greek, ErrUndecodable, "Greek"},
		{"sjis.html", []byte(`<html><head><meta charset="shift_jis"></head><body><p>` + "\x82\xb1\x82\xea\x82\xcd\x93\xfa\x96\x7b" + `</p></body></html>`), ErrUndecodable, "declares charset shift_jis"},
		{"odd16.txt", []byte{0xFF, 0xFE, 'a', 0, 'b'}, ErrUndecodable, "odd"},
		{"nav.html", []byte("<html><body><nav><a href=/>Home</a></nav><script>x()</script></body></html>"), ErrNoText, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(tc.name, tc.data)
			var fe *FileError
			if !errors.Is(err, tc.want) || !errors.As(err, &fe) || fe.Name != tc.name {
				t.Fatalf("err = %v, want %v naming %s", err, tc.want, tc.name)
			}
			if !strings.HasPrefix(err.Error(), tc.name+": ") || !strings.Contains(err.Error(), tc.detail) {
				t.Errorf("message %q: want %q first and %q in it", err, tc.name, tc.detail)
			}
		})
	}
}

func TestID(t *testing.T) {
	h := strings.Repeat("ab", 32)
	for name, want := range map[string]string{
		"000_46ecc82ffd186e6c.txt": "000_46ecc82ffd186e6c-abababab",
		"a/b/Summit ends!.html":    "Summit-ends-abababab",
		`C:\x\.txt`:                "article-abababab",
		"Привет.md":                "article-abababab",
		strings.Repeat("x", 80):    strings.Repeat("x", 60) + "-abababab",
	} {
		if got := ID(name, h); got != want {
			t.Errorf("ID(%q) = %q, want %q", name, got, want)
		}
	}
}

// FuzzRead: any bytes under any name give an article or a *FileError
// naming the file, never a panic; an article's text is valid, non-blank
// UTF-8, and a page's text holds no tag.
func FuzzRead(f *testing.F) {
	f.Add("a.txt", []byte("hello\n"))
	f.Add("a.txt", []byte{0xff, 0xfe, 0})
	f.Add("a.md", []byte("\xef\xbb\xbfBOM text"))
	f.Add("a.html", []byte("<!doctype html><p>x<!---->y</p>"))
	f.Add("a.htm", []byte(`<meta charset="windows-1251"><p>`+"\xcf\xf0\xe8\xe2\xe5\xf2"))
	f.Add("b.txt", []byte("\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0! \xdd\xf2\xee \xf2\xe5\xea\xf1\xf2."))
	f.Add("c.mhtml", []byte("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>A=3Db =\r\nc=E2=80=94d</p>\r\n--b--\r\n"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		file, err := Read(name, data)
		if err != nil {
			var fe *FileError
			if !errors.As(err, &fe) || fe.Name == "" {
				t.Fatalf("error %v is not a *FileError naming the file", err)
			}
			return
		}
		if strings.TrimSpace(file.Text) == "" || !isValidUTF8(file.Text) {
			t.Fatalf("Read(%q) = text %q", name, file.Text)
		}
	})
}

func isValidUTF8(s string) bool { return strings.ToValidUTF8(s, "") == s }
