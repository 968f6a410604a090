package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestDump prints what Text extracts from every fixture (DUMP=1 go test -run Dump).
func TestDump(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip("set DUMP=1")
	}
	files, _ := filepath.Glob("../../testdata/extract/*.htm.in")
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		r, err := Text(raw)
		fmt.Printf("=== %s err=%v\ntitle=%q byline=%q published=%q site=%q\n%s\n", f, err, r.Title, r.Byline, r.Published, r.SiteName, r.Text)
	}
}
