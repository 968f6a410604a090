package article

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/dossierapp/dossier/app/corpus"
)

// reutersPath is the Reuters corpus beside the repository (test data; see
// ../shared/corpora/README.md).
const reutersPath = "../../../shared/corpora/reuters21578-10k.jsonl"

// BenchmarkProcessNews runs the whole pipeline (Process, then Encode, as
// the library worker does) on the first 500 Reuters stories: the cost of an
// article on a first visit. Under GOOS=js GOARCH=wasm (node) it measures the
// worker's wasm:
//
//	PATH="$(go env GOROOT)/lib/wasm:$PATH" GOOS=js GOARCH=wasm go test -run '^$' -bench ProcessNews ./app/article
func BenchmarkProcessNews(b *testing.B) {
	arts := reutersArticles(b, 500)
	size := 0
	for _, a := range arts {
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, a := range arts {
			_ = Encode(Process(a, ""))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(arts)), "µs/article")
}

// reutersArticles reads the first n Reuters stories (skipping the
// benchmark when the corpus is absent).
func reutersArticles(b *testing.B, n int) []corpus.Article {
	f, err := os.Open(reutersPath)
	if err != nil {
		b.Skip(reutersPath + " absent")
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	var arts []corpus.Article
	for sc.Scan() && len(arts) < n {
		var a struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		arts = append(arts, corpus.Article{ID: a.ID, Text: a.Text, Name: a.ID + ".txt"})
	}
	return arts
}
