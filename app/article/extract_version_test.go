package article

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/dossierapp/dossier/app/extract"
)

// TestExtractVersionGuard records a digest of app/extract's output for the
// HTML pages of its tests (app/extract/testdata, *.page): when the output
// changes, ExtractVersion must change, so that imported pages' cached
// cleanups are made again from the new text.
func TestExtractVersionGuard(t *testing.T) {
	const (
		version = "extract-18"
		digest  = "430e8d7108c08cc8b97eaa700f29a06e18550c3d234b8907faeb1c9cceab6e3b"
	)
	files, err := filepath.Glob(filepath.Join("..", "extract", "testdata", "*", "*.page"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no pages under app/extract/testdata (%v)", err)
	}
	sort.Strings(files)
	h := sha256.New()
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r, err := extract.Text(raw)
		for _, part := range []string{filepath.Base(f), r.Title, r.Byline, r.Published, r.SiteName, r.Text} {
			h.Write([]byte(part + "\x00"))
		}
		if err != nil {
			h.Write([]byte(err.Error()))
		}
	}
	got := hex.EncodeToString(h.Sum(nil))
	if ExtractVersion != version || got != digest {
		t.Errorf("extracted pages: version %q digest %s; recorded: version %q digest %s.\n"+
			"If the output changed, bump ExtractVersion, then record both.", ExtractVersion, got, version, digest)
	}
}
