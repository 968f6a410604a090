package clean

import (
	"strconv"
	"strings"
	"testing"
)

// TestNewsModelLookupMatchesTable checks the in-place lookups of the news
// model against a full parse of the table: every word gives its count, every
// listed pair its count, and an unlisted second word none.
func TestNewsModelLookupMatchesTable(t *testing.T) {
	tab := loadTable()
	lines := 0
	for _, line := range strings.Split(SpinTableData(), "\n") {
		f := strings.Fields(line)
		if len(f) < 3 || f[0] != "g" {
			continue
		}
		lines++
		want, _ := strconv.Atoi(f[2])
		q, pairs, ok := tab.lm.word(f[1])
		if !ok || q != want {
			t.Errorf("g %s: count %d, %v; want %d", f[1], q, ok, want)
		}
		for i := 3; i+1 < len(f); i += 2 {
			want, _ := strconv.Atoi(f[i+1])
			if got, ok := pair(pairs, f[i]); !ok || got != want {
				t.Errorf("g %s %s: got %d want %d", f[1], f[i], got, want)
			}
		}
		if _, ok := pair(pairs, "zzznotaword"); ok {
			t.Errorf("g %s: an unlisted word has a count", f[1])
		}
	}
	if lines < 10000 || tab.lm.total < 1e6 {
		t.Errorf("news model: %d words, %.0f counted", lines, tab.lm.total)
	}
}

// TestSpinTableSorted checks what the lookups' binary search relies on: the
// table lists the lines of each kind (spun words, "g") in the byte order
// of their words, each word once, and every line can be found.
func TestSpinTableSorted(t *testing.T) {
	tab := loadTable()
	for name, l := range map[string]*lines{"spun": &tab.spun, "g": &tab.lm.lines} {
		if len(l.starts) < 100 {
			t.Fatalf("%s: %d lines", name, len(l.starts))
		}
		for i := range l.starts {
			if i > 0 && l.word(i-1) >= l.word(i) {
				t.Errorf("%s: %q before %q", name, l.word(i-1), l.word(i))
			}
			w := l.word(i)
			line, ok := l.find(w)
			if !ok || !strings.HasPrefix(line, l.data[l.starts[i]:l.starts[i]+2]+w+" ") || strings.Contains(line, "\n") {
				t.Errorf("%s: find(%q) = %q, %v", name, w, line, ok)
			}
		}
		for _, w := range []string{"", "zzzz", "aardvarkx", "~"} {
			if line, ok := l.find(w); ok {
				t.Errorf("%s: find(%q) = %q", name, w, line)
			}
		}
	}
}

// TestRareFilter checks that the filter of rare spun words lets every one
// of them through.
func TestRareFilter(t *testing.T) {
	tab := loadTable()
	n := 0
	for i := range tab.spun.starts {
		w := tab.spun.word(i)
		if e, _ := tab.entry(w); e.rare {
			n++
			if !tab.mayBeRare(w) {
				t.Errorf("%q: rare, filtered out", w)
			}
		}
	}
	if n < 1000 {
		t.Errorf("%d rare spun words", n)
	}
}

// BenchmarkIndexTable measures what the first article cleaned pays to index
// the spin table (in the browser, on the first render's path).
func BenchmarkIndexTable(b *testing.B) {
	data := SpinTableData()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		indexTable(data)
	}
}
