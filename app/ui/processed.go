package ui

import (
	"time"

	"github.com/dossierapp/dossier/app/article"
	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/search"
)

// doc is an article as the app shows it (app/article's pipeline).
type doc = article.Doc

// process runs app/article's pipeline on every article. It runs in the
// browser (and on the server for prerendering), so reading never depends on
// a network. In the browser it lets the page's thread run (input, paint)
// between articles every slice of work.
func process(arts []corpus.Article, userDates map[string]string) []doc {
	docs := make([]doc, len(arts))
	for i, a := range arts {
		docs[i] = processOne(a, userDates[a.ID])
		pause()
	}
	return docs
}

// processVersion identifies what processOne makes of an article.
const processVersion = article.Version

// processOne is article.Process, step by step: it may let the page draw
// between the steps (see pause): on a first visit each runs code the
// browser compiles on its first call, and the three together would hold
// the page's thread too long.
func processOne(a corpus.Article, userDate string) doc {
	t0 := time.Now()
	d := article.Clean(a)
	theDossier.clean.add(time.Since(t0))
	pause()
	d.SetUserDate(userDate)
	pause()
	d.FindNames()
	return d
}

// encodeDoc is the cache value of a processed imported document.
func encodeDoc(d doc) []byte { return article.Encode(d) }

// decodeDoc is article.Decode: the document from its cache value, or ok false.
func decodeDoc(a corpus.Article, hash, value, userDate string) (doc, bool) {
	return article.Decode(a, hash, value, userDate)
}

// buildIndex indexes the documents for search.
func buildIndex(docs []doc) *search.Index { return article.Index(docs) }
