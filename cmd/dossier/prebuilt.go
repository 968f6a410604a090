//go:build !wasm

package main

import (
	"flag"
	"maps"
	"net/http"
	"slices"

	"github.com/dossierapp/dossier/app/article"
	"github.com/dossierapp/dossier/app/clean"
	"github.com/dossierapp/dossier/app/doccache"
	"github.com/dossierapp/dossier/app/workerproto"
)

// The server processes every bundled article for its prerendered pages;
// it also serves what it made (ui.PrebuiltPath, workerproto.PackPrebuilt),
// so that a first visit's library worker reads the values instead of
// making them again: on the 10,000 Reuters stories, the timeline of a
// first visit is drawn in 5.3-6.5 s instead of 17.8 s on a 2-core machine
// (a phone would spend longer). The worker takes them only when they were made
// for the same articles by the same pipeline, and processes the articles
// itself when the server has none (still processing, or --prebuilt=false).

// prebuiltValues packs the processed articles docs of the site's bundle as
// the worker would have made them (a bundled article's hash is ""), with
// the pages the page will have the worker clean again without their
// sites' template lines (ui's dossier.ApplyTemplates) cleaned so, the
// stories the worker would cluster of them then (storiesOf), and the
// copies the page would find (ui's findCopies).
func (s *site) prebuiltValues(docs []article.Doc) (data, zipped []byte) {
	arts := s.bundle.Articles
	p := workerproto.Prebuilt{Values: make([][]byte, len(docs))}
	for i, d := range docs {
		d.Hash = ""
		p.Values[i] = article.Encode(d)
	}
	tpl := article.TemplateLines(docs)
	view := slices.Clone(docs) // as the page has them once it took those cleaned again
	at := make([]int, len(docs))
	for i := range at {
		at[i] = i
	}
	for _, i := range slices.Sorted(maps.Keys(tpl)) {
		view[i] = article.Recleaned(arts[i], "", tpl[i])
		p.Recleans = append(p.Recleans, workerproto.Reclean{Entry: arts[i].ID, Lines: tpl[i]})
		p.Recleaned = append(p.Recleaned, article.Encode(view[i]))
	}
	p.Stories = workerproto.PackStories(storiesOfDocs(view, at))
	keys := make([]clean.CopyKey, len(docs))
	spin := make([]float64, len(docs))
	for i, d := range docs {
		keys[i], spin[i] = clean.KeyOf(d.Result), d.Spin
	}
	p.Copies = clean.CopyOf(keys, spin)
	data = workerproto.PackPrebuilt(doccache.Head(article.Version), arts, p)
	return data, gzipBytes(data)
}

// servePrebuilt serves the prebuilt values once every article is
// processed; before, or when the site makes none, the worker is told to
// process the articles itself (and not to keep that answer).
func (s *site) servePrebuilt(w http.ResponseWriter, r *http.Request) {
	select {
	case <-s.proc.ready:
	default:
		w.Header().Set("Cache-Control", "no-store")
		http.Error(w, "the articles are still being processed", http.StatusServiceUnavailable)
		return
	}
	if s.prebuilt == nil {
		w.Header().Set("Cache-Control", "no-store")
		http.NotFound(w, r)
		return
	}
	s.serveData(w, r, "application/octet-stream", s.prebuilt, s.prebuiltGzip)
}

// prebuiltFlag declares --prebuilt on fs (serve and build).
func prebuiltFlag(fs *flag.FlagSet) *bool {
	return fs.Bool("prebuilt", true, "serve the articles as this command processed them, so that a browser's first visit does not process them again; false: the browser processes every article itself")
}
