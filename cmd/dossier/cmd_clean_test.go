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

// TestCleanJSONHTML: `dossier clean --json` on a saved page gives the
// extracted article (its headline, its paragraphs), not the page's markup,
// nor its navigation or scripts.
func TestCleanJSONHTML(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "summit.html")
	html := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Summit ends without a deal | Example Times</title>
<script>var tracker = "do not show";</script></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news menu</a></li></ul></nav>
<article><h1>Summit ends without a deal</h1>
<p>The two leaders met for three hours in Hanoi on Thursday and left without signing the agreement their aides had prepared.</p>
<p>Officials said talks on the border crossing would resume next month, after a meeting of the joint commission in Seoul.</p>
</article><footer>Copyright Example Times. All rights reserved.</footer></body></html>`
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"clean", "--json", page}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var got []struct {
		Source string `json:"source"`
		Title  string `json:"title"`
		Body   []struct {
			Text string `json:"text"`
		} `json:"body"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil || len(got) != 1 {
		t.Fatalf("%v: %s", err, out.String())
	}
	a := got[0]
	var text strings.Builder
	for _, b := range a.Body {
		text.WriteString(b.Text + "\n")
	}
	if a.Source != page || a.Title != "Summit ends without a deal" {
		t.Errorf("source %q title %q", a.Source, a.Title)
	}
	if !strings.Contains(text.String(), "The two leaders met for three hours in Hanoi") || !strings.Contains(text.String(), "joint commission in Seoul") {
		t.Errorf("body lacks the article: %q", text.String())
	}
	for _, bad := range []string{"<", "tracker", "World news menu", "DOCTYPE"} {
		if strings.Contains(out.String(), bad) {
			t.Errorf("output holds %q:\n%s", bad, out.String())
		}
	}
}

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
