package main

import (
	"github.com/dossierapp/dossier/app/article"
	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/timeline"
	"github.com/dossierapp/dossier/app/workerproto"
)

// storiesOf clusters the articles into stories from their values as the
// page's timeline does (app/ui's clustersOf): each article's cleaned text
// and title, no date. An article whose value does not decode is in none
// (the page, which cannot read it either, then clusters its own
// articles). The library worker runs it for the page (worker_pipeline.go),
// the server for the values it serves (prebuilt.go).
func storiesOf(arts []corpus.Article, values [][]byte) []workerproto.Story {
	docs := make([]timeline.Doc, 0, len(arts))
	at := make(map[string]int, len(arts))
	for i, a := range arts {
		d, ok := article.Decode(a, "", string(values[i]), "")
		if !ok {
			continue
		}
		td := timeline.DocOf(d.ID, d.Result, "")
		td.Title = d.DisplayTitle()
		docs = append(docs, td)
		at[a.ID] = i
	}
	cs := timeline.Clusters(docs)
	out := make([]workerproto.Story, len(cs))
	for i, c := range cs {
		out[i].Label = c.Label
		for _, id := range c.DocIDs {
			out[i].Members = append(out[i].Members, at[id])
		}
	}
	return out
}
