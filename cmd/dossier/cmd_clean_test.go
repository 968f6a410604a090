//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCleanDossierCopies runs `dossier clean --json` on a folder holding a
// seed and a copy of it spun by hand: the copy names the seed as the article
// it belongs with, and its body reads as the seed's.
func TestCleanDossierCopies(t *testing.T) {
	dir := t.TempDir()
	src, err := filepath.Glob("../../testdata/003_*.txt")
	if err != nil || len(src) != 1 {
		t.Fatal("seed 003 missing")
	}
	raw, err := os.ReadFile(src[0])
	if err != nil {
		t.Fatal(err)
	}
	spun := strings.NewReplacer(" in ", " successful ", " on ", " connected ", " as ", " arsenic ", " be ", " beryllium ",
		" at ", " astatine ", " will ", " volition ", " threat ", " menace ").Replace(string(raw))
	for name, text := range map[string]string{"a.txt": string(raw), "b.txt": spun} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, errs bytes.Buffer
	if code := runClean([]string{"--json", dir}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	var arts []cleanJSON
	if err := json.Unmarshal(out.Bytes(), &arts); err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 {
		t.Fatalf("%d articles", len(arts))
	}
	a, b := arts[0], arts[1]
	if filepath.Base(a.Source) != "a.txt" {
		a, b = b, a
	}
	if a.CopyOf != "" || b.CopyOf != a.Source {
		t.Errorf("copy_of: %q, %q; want \"\", %q", a.CopyOf, b.CopyOf, a.Source)
	}
	body := func(c cleanJSON) string {
		var s []string
		for _, bl := range c.Body {
			s = append(s, bl.Text)
		}
		return strings.Join(s, "\n")
	}
	if body(a) != body(b) {
		t.Errorf("the spun copy reads\n%s\nwant\n%s", body(b), body(a))
	}
	if len(b.Repairs) < 5 {
		t.Errorf("%d repairs in the spun copy", len(b.Repairs))
	}
}
