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

// templatePageQuote is the quote two sites of templatePages carry.
const templatePageQuote = "“We will not give up on the families who still wait for news,” the mayor said at the ceremony."

// templatePages are three pages of one site, its menu and footer on each,
// and a page of another site that carries the same quote, by file name.
func templatePages() map[string]string {
	site := func(title, body string) string {
		return strings.Join([]string{"Go to Contents", "Local", "World", title, body, templatePageQuote,
			"Example Valley Web Services, 12 Harbour Road", "© 2024 Example Valley Gazette"}, "\n\n") + "\n"
	}
	return map[string]string{
		"a.txt": site("Dam opens after repairs", "The river dam reopened on Monday after engineers finished six weeks of repairs to its spillway, officials said."),
		"b.txt": site("Ferry fares to rise", "Ferry operators said fares would rise by five percent in the spring to cover higher fuel and insurance costs."),
		"c.txt": site("Library extends hours", "The city library will stay open until nine in the evening from next month, the council announced on Wednesday."),
		"other.txt": "Families mark anniversary of the flood\n\nHundreds gathered by the river on Sunday to remember the victims of the flood, which destroyed more than two hundred homes.\n\n" +
			templatePageQuote + "\n\n© 2024 Another Example Herald\n",
	}
}

// TestCleanFolderTemplates: `dossier clean --json DIR` treats the folder as
// one dossier, as the app does: the lines one site repeats on its pages go
// with the reason "repeated on N pages from this site"; a quote another
// site also carries stays. (Pages written here.)
func TestCleanFolderTemplates(t *testing.T) {
	dir := t.TempDir()
	for name, text := range templatePages() {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, errb bytes.Buffer
	if code := run([]string{"clean", "--json", dir}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var got []struct {
		Source  string `json:"source"`
		Title   string `json:"title"`
		Body    []struct{ Text string }
		Removed []struct{ Text, Reason string }
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil || len(got) != 4 {
		t.Fatalf("%v: %s", err, out.String())
	}
	for _, a := range got {
		var body strings.Builder
		for _, b := range a.Body {
			body.WriteString(b.Text + "\n")
		}
		if filepath.Base(a.Source) == "other.txt" {
			if !strings.Contains(body.String(), "families who still wait") {
				t.Errorf("other.txt lost the quote another site shares:\n%s", body.String())
			}
			continue
		}
		if a.Title == "Go to Contents" {
			t.Errorf("%s: the skip link is the title", a.Source)
		}
		reasons := map[string]string{}
		for _, r := range a.Removed {
			reasons[r.Text] = r.Reason
		}
		// The skip link goes as the navigation the crumbs rule knows it
		// for; the footer line no rule names goes as the site's template.
		if reasons["Go to Contents"] == "" {
			t.Errorf("%s: the skip link kept", a.Source)
		}
		for _, l := range []string{"Example Valley Web Services, 12 Harbour Road"} {
			if reasons[l] != "repeated on 3 pages from this site" {
				t.Errorf("%s: %q removed as %q, want \"repeated on 3 pages from this site\"", a.Source, l, reasons[l])
			}
		}
	}
}
