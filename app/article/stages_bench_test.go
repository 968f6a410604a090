package article

import (
	"testing"

	"github.com/dossierapp/dossier/app/timeline"
)

// BenchmarkProcessStages times each step of the pipeline (and what the
// page and the story clustering do with a value) on the first 500 Reuters
// stories, per article: where a first visit's time goes. Under
// GOOS=js GOARCH=wasm (node) it measures the worker's wasm, as the worker
// is built only with the Makefile's WASM_GCFLAGS (which inline less: the
// events stage takes about a third longer with them):
//
//	PATH="$(go env GOROOT)/lib/wasm:$PATH" GOOS=js GOARCH=wasm go test -run '^$' -bench ProcessStages ./app/article
//	(add the gcflags of the Makefile's WASM_GCFLAGS to measure what the worker runs)
func BenchmarkProcessStages(b *testing.B) {
	arts := reutersArticles(b, 500)
	docs := make([]Doc, len(arts))
	for i, a := range arts {
		docs[i] = Process(a, "")
	}
	vals := make([]string, len(arts))
	for i, d := range docs {
		vals[i] = string(Encode(d))
	}
	stage := func(name string, fn func(i int)) {
		b.Run(name, func(b *testing.B) {
			cpu := cpuTime()
			for b.Loop() {
				for i := range arts {
					fn(i)
				}
			}
			b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/float64(b.N*len(arts)), "cpu-µs/article")
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(arts)), "µs/article")
		})
	}
	stage("clean", func(i int) { _ = Clean(arts[i]) })
	stage("events", func(i int) { d := docs[i]; d.SetUserDate("") })
	stage("names", func(i int) { d := docs[i]; d.FindNames() })
	stage("encode", func(i int) { _ = Encode(docs[i]) })
	stage("decode", func(i int) { _, _ = Decode(arts[i], "", vals[i], "") })
	stage("searchdoc", func(i int) { _ = docs[i].SearchDoc() })
	stage("docof", func(i int) { _ = timeline.DocOf(docs[i].ID, docs[i].Result, "") })
}
