package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// commentSplit is a page of n bytes of text split by empty comments
// ("a<!---->b<!---->…"): each comment ends a text token, and a tree that
// joined each token to the text before it by copying went quadratic
// (1.9 MB took 33 s).
func commentSplit(n int) []byte {
	const unit = "word <!---->"
	var b strings.Builder
	b.Grow(n + 64)
	b.WriteString("<html><body><article><p>")
	for b.Len() < n {
		b.WriteString(unit)
	}
	b.WriteString("</p></article></body></html>")
	return []byte(b.String())
}

// TestCommentSplitLinear: 5 MiB of comment-split text, the import limit,
// is extracted in well under a second (a second is the failure line). The
// machine is shared: the fastest of three runs counts, so that another
// program's burst does not fail it. The benchmark below shows the curve.
func TestCommentSplitLinear(t *testing.T) {
	size, limit := 5<<20, time.Second
	if testing.Short() {
		// The wasm run (node) is far slower: 256 KiB in two seconds
		// there (the quadratic parser took 1.6 s natively).
		size, limit = 256<<10, 2*time.Second
	}
	page := commentSplit(size)
	best := time.Duration(1<<63 - 1)
	for range 3 {
		start := time.Now()
		r, err := Text(page)
		took := time.Since(start)
		if err != nil {
			t.Fatal(err)
		}
		if want := strings.Repeat("word ", 3); !strings.Contains(r.Text, want) || strings.Contains(r.Text, "<!--") {
			t.Fatalf("text %.80q…", r.Text)
		}
		best = min(best, took)
		if best < limit/2 {
			break
		}
	}
	t.Logf("%d KiB of comment-split text: %v (fastest run)", size>>10, best)
	if best > limit {
		t.Errorf("%d KiB of comment-split text took %v at best, want well under %v", size>>10, best, limit)
	}
}

// BenchmarkCommentSplit shows the curve at 1, 2 and 4 MiB: linear time
// doubles with the size.
func BenchmarkCommentSplit(b *testing.B) {
	for _, mib := range []int{1, 2, 4} {
		page := commentSplit(mib << 20)
		b.Run(fmt.Sprintf("%dMiB", mib), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			for b.Loop() {
				if _, err := Text(page); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
