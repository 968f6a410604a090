//go:build !wasm

package main

import (
	"github.com/dossierapp/dossier/app/clean"
	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/timeline"
)

// cleanJSON is one article of `dossier clean --json`: the cleanup's fields
// and the temporal expressions its sentences mention (timeline.Mentions:
// the timeline's events and the references to the present, past and future
// it does not place).
type cleanJSON struct {
	clean.JSONArticle
	Events []timeline.JSONEvent `json:"events"`
}

// articleJSON cleans an article and resolves its events.
func articleJSON(a corpus.Article) cleanJSON {
	r := clean.Clean(a.Text)
	return cleanJSON{
		JSONArticle: r.JSON(a.Source),
		Events:      timeline.JSON(timeline.Mentions(timeline.DocOf(a.ID, r, ""))),
	}
}
