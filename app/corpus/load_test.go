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
	if got, want := strings.Join(ids, " "), "good latin1 sub-also-good"; got != want {
		t.Errorf("loaded %q, want %q", got, want)
	}
	if a, _ := b.Find("latin1"); a.Text != "Price £15.8m\n" {
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

func TestMakeIDUnique(t *testing.T) {
	arts := []Article{{ID: MakeID("a b.txt")}, {ID: MakeID("a-b.md")}, {ID: MakeID("a_b.txt")}, {ID: MakeID("../??.txt")}}
	uniqueIDs(arts)
	got := []string{}
	for _, a := range arts {
		got = append(got, a.ID)
	}
	if strings.Join(got, ",") != "a-b,a-b-2,a_b,article" {
		t.Errorf("ids = %v", got)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("hello\n"))
	f.Add([]byte{0xff, 0xfe, 0})
	f.Add([]byte("\xef\xbb\xbfBOM text"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _, err := Decode(data)
		if err == nil && text == "" {
			t.Errorf("Decode(%q) = empty text without error", data)
		}
	})
}
