package search_test

import (
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/dossierapp/dossier/app/search"
	"github.com/dossierapp/dossier/app/search/internal/benchdata"
)

var (
	corpusOnce sync.Once
	corpusDocs []search.Doc
	corpusErr  error
)

// corpus loads bbc + reuters (12,225 articles) from ../shared/corpora, or
// skips the benchmark with a clear message when the folder is absent.
func corpus(tb testing.TB) []search.Doc {
	tb.Helper()
	dir := benchdata.Dir()
	if dir == "" {
		tb.Skip("corpora not found: set DOSSIER_CORPORA or provide ../shared/corpora (bbc.jsonl, reuters21578-10k.jsonl)")
	}
	corpusOnce.Do(func() {
		var rs []benchdata.Record
		rs, corpusErr = benchdata.Load(dir, benchdata.Files...)
		corpusDocs = benchdata.Docs(rs)
	})
	if corpusErr != nil {
		tb.Fatal(corpusErr)
	}
	return corpusDocs
}

func BenchmarkBuild(b *testing.B) {
	docs := corpus(b)
	b.ReportAllocs()
	for b.Loop() {
		search.Build(docs)
	}
	b.ReportMetric(float64(len(docs)), "docs")
}

// BenchmarkSearch times one keystroke of the scripted typing sessions
// (benchdata.Typed, typed one character at a time with a corrected typo),
// Limit 10, on the whole corpus; it also reports the p50 and p95 keystroke.
func BenchmarkSearch(b *testing.B) {
	ix := search.Build(corpus(b))
	keys := benchdata.AllKeystrokes()
	var times []time.Duration
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		t := time.Now()
		ix.Search(keys[i%len(keys)], search.Options{Limit: 10})
		times = append(times, time.Since(t))
		i++
	}
	sort.Slice(times, func(a, c int) bool { return times[a] < times[c] })
	b.ReportMetric(float64(times[len(times)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(times[len(times)*95/100].Microseconds()), "p95-µs")
}

func TestCorpusKeystrokes(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	docs := corpus(t)
	start := time.Now()
	ix := search.Build(docs)
	t.Logf("build %d docs, %d terms: %v", ix.Len(), ix.Terms(), time.Since(start))
	var worst time.Duration
	worstQ := ""
	for _, k := range benchdata.AllKeystrokes() {
		s := time.Now()
		ix.Search(k, search.Options{Limit: 10})
		if d := time.Since(s); d > worst {
			worst, worstQ = d, k
		}
	}
	t.Logf("slowest keystroke %q: %v", worstQ, worst)
	for _, q := range []string{"liason offise", "pyongyng", "goverment", "tony blair election"} {
		hits := ix.Search(q, search.Options{Limit: 3})
		for _, h := range hits {
			t.Logf("%q → %s %.1f %q | %s", q, h.ID, h.Score, h.Title, h.Snippet)
		}
	}
}
