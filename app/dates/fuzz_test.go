package dates

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"On July 27, 1953, the war ended.", "early Tuesday", "September last year",
		"2024-03-25 25/03/2024 03/04/2024 2018-19", "the 1990s mid-2023", "$2 2:50 10,000",
		"Friday's", "’s", "May", "1999s 2000st", "two days ago", "\xff\xfe March 5",
		"Sept. 5", "the day before", "over the weekend", "", "U.S. Jan. 5. Mr.",
		"up 30 pct from the beginning of", "at the end of", "the start of", "the middle of",
	} {
		f.Add(s, int64(0))
	}
	f.Fuzz(func(t *testing.T, s string, days int64) {
		a := Anchor{}
		if days%3 != 0 {
			a = Anchor{Date: time.Unix((days%200000)*86400, 0).UTC(), Known: true}
		}
		for _, e := range Find(s, a) {
			if e.Start < 0 || e.End > len(s) || e.Start >= e.End || s[e.Start:e.End] != e.Text {
				t.Fatalf("bad offsets %+v in %q", e, s)
			}
			if e.Resolved != (e.Date != "") || (e.Relative && !a.Known && e.Resolved) {
				t.Fatalf("bad resolution %+v", e)
			}
		}
		for _, b := range SentenceBounds(s) {
			if b[0] < 0 || b[1] > len(s) || b[0] >= b[1] {
				t.Fatalf("bad sentence bound %v in %q", b, s)
			}
		}
	})
}

// TestLargeInput checks that a 1 MB input is handled in bounded time.
func TestLargeInput(t *testing.T) {
	unit := "On Tuesday, 10,000 troops were deployed since 2018 and in September last year, he said. "
	s := strings.Repeat(unit, (1<<20)/len(unit)+1)
	start := time.Now()
	got := Find(s, AnchorOn(2024, 3, 25))
	n := len(SentenceBounds(s))
	el := time.Since(start)
	if len(got) == 0 || n == 0 {
		t.Fatal("nothing found")
	}
	limit := 5 * time.Second
	if runtime.GOOS == "js" {
		limit = 30 * time.Second // node's wasm is an order of magnitude slower
	}
	if el > limit {
		t.Fatalf("1 MB took %v", el)
	}
	t.Logf("1 MB: %d expressions, %d sentences in %v", len(got), n, el)
}

func BenchmarkFind(b *testing.B) {
	s := "The Kremlin on Tuesday called for restraint after North Korea blew up a liaison office, in use since 2018, in September last year."
	a := AnchorOn(2024, 3, 25)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Find(s, a)
	}
}

// BenchmarkFindSeeds runs Find over every sentence of the five seed
// articles, dated text of the kind Dossier reads.
func BenchmarkFindSeeds(b *testing.B) {
	files, _ := filepath.Glob("../../testdata/*.txt")
	var sentences []string
	size := 0
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		for _, para := range strings.Split(string(data), "\n") {
			for _, s := range Sentences(para) {
				sentences = append(sentences, s)
				size += len(s)
			}
		}
	}
	if len(sentences) == 0 {
		b.Skip("no seed articles")
	}
	a := AnchorOn(2024, 3, 25)
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, s := range sentences {
			Find(s, a)
		}
	}
}
