//go:build !wasm

package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, dir, name string, data []byte) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoadDirBadInput(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "good.txt", []byte("A headline\n\nA paragraph.\n"))
	write(t, dir, "sub/also-good.md", []byte("# Title\n\nText with £ sign.\n"))
	write(t, dir, "binary.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2})
	write(t, dir, "empty.txt", nil)
	write(t, dir, "blank.txt", []byte(" \n\t\n"))
	write(t, dir, "latin1.txt", []byte("Price \xa315.8m\n"))
	write(t, dir, "notes.json", []byte(`{"ignored": true}`))

	b, warns, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range b.Articles {
		ids = append(ids, a.ID)
	}
	if got, want := strings.Join(ids, " "), "good-e7e9781b latin1-3bf2d496 also-good-af3b004c"; got != want { // name, first 8 hex digits of sha256sum
		t.Errorf("loaded %q, want %q", got, want)
	}
	if a := b.Articles[1]; a.Text != "Price £15.8m\n" {
		t.Errorf("latin1 decoded as %q", a.Text)
	}
	msgs := map[string]string{}
	for _, w := range warns {
		msgs[filepath.Base(w.Path)] = w.Err.Error()
	}
	for name, want := range map[string]string{
		"binary.txt": "binary", "empty.txt": "empty", "blank.txt": "empty", "latin1.txt": "Windows-1252",
	} {
		if !strings.Contains(msgs[name], want) {
			t.Errorf("warning for %s = %q, want it to say %q", name, msgs[name], want)
		}
	}
	if len(warns) != 4 {
		t.Errorf("got %d warnings, want 4: %v", len(warns), warns)
	}
}

func TestLoadDirErrors(t *testing.T) {
	empty := t.TempDir()
	onlyBad := t.TempDir()
	write(t, onlyBad, "x.txt", []byte{0, 0, 0})
	file := filepath.Join(onlyBad, "x.txt")
	for name, dir := range map[string]string{
		"missing": filepath.Join(empty, "nope"), "empty": empty, "only-bad": onlyBad, "file": file,
	} {
		_, _, err := LoadDir(dir)
		if err == nil || !strings.Contains(err.Error(), dir) {
			t.Errorf("%s: err = %v, want an error naming %s", name, err, dir)
		}
	}
}

func TestUniqueIDs(t *testing.T) {
	arts := []Article{{ID: "a-b"}, {ID: "a-b"}, {ID: "a_b"}, {ID: "a-b-2"}}
	uniqueIDs(arts)
	got := []string{}
	for _, a := range arts {
		got = append(got, a.ID)
	}
	if strings.Join(got, ",") != "a-b,a-b-2,a_b,a-b-2-2" {
		t.Errorf("ids = %v", got)
	}
}

// TestLoadDirHTML: a bundled HTML page arrives as its extracted text, with
// the site its title line names written as the cleanup's metadata line
// (ingest's withMeta), and a page saved as .txt is sniffed as HTML; the
// same file twice gets two IDs.
func TestLoadDirHTML(t *testing.T) {
	dir := t.TempDir()
	page := "<!doctype html><html><head><title>Summit ends | Example News</title></head><body><nav><a href=/>Home</a></nav>" +
		"<article><h1>Summit ends</h1><p>The two leaders met for three hours and agreed to meet again, officials said on Monday.</p>" +
		"<p>A second paragraph says more about the talks, which covered trade and the border.</p></article></body></html>"
	write(t, dir, "page.html", []byte(page))
	write(t, dir, "saved.txt", []byte(page))
	write(t, dir, "sub/page.html", []byte(page))
	b, warns, err := LoadDir(dir)
	if err != nil || len(warns) != 0 {
		t.Fatalf("err %v, warnings %v", err, warns)
	}
	if len(b.Articles) != 3 {
		t.Fatalf("%d articles", len(b.Articles))
	}
	ids := map[string]bool{}
	for _, a := range b.Articles {
		ids[a.ID] = true
		if strings.Contains(a.Text, "<") || !strings.HasPrefix(a.Text, "Summit ends\n\nPublished in Example News\n\nThe two leaders met") || strings.Contains(a.Text, "Home") {
			t.Errorf("%s: text %q", a.Source, a.Text)
		}
	}
	if len(ids) != 3 {
		t.Errorf("IDs not unique: %v", ids)
	}
}
