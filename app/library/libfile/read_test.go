package libfile

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/ingest"
	"github.com/dossierapp/dossier/app/library"
)

var now = time.Date(2024, 5, 1, 12, 30, 15, 123456789, time.FixedZone("KST", 9*3600))

func fixture(t testing.TB, rel string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", rel))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestFromFile(t *testing.T) {
	cp1252 := []byte("Caf\xe9 \x93quoted\x94 na\xefve \x80 100, r\xe9sum\xe9 of the day.\n")
	utf16le := []byte{0xFF, 0xFE}
	for _, r := range "Hello, Pyongyang\n" {
		utf16le = append(utf16le, byte(r), 0)
	}
	tests := []struct {
		name, file string
		data       []byte
		kind       string
		text       string // the Text() wanted; "" skips the check
		contains   string // a substring of Text(); "" skips the check
	}{
		{name: "plain", file: "a.txt", data: []byte("Title\n\nBody text.\n"), kind: "txt", text: "Title\n\nBody text.\n"},
		{name: "bom", file: "a.TXT", data: []byte("\xEF\xBB\xBFTitle\n"), kind: "txt", text: "Title\n"},
		{name: "cp1252", file: "old.txt", data: cp1252, kind: "txt", text: "Café “quoted” naïve € 100, résumé of the day.\n"},
		{name: "short cp1252", file: "s.txt", data: []byte("Caf\xe9 \x93q\x94 \x80\r\n"), kind: "txt", text: "Café “q” €\r\n"},
		{name: "utf16", file: "win.txt", data: utf16le, kind: "txt", text: "Hello, Pyongyang\n"},
		{name: "md", file: "notes.md", data: []byte("# Head\n\nText\n"), kind: "md", text: "# Head\n\nText\n"},
		{name: "markdown", file: "notes.markdown", data: []byte("x\n"), kind: "md", text: "x\n"},
		{name: "folder path", file: "dir/sub/story.txt", data: []byte("x\n"), kind: "txt"},
		{name: "windows path", file: `C:\Users\me\story.txt`, data: []byte("x\n"), kind: "txt"},
		{name: "html", file: "bbc.htm", data: fixture(t, "extract/bbc.htm.in"), kind: "html", contains: "\n\n"},
		{name: "html latin1", file: "latin1.HTML", data: fixture(t, "extract/latin1.htm.in"), kind: "html"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, err := FromFile(tc.file, tc.data, now)
			if err != nil {
				t.Fatal(err)
			}
			if e.Kind != tc.kind {
				t.Errorf("Kind = %q, want %q", e.Kind, tc.kind)
			}
			if !bytes.Equal(e.Raw, tc.data) {
				t.Error("Raw is not the file byte for byte")
			}
			if e.Hash != HashOf(tc.data) || len(e.Hash) != 64 {
				t.Errorf("Hash = %q", e.Hash)
			}
			if strings.ContainsAny(e.Name, `/\`) {
				t.Errorf("Name = %q keeps the folder", e.Name)
			}
			if !urlSafe(e.ID) || !strings.HasSuffix(e.ID, "-"+e.Hash[:8]) {
				t.Errorf("ID = %q", e.ID)
			}
			if !e.Added.Equal(now.Truncate(time.Millisecond)) || e.Added.Location() != time.UTC {
				t.Errorf("Added = %v", e.Added)
			}
			if err := Validate(e); err != nil {
				t.Errorf("Validate: %v", err)
			}
			text, err := Text(e)
			if err != nil {
				t.Fatal(err)
			}
			if !utf8.ValidString(text) || strings.TrimSpace(text) == "" {
				t.Errorf("Text() = %q", text)
			}
			if tc.text != "" && text != tc.text {
				t.Errorf("Text() = %q, want %q", text, tc.text)
			}
			if tc.contains != "" && !strings.Contains(text, tc.contains) {
				t.Errorf("Text() = %q, want it to contain %q", text, tc.contains)
			}
			if e.Kind == library.KindHTML && strings.Contains(text, "<") && strings.Contains(text, "</") {
				t.Errorf("HTML Text() holds markup: %q", text[:min(len(text), 300)])
			}
			a, err := Article(e)
			if err != nil || a.ID != e.ID || a.Text != text || a.Size != len(tc.data) {
				t.Errorf("Article() = %+v, %v", a, err)
			}
		})
	}
}

func TestFromFileXSSIsText(t *testing.T) {
	e, err := FromFile("xss.htm", fixture(t, "extract/xss.htm.in"), now)
	if err != nil {
		t.Fatal(err)
	}
	text, err := Text(e)
	if err != nil {
		t.Fatal(err)
	}
	// The payloads stay out; escaped markup in the article is its text.
	for _, bad := range []string{"alert(1)", "evil.example", "onerror", "javascript:", "url(", "http"} {
		if strings.Contains(text, bad) {
			t.Errorf("extracted text holds %q", bad)
		}
	}
}

func TestRefused(t *testing.T) {
	big := bytes.Repeat([]byte("word "), library.MaxFileSize/5+1)
	ctrl := bytes.Repeat([]byte("text\x01\x02\x03"), 100)
	tests := []struct {
		file   string
		data   []byte
		want   error
		detail string // in the message too
	}{
		{"photo.jpg", []byte("\xFF\xD8\xFF\xE0"), ErrUnsupported, ""},
		{"noext", []byte("text"), ErrUnsupported, ""},
		{"empty.txt", nil, ErrEmpty, ""},
		{"blank.md", []byte(" \n\t\r\n"), ErrEmpty, ""},
		{"bom-only.txt", []byte("\xEF\xBB\xBF\n"), ErrEmpty, ""},
		{"huge.txt", big, ErrTooLarge, "5.0 MB"},
		{"nul.txt", []byte("text\x00more"), ErrBinary, ""},
		{"pdf.txt", []byte("%PDF-1.4\n\x00\x01\x02\x03"), ErrBinary, ""},
		{"ctrl.txt", ctrl, ErrBinary, ""},
		{"nul.html", []byte("<p>hi\x00</p>"), ErrBinary, ""},
		{"sjis.txt", []byte("\x82\xb1\x82\xea\x82\xcd\x93\xfa\x96\x7b\x8c\xea\x82\xc5\x82\xb7\x81\x42"), ErrUndecodable, "undefined in Windows-1252"},
		{"cp1253.txt", []byte("\xca\xe1\xeb\xe7\xec\xdd\xf1\xe1 \xea\xfc\xf3\xec\xe5, \xe1\xf5\xf4\xfc \xe5\xdf\xed\xe1\xe9 \xdd\xed\xe1 \xea\xe5\xdf\xec\xe5\xed\xef \xf3\xf4\xe1 \xe5\xeb\xeb\xe7\xed\xe9\xea\xdc.\n"), ErrUndecodable, "Greek"},
		{"sjis.html", []byte(`<html><head><meta charset="shift_jis"></head><body><p>` + "\x82\xb1\x82\xea\x82\xcd\x93\xfa\x96\x7b\x8c\xea" + `</p></body></html>`), ErrUndecodable, "shift_jis"}, // (KOI8-R, once refused here, is read since extract-11)
		{"odd16.txt", []byte{0xFF, 0xFE, 'a', 0, 'b'}, ErrUndecodable, "odd"},
		{"nothing.html", []byte("<html><head><script>x()</script></head><body><nav><a href=/>Home</a></nav></body></html>"), ErrNoText, ""},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			_, err := FromFile(tc.file, tc.data, now)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			var fe *FileError
			if !errors.As(err, &fe) || fe.Name != tc.file {
				t.Errorf("error %v does not name the file", err)
			}
			if !strings.HasPrefix(err.Error(), tc.file+": ") || !strings.Contains(err.Error(), tc.detail) {
				t.Errorf("message %q: want %q first and %q in it", err, tc.file, tc.detail)
			}
		})
	}
}

func TestFromPaste(t *testing.T) {
	e, err := FromPaste("\n\n  North Korea   sends troops\nto Russia\n\nBody.", now)
	if err != nil {
		t.Fatal(err)
	}
	if e.Name != "North Korea sends troops" || e.Kind != library.KindText || e.ID != "North-Korea-sends-troops-"+e.Hash[:8] {
		t.Errorf("entry = %+v", e)
	}
	long, _ := FromPaste(strings.Repeat("ü", 100), now)
	if n := utf8.RuneCountInString(long.Name); n != 61 || !strings.HasSuffix(long.Name, "…") {
		t.Errorf("long name = %q", long.Name)
	}
	if len(long.ID) > 80 {
		t.Errorf("long ID = %q", long.ID)
	}
	if _, err := FromPaste(" \n ", now); !errors.Is(err, ErrEmpty) {
		t.Errorf("blank paste: %v", err)
	}
	if _, err := FromPaste("a\x00b", now); !errors.Is(err, ErrBinary) {
		t.Errorf("binary paste: %v", err)
	}
}

// TestLimitsAgree: app/library, which does not import app/ingest (the page
// links it), states ingest's size limit and kinds again.
func TestLimitsAgree(t *testing.T) {
	if library.MaxFileSize != ingest.MaxSize {
		t.Errorf("library.MaxFileSize = %d, ingest.MaxSize = %d", library.MaxFileSize, ingest.MaxSize)
	}
	if library.KindText != ingest.KindText || library.KindMarkdown != ingest.KindMarkdown || library.KindHTML != ingest.KindHTML {
		t.Error("library's kinds are not app/ingest's")
	}
}
