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
	docs := make([]article.Doc, 0, len(arts))
	at := make([]int, 0, len(arts))
	for i, a := range arts {
		if d, ok := article.Decode(a, "", string(values[i]), ""); ok {
			docs, at = append(docs, d), append(at, i)
		}
	}
	return storiesOfDocs(docs, at)
}

// storiesOfDocs clusters docs into stories as storiesOf does, each story's
// members given by at (the index of each document among the articles).
func storiesOfDocs(docs []article.Doc, at []int) []workerproto.Story {
	tds := make([]timeline.Doc, len(docs))
	index := make(map[string]int, len(docs))
	for i, d := range docs {
		tds[i] = timeline.DocOf(d.ID, d.Result, "")
		tds[i].Title = d.DisplayTitle()
		index[d.ID] = at[i]
	}
	cs := timeline.Clusters(tds)
	out := make([]workerproto.Story, len(cs))
	for i, c := range cs {
		out[i].Label = c.Label
		for _, id := range c.DocIDs {
			out[i].Members = append(out[i].Members, index[id])
		}
	}
	return out
}
