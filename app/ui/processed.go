package ui

import (
	"github.com/dossierapp/dossier/app/article"
	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/search"
)

// doc is an article as the app shows it (app/article's pipeline).
type doc = article.Doc

// processVersion identifies what the pipeline makes of an article: the
// library worker runs it (the page only decodes its values), and both are
// built from the same code.
const processVersion = article.Version

// decodeDoc is article.Decode: the document from its cache value, or ok false.
func decodeDoc(a corpus.Article, hash, value, userDate string) (doc, bool) {
	return article.Decode(a, hash, value, userDate)
}

// buildIndex indexes the documents for search.
func buildIndex(docs []doc) *search.Index { return article.Index(docs) }
