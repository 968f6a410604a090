//go:build !wasm

package main

import (
	"github.com/dossierapp/dossier/app/article"
	"github.com/dossierapp/dossier/app/clean"
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

// articleJSON is a cleaned article with its temporal expressions resolved
// against the date it states.
func articleJSON(d article.Doc) cleanJSON {
	a := d.Article
	return cleanJSON{
		JSONArticle: d.Result.JSON(a.Source),
		Events:      timeline.JSON(timeline.Mentions(timeline.DocOf(a.ID, d.Result, ""))),
	}
}
