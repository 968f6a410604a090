package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestBadInput(t *testing.T) {
	repanic = true
	defer func() { repanic = false }()
	big := strings.Repeat("word ", 4<<20) // a 20 MB single line
	cases := map[string]string{
		"empty":        "",
		"invalid utf8": "Title Here\n\n\xff\xfe broken \xc3 text.\n",
		"nul":          "Head\x00line\n\nBody\x00 text with NUL.\n",
		"binary":       string([]byte{0x89, 'P', 'N', 'G', 0, 0, 0x1a, 0xff, 0x00, 0x10}),
		"brackets":     strings.Repeat("[", 1<<20) + "](" + strings.Repeat("x", 100),
		"big line":     big,
	}
	for name, in := range cases {
		start := time.Now()
		r := Clean(in)
		for _, b := range r.Blocks {
			for _, s := range b.Segments {
				if !strings.Contains(s.Text, "\x00") && strings.ToValidUTF8(s.Text, "") == s.Text {
					continue
				}
				t.Errorf("%s: bad text in output", name)
			}
		}
		t.Logf("%s: %v", name, time.Since(start)) // speed is measured by BenchmarkClean, not asserted here
	}
}

// render is the rendered clean text FuzzClean checks for idempotency.
func FuzzClean(f *testing.F) {
	files, _ := filepath.Glob("../../testdata/*.txt")
	sites, _ := filepath.Glob("testdata/sites/*.txt") // every site page's rendering must be a fixed point
	files = append(files, sites...)
	for _, p := range files {
		b, _ := os.ReadFile(p)
		f.Add(string(b))
	}
	f.Add("Advertisement\n\nA\n\n\xff")
	repanic = true
	defer func() { repanic = false }()
	f.Fuzz(func(t *testing.T, s string) {
		r := Clean(s)
		once := r.Render()
		twice := Clean(once).Render()
		if once != twice {
			t.Errorf("not idempotent:\n%q\n%q", once, twice)
		}
	})
}

// TestInferredTitleStaysInferred: cleaning a rendering whose title was
// inferred from a paragraph that looks like a headline (no end punctuation;
// here once its spun words are repaired) infers the same title again instead
// of promoting the paragraph. Found by FuzzClean.
func TestInferredTitleStaysInferred(t *testing.T) {
	in := "0 0 0 0 B suCCessful 0 B to clasp a0 b b 0 b 0 b\n00 0 0 0 maine !"
	once := Clean(in).Render()
	if twice := Clean(once).Render(); once != twice {
		t.Errorf("not idempotent:\n%q\n%q", once, twice)
	}
}
