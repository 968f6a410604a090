package clean

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestDump prints the cleaning of the files matching $DUMP (a debugging aid).
func TestDump(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip("set DUMP to a glob")
	}
	files, _ := filepath.Glob(os.Getenv("DUMP"))
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		r := Clean(string(raw))
		fmt.Printf("=== %s\ntitle=%q inferred=%v publisher=%q date=%q spin=%.2f\n", f, r.Title, r.TitleInferred, r.Publisher, r.Date, r.Spin)
		for _, b := range r.Blocks {
			txt := b.Source()
			if len(txt) > 90 {
				txt = txt[:90]
			}
			mark := "+"
			if b.Removed != "" {
				mark = "- [" + b.Removed + "]"
			}
			fmt.Printf("%s %s %q\n", mark, b.Kind, txt)
			for _, s := range b.Segments {
				if s.Removed != "" || s.Original != "" {
					fmt.Printf("      seg %q orig=%q removed=%q\n", s.Text, s.Original, s.Removed)
				}
			}
		}
	}
}
