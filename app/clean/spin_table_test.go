package clean

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestNewsModelLookupMatchesTable checks the in-place lookups of the news
// model against a full parse of the table: every word gives its count and
// class, every listed pair its count, and an unlisted second word none.
func TestNewsModelLookupMatchesTable(t *testing.T) {
	tab := loadTable()
	lines, classes := 0, 0
	for _, line := range strings.Split(SpinTableData(), "\n") {
		f := strings.Fields(line)
		if len(f) < 3 || f[0] != "g" {
			continue
		}
		lines++
		want, _ := strconv.Atoi(f[2])
		q, class, pairs, ok := tab.lm.word(f[1])
		if !ok || q != want {
			t.Errorf("g %s: count %d, %v; want %d", f[1], q, ok, want)
		}
		from, wantClass := 3, noClass
		if len(f) > 3 && f[3][0] >= '0' && f[3][0] <= '9' { // the word's class
			from, wantClass = 4, atoi(f[3])
			classes++
		}
		if class != wantClass {
			t.Errorf("g %s: class %d, want %d", f[1], class, wantClass)
		}
		for i := from; i+1 < len(f); i += 2 {
			want, _ := strconv.Atoi(f[i+1])
			if got, ok := pair(pairs, f[i]); !ok || got != want {
				t.Errorf("g %s %s: got %d want %d", f[1], f[i], got, want)
			}
		}
		if _, ok := pair(pairs, "zzznotaword"); ok {
			t.Errorf("g %s: an unlisted word has a count", f[1])
		}
	}
	if lines < 10000 || tab.lm.total < 1e6 || classes < 3000 {
		t.Errorf("news model: %d words (%d with a class), %.0f counted", lines, classes, tab.lm.total)
	}
}

// TestSpinTableSorted checks what the lookups' binary search relies on: the
// table lists the lines of each kind (spun words, "g") in the byte order
// of their words, each word once, and every line can be found, whole.
func TestSpinTableSorted(t *testing.T) {
	tab := loadTable()
	for name, l := range map[string]*lines{"spun": &tab.spun, "g": &tab.lm.lines} {
		n, prev := 0, ""
		l.each(func(line string) {
			n++
			w := lineWord(line)
			if n > 1 && prev >= w {
				t.Errorf("%s: %q before %q", name, prev, w)
			}
			prev = w
			if (name == "g") != (line[0] == 'g') {
				t.Errorf("%s: line %.20q", name, line)
			}
			if got, ok := l.find(w); !ok || got != line {
				t.Errorf("%s: find(%q) = %.40q, %v; want %.40q", name, w, got, ok, line)
			}
			// A word just before or after this one is absent.
			for _, x := range []string{w + "~", w[:len(w)-1] + string(w[len(w)-1]-1) + "~"} {
				if got, ok := l.find(x); ok {
					t.Errorf("%s: find(%q) = %.40q", name, x, got)
				}
			}
		})
		if n < 1000 || len(l.samples) < 100 {
			t.Fatalf("%s: %d lines, %d samples", name, n, len(l.samples))
		}
		for _, w := range []string{"", "zzzz", "aardvarkx", "~", "!", "a b"} {
			if line, ok := l.find(w); ok {
				t.Errorf("%s: find(%q) = %q", name, w, line)
			}
		}
	}
}

// TestLinesSmall checks the sampled lookup on a section of long and short
// lines, where samples fall inside long lines and groups hold one line.
func TestLinesSmall(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("# c\n")
	var words []string
	for i := range 200 {
		w := fmt.Sprintf("w%03d", i)
		words = append(words, w)
		sb.WriteString("g " + w + " " + strings.Repeat("x", (i*37)%(3*sampleStep)) + "\n")
	}
	data := sb.String()
	var l lines
	l.sample(data, 4, len(data))
	if len(l.samples) < 50 {
		t.Fatalf("%d samples", len(l.samples))
	}
	for i, w := range words {
		line, ok := l.find(w)
		if want := "g " + w + " " + strings.Repeat("x", (i*37)%(3*sampleStep)); !ok || line != want {
			t.Errorf("find(%q) = %.30q, %v", w, line, ok)
		}
		if _, ok := l.find(w + "a"); ok {
			t.Errorf("find(%q) found", w+"a")
		}
	}
	if _, ok := l.find("a"); ok {
		t.Error("find(a) found")
	}
}

// TestRareFilter checks that the filter of rare spun words lets every one
// of them through.
func TestRareFilter(t *testing.T) {
	tab := loadTable()
	n := 0
	tab.spun.each(func(line string) {
		w := lineWord(line)
		if e, _ := tab.entry(w); e.rare {
			n++
			if !tab.mayBeRare(w) {
				t.Errorf("%q: rare, filtered out", w)
			}
		}
	})
	if n < 1000 {
		t.Errorf("%d rare spun words", n)
	}
}

// BenchmarkLoadSpinTable measures what the first article cleaned pays to
// load the spin table (in the browser, on the first render's path).
func BenchmarkLoadSpinTable(b *testing.B) {
	data := SpinTableData()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		indexTable(data)
	}
}

// BenchmarkFirstCleanSeeds measures a first visit: the spin table given
// afresh (as the app gives it once fetched), then the five seeds cleaned
// with nothing cached.
func BenchmarkFirstCleanSeeds(b *testing.B) {
	data := SpinTableData()
	files, _ := filepath.Glob("../../testdata/*.txt")
	var all []string
	for _, p := range files {
		d, _ := os.ReadFile(p)
		all = append(all, string(d))
	}
	defer SetSpinTable(data)
	for b.Loop() {
		SetSpinTable(data)
		for _, s := range all {
			Clean(s)
		}
	}
}

// TestSectionEnd checks the search for the end of a section.
func TestSectionEnd(t *testing.T) {
	in := func(k byte) bool { return k == 's' }
	for _, c := range []struct {
		data string
		lo   int
		want int
	}{
		{"s a\ns b\ng c\n", 0, 8},
		{"s aaaaaaaaaaaaaaaaa\ng c\n", 0, 20},
		{"# x\ns a\ng ccccccccccccccccccccc\ng d\nt total 3\n", 4, 8},
		{"# x\ng c\n", 4, 4},
		{"s a\ns b\n", 0, 8},
		{"", 0, 0},
	} {
		if got := sectionEnd(c.data, c.lo, in); got != c.want {
			t.Errorf("sectionEnd(%q, %d) = %d, want %d", c.data, c.lo, got, c.want)
		}
	}
}
