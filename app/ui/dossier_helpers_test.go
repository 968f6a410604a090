//go:build !wasm

package ui

import (
	"errors"
	"testing"

	"github.com/dossierapp/dossier/app/article"
	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/workerproto"
)

// useDossier makes the app's state a new, empty dossier for the test's
// duration, whose library worker is a fakeWorker.
func useDossier(t *testing.T) *dossier {
	t.Helper()
	old := theDossier
	theDossier = newDossier()
	theDossier.worker = (&fakeWorker{entries: map[string]libRecord{}}).call
	t.Cleanup(func() { theDossier = old })
	return theDossier
}

// fakeWorker answers the page's requests as the library worker does, with
// app/article's pipeline: "bundle" from bundles by URL (a few articles an
// answer), "process" from the texts of entries by ID. It counts the
// requests; fail, when set, is every answer.
type fakeWorker struct {
	bundles   map[string][]corpus.Article
	entries   map[string]libRecord
	chunk     int // articles a "bundle" answer (default 2)
	calls     int
	recleaned []string // the IDs "reclean" was asked for
	fail      error
	stories   []workerproto.Story // what "stories" answers
	storied   int                 // how many times it was asked
}

func (f *fakeWorker) call(req workerproto.Request) (workerproto.Response, error) {
	f.calls++
	if f.fail != nil {
		return workerproto.Response{}, f.fail
	}
	switch req.Op {
	case workerproto.OpBundle:
		arts, ok := f.bundles[req.URL]
		if !ok {
			return workerproto.Response{}, errors.New("loading " + req.URL + ": 404")
		}
		n := f.chunk
		if n == 0 {
			n = 2
		}
		var vals [][]byte
		end := min(req.From+n, len(arts))
		for i := req.From; i < end; i++ {
			vals = append(vals, article.Encode(article.Process(arts[i], "")))
		}
		return workerproto.Response{Packed: workerproto.PackedBytes(workerproto.PackArticles(arts[req.From:end], vals)), Total: len(arts)}, nil
	case workerproto.OpProcess:
		e, ok := f.entries[req.Entry]
		if !ok {
			return workerproto.Response{}, workerproto.ErrGone
		}
		d := processOne(corpus.Article{ID: e.ID, Source: e.Name, Name: e.Name, Size: e.Size, Text: e.Text}, "")
		d.Hash = e.Hash
		return workerproto.Response{Bytes: article.Encode(d)}, nil
	case workerproto.OpReclean:
		var vals [][]byte
		for _, rc := range req.Recleans {
			f.recleaned = append(f.recleaned, rc.Entry)
			a, hash, ok := f.article(rc.Entry)
			if !ok {
				vals = append(vals, nil) // deleted meanwhile, as the worker answers
				continue
			}
			vals = append(vals, article.Encode(article.Recleaned(a, hash, rc.Lines)))
		}
		return workerproto.Response{Packed: workerproto.PackedBytes(workerproto.PackValues(vals))}, nil
	}
	if req.Op == workerproto.OpStories && f.stories != nil {
		f.storied++
		return workerproto.Response{Packed: workerproto.PackedBytes(workerproto.PackStories(f.stories))}, nil
	}
	return workerproto.Response{}, errors.New("the fake worker does not answer " + string(req.Op))
}

// process runs app/article's pipeline on every article, as the library
// worker does for the page.
func process(arts []corpus.Article, userDates map[string]string) []doc {
	docs := make([]doc, len(arts))
	for i, a := range arts {
		docs[i] = processOne(a, userDates[a.ID])
	}
	return docs
}

// processOne is article.Process.
func processOne(a corpus.Article, userDate string) doc { return article.Process(a, userDate) }

// encodeDoc is the cache value of a document, as the worker makes it.
func encodeDoc(d doc) []byte { return article.Encode(d) }

// article finds the article with the given ID in the fake's bundles and
// entries, with its content hash.
func (f *fakeWorker) article(id string) (corpus.Article, string, bool) {
	for _, arts := range f.bundles {
		for _, a := range arts {
			if a.ID == id {
				return a, "", true
			}
		}
	}
	if e, ok := f.entries[id]; ok {
		return corpus.Article{ID: e.ID, Source: e.Name, Name: e.Name, Size: e.Size, Text: e.Text}, e.Hash, true
	}
	return corpus.Article{}, "", false
}
