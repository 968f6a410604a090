package workerproto

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dossierapp/dossier/app/corpus"
)

// TestWorkAhead: between the page's requests the worker makes the values
// the next request brings, each article once, the helper's part left to
// the helper; the answers are those made without working ahead, and the
// requests find them made.
func TestWorkAhead(t *testing.T) {
	const n = 1000
	for _, helper := range []bool{false, true} {
		t.Run(fmt.Sprint("helper=", helper), func(t *testing.T) {
			p := &fakePipeline{bundles: map[string][]corpus.Article{"/b.json": articles(n)}}
			var marks []string
			w := newTestWorker(newMemStore())
			w.Pipeline, w.ChunkTime = p, 0 // one article an answer, unless made ahead
			w.Mark = func(m string) { marks = append(marks, m) }
			h := newFakeHelper(0)
			if helper {
				w.Helper = h
			}
			w.PrefetchBundle("/b.json", "H")
			if w.Ahead() {
				t.Fatal("the worker works ahead before the page asked for the bundle")
			}
			var vals []string
			requests := 0
			for len(vals) < n {
				res := w.Handle(Request{Op: OpBundle, URL: "/b.json", Head: "H", From: len(vals)})
				requests++
				if res.Err != nil {
					t.Fatal(res.Err)
				}
				_, vs, err := UnpackArticles(res.Packed.PackedData())
				if err != nil {
					t.Fatal(err)
				}
				vals = append(vals, vs...)
				for range 3 {
					w.WorkAhead(time.Hour) // at least one article each time, the rest at once
				}
			}
			if w.Ahead() {
				t.Error("the worker still works ahead with every value made")
			}
			checkBundle(t, vals, n, p, h)
			if requests > 3 {
				t.Errorf("%d requests: the values made ahead did not come with the next", requests)
			}
			if helper && len(h.processed) == 0 {
				t.Error("the helper got no batch while the worker worked ahead")
			}
			done := 0
			for _, m := range marks {
				if strings.HasPrefix(m, "w-processed-") {
					done++
				}
			}
			if done != 1 {
				t.Errorf("marks %q: want one w-processed-…", marks)
			}
		})
	}
}
