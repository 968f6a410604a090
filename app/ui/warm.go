package ui

import (
	"encoding/json"
	"runtime"
	"strings"

	"github.com/dossierapp/dossier/app/article"
	"github.com/dossierapp/dossier/app/clean"
	"github.com/dossierapp/dossier/app/corpus"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Warm runs, once, code that the page's start runs, outside the page: in
// the worker that compiled the page's wasm (web/wasm-compile.js, the
// "-warm" run of cmd/dossier's main), where there is no document. The
// engine compiles a wasm function on its first call, on the thread that
// calls it, and keeps the code for every instance of the module, so the
// page then finds it compiled instead of compiling it on its own thread.
// Warm declares the routes, collects garbage once (the collector's code),
// decodes JSON as go-app's start does, puts two made-up articles in the
// dossier as the bundled ones are (their copy keys, the search index, the
// copies), and renders the page at path (the one the page shows first) to
// HTML: its components' Render and go-app's elements, without mounting
// them. A step that fails is skipped; its state is thrown away with the
// worker's instance. WarmSearch warms a first keystroke's code.
func Warm(path string) {
	Register()
	warmStep(runtime.GC)
	warmStep(func() {
		var v struct {
			A []string
			M map[string]int
			B bool
		}
		json.Unmarshal([]byte(`{"A":["/web/a.css"],"M":{"x":1},"B":true}`), &v)
	})
	warmStep(func() {
		docs := warmDocs()
		theDossier.WarmCopyKeys(docs, func() {})
		theDossier.SetBundled(docs, nil, nil)
		theDossier.SetProcessing(len(docs), len(docs))
	})
	warmStep(func() { app.HTMLString(warmPage(path)) })
}

// WarmSearch runs, after Warm, the code of a reader's first keystroke in
// the library: a search of the made-up articles, its snippets and the
// results' render, which no page shows at its start. The worker runs it
// once the page has started (on the seeds, the page's thread compiled 140
// wasm functions for a first keystroke before it, 58 with it).
func WarmSearch() {
	warmStep(func() { app.HTMLString(warmSearch()) })
}

// warmQuery is a misspelt query for the made-up articles: its search takes
// the fuzzy path as well as the exact one.
const warmQuery = "tlks geneva"

// warmSearch is the library page showing the results of warmQuery, as
// after a reader's first keystroke.
func warmSearch() app.UI {
	p := newLibraryPage()
	p.query = warmQuery
	p.find()
	return p
}

// warmDocs are two made-up articles from two sources, processed: a title,
// a date and two paragraphs each.
func warmDocs() []doc {
	var docs []doc
	for i, src := range []string{"warm/one.txt", "warm/two.txt"} {
		para := func(text string) clean.Block {
			return clean.Block{Kind: "paragraph", Segments: []clean.Segment{{Text: text}}}
		}
		r := clean.Result{
			Title:     "Talks resume in Geneva",
			Publisher: "The Daily Warm",
			Date:      "2024-03-0" + string(rune('1'+i)),
			Blocks: []clean.Block{
				{Kind: "title", Segments: []clean.Segment{{Text: "Talks resume in Geneva"}}},
				para("The ministers met on Monday and agreed to meet again in April."),
				para("Officials said the talks would continue next week."),
			},
		}
		docs = append(docs, article.New(corpus.Article{ID: "warm-" + string(rune('a'+i)), Source: src, Name: src[5:], Size: 120}, r))
	}
	return docs
}

// warmPage is the page component of the route path is on (see Register),
// set to show what warmDocs makes.
func warmPage(path string) app.UI {
	switch {
	case path == PathTimeline:
		return newTimelinePage()
	case path == PathAbout:
		return newAboutPage()
	case strings.HasPrefix(path, "/a/"):
		// The first made-up article: an article page renders it as a
		// reader's article is.
		return &readerPage{id: warmDocs()[0].ID}
	}
	return newLibraryPage()
}

// warmStep runs f, recovering from its panic.
func warmStep(f func()) {
	defer func() { recover() }()
	f()
}
