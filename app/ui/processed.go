package ui

import (
	"github.com/dossierapp/dossier/app/clean"
	"github.com/dossierapp/dossier/app/corpus"
)

// doc is an article as the app shows it: the raw original and its cleanup.
type doc struct {
	corpus.Article
	clean.Result
	removed  int // removed blocks and spans
	repaired int // repaired words
}

// process cleans every article. It runs in the browser (and on the server for
// prerendering), so reading never depends on a network.
func process(arts []corpus.Article) []doc {
	docs := make([]doc, len(arts))
	for i, a := range arts {
		docs[i] = processOne(a)
	}
	return docs
}

func processOne(a corpus.Article) doc {
	r := clean.Clean(a.Text)
	d := doc{Article: a, Result: r}
	for _, b := range r.Blocks {
		if b.Removed != "" {
			if b.Removed != clean.ReasonEmpty {
				d.removed++
			}
			continue
		}
		for _, s := range b.Segments {
			switch {
			case s.Removed != "":
				d.removed++
			case s.Original != "":
				d.repaired++
			}
		}
	}
	return d
}

// displayTitle is the title to show: the cleaned headline, else the file name.
func (d doc) displayTitle() string {
	if d.Title != "" {
		return d.Title
	}
	return d.Name
}
