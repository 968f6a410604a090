package clean

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bbcPath is the BBC news corpus (2,225 clean articles), read when present;
// it is never copied into the repository.
const bbcPath = "/work/shared/corpora/bbc.jsonl"

// reutersCorpus is the 10,000 Reuters-21578 stories, read when present.
const reutersCorpus = "/work/shared/corpora/reuters21578-10k.jsonl"

// loadBBC returns up to n BBC articles' texts (all when n <= 0), or nil.
func loadBBC(tb testing.TB, n int) []string {
	tb.Helper()
	return loadJSONL(bbcPath, n)
}

// loadJSONLTexts returns the texts of every article of a JSON Lines corpus
// at path, or nil when it is absent.
func loadJSONLTexts(tb testing.TB, path string) []string {
	tb.Helper()
	return loadJSONL(path, 0)
}

// loadJSONL returns the "text" of up to n lines (all when n <= 0) of the
// JSON Lines file at path, or nil when it cannot be read.
func loadJSONL(path string, n int) []string {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() && (n <= 0 || len(out) < n) {
		var a struct {
			Text string `json:"text"`
		}
		if json.Unmarshal(sc.Bytes(), &a) == nil && a.Text != "" {
			out = append(out, a.Text)
		}
	}
	return out
}

// benchInput is the benchmark corpus: the seeds repeated, plus clean BBC
// articles when the corpus is present.
func benchInput(tb testing.TB) []string {
	files, _ := filepath.Glob("../../testdata/*.txt")
	var seeds []string
	for _, p := range files {
		d, _ := os.ReadFile(p)
		seeds = append(seeds, string(d))
	}
	var all []string
	for range 20 {
		all = append(all, seeds...)
	}
	return append(all, loadBBC(tb, 300)...)
}

func BenchmarkClean(b *testing.B) { benchClean(b, benchInput(b)) }

// benchClean cleans every text of all, once a round, in bytes a second; the
// table is loaded before the clock starts.
func benchClean(b *testing.B, all []string) {
	n := 0
	for _, s := range all {
		n += len(s)
	}
	Clean(all[0]) // load the table
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range all {
			Clean(s)
		}
	}
}

// BenchmarkCleanSeeds cleans the five seeds only.
func BenchmarkCleanSeeds(b *testing.B) {
	files, _ := filepath.Glob("../../testdata/*.txt")
	var all []string
	n := 0
	for _, p := range files {
		d, _ := os.ReadFile(p)
		all = append(all, string(d))
		n += len(d)
	}
	Clean(all[2])
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range all {
			Clean(s)
		}
	}
}

// TestBBC cleans every BBC article (clean text, no boilerplate): nothing may
// be repaired, and hardly anything removed.
func TestBBC(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	arts := loadBBC(t, 0)
	if arts == nil {
		t.Skip(bbcPath + " absent")
	}
	var paras, removed, repairs int
	var examples []string
	for _, a := range arts {
		r := Clean(a)
		repairs += len(r.Repairs())
		for _, s := range r.Repairs() {
			if len(examples) < 10 {
				examples = append(examples, "repair "+s.Original+"→"+s.Text)
			}
		}
		for _, b := range r.Blocks {
			if b.Removed == ReasonEmpty {
				continue
			}
			paras++
			if b.Removed != "" {
				removed++
				if len(examples) < 80 {
					examples = append(examples, b.Removed+": "+b.Source())
				}
				continue
			}
			for _, s := range b.Segments {
				if s.Removed != "" {
					removed++
					if len(examples) < 80 {
						examples = append(examples, s.Removed+" (span): "+s.Text)
					}
				}
			}
		}
	}
	t.Logf("BBC: %d articles, %d blocks, %d removed (%.3f%%), %d repairs", len(arts), paras, removed,
		100*float64(removed)/float64(max(paras, 1)), repairs)
	if len(examples) > 0 {
		t.Logf("examples:\n%s", strings.Join(examples, "\n"))
	}
	if repairs != 0 {
		t.Errorf("%d repairs in clean BBC text", repairs)
	}
	if removed*1000 > paras*5 { // at most 0.5% of blocks
		t.Errorf("%d of %d BBC blocks removed", removed, paras)
	}
}
