//go:build !wasm

package main

import (
	"github.com/dossierapp/dossier/app/article"
	"github.com/dossierapp/dossier/app/clean"
	"github.com/dossierapp/dossier/app/timeline"
)

// cleanJSON is one article of `dossier clean --json`: the cleanup's fields
// and the dated events its sentences mention.
type cleanJSON struct {
	clean.JSONArticle
	Events []timeline.JSONEvent `json:"events"`
}

// articleJSON is a cleaned article with its events resolved (app/article's
// first steps).
func articleJSON(d article.Doc) cleanJSON {
	a := d.Article
	d.SetUserDate("")
	return cleanJSON{
		JSONArticle: d.Result.JSON(a.Source),
		Events:      timeline.JSON(d.Events),
	}
}
