//go:build !wasm

package main

import (
	"github.com/dossierapp/dossier/app/clean"
	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/timeline"
)

// cleanJSON is one article of `dossier clean --json`: the cleanup's fields
// and the dated events its sentences mention.
type cleanJSON struct {
	clean.JSONArticle
	Events []timeline.JSONEvent `json:"events"`
}

// articleJSON is an article's cleanup r with its events resolved.
func articleJSON(a corpus.Article, r clean.Result) cleanJSON {
	return cleanJSON{
		JSONArticle: r.JSON(a.Source),
		Events:      timeline.JSON(timeline.Events(timeline.DocOf(a.ID, r, ""))),
	}
}
