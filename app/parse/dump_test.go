package parse

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestDumpSeeds(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	files, _ := filepath.Glob("../../testdata/*.txt")
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		fmt.Println("===", f)
		for _, b := range Parse(string(raw)) {
			txt := b.Text
			if len(txt) > 70 {
				txt = txt[:70]
			}
			fmt.Printf("%-9s g%d %v %q\n", b.Kind, b.Group, b.Glued, txt)
			for _, g := range b.Glued {
				fmt.Printf("    glued %s %q\n", g.Role, b.Text[g.Start:g.End])
			}
		}
	}
}
