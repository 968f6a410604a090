package article

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/dossierapp/dossier/app/corpus"
)

func BenchmarkZZProcessReuters(b *testing.B) {
	f, err := os.Open("/work/shared/corpora/reuters21578-10k.jsonl")
	if err != nil {
		b.Skip()
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	var arts []corpus.Article
	for sc.Scan() && len(arts) < 500 {
		var a struct{ ID, Text string }
		json.Unmarshal(sc.Bytes(), &a)
		arts = append(arts, corpus.Article{ID: a.ID, Text: a.Text, Name: a.ID + ".txt"})
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			d := Process(a, "")
			_ = Encode(d)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(arts)), "µs/article")
}
