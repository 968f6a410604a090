package clean

import (
	"strconv"
	"strings"
	"testing"
)

// TestBigramLookupMatchesTable checks the in-place bigram lookup against a
// full parse of the table: every listed pair gives its count, and an
// unlisted second word gives none.
func TestBigramLookupMatchesTable(t *testing.T) {
	tab := loadTable()
	data := SpinTableData()
	for _, line := range strings.Split(data, "\n") {
		f := strings.Fields(line)
		if len(f) < 3 || (f[0] != "b" && f[0] != "n") {
			continue
		}
		g := tab.bi
		if f[0] == "n" {
			g = tab.news
		}
		for i := 2; i+1 < len(f); i += 2 {
			want, _ := strconv.Atoi(f[i+1])
			if got := g.count(f[1], f[i]); got != want {
				t.Errorf("%s %s %s: got %d want %d", f[0], f[1], f[i], got, want)
			}
		}
		if g.count(f[1], "zzznotaword") != 0 {
			t.Errorf("%s %s: an unlisted word has a count", f[0], f[1])
		}
	}
}

// TestSpinTableSorted checks what the lookups' binary search relies on: the
// table lists the lines of each kind (spun words, "b", "n") in the byte order
// of their words, each word once, and every line can be found.
func TestSpinTableSorted(t *testing.T) {
	tab := loadTable()
	for name, l := range map[string]*lines{"spun": &tab.spun, "b": &tab.bi.lines, "n": &tab.news.lines} {
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
