// Package article is the one pipeline from a raw article to what the app
// shows and indexes: cleanup (app/clean), dated events (app/timeline),
// people and places (app/names), and the search document (app/search). The
// app (app/ui), the CLI (`dossier search`, `dossier clean`) and the tests
// all call it, so the command line finds and ranks what the search box does.
//
// It is plain Go (no browser code) and compiles for GOOS=js GOARCH=wasm.
package article

import (
	"strings"

	"github.com/dossierapp/dossier/app/clean"
	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/names"
	"github.com/dossierapp/dossier/app/search"
	"github.com/dossierapp/dossier/app/timeline"
)

// Version identifies what Process makes of an article: cached results of
// another version are made again. It names app/extract's output too: an
// imported HTML page's cache value is keyed by its raw file's hash, and its
// text is extracted again on every load.
const Version = clean.PipelineVersion + "/" + ExtractVersion + "/" + timeline.Version + "/" + names.Version

// ExtractVersion identifies app/extract's output (an HTML page's text). It
// is kept here, not in app/extract, so that the page's wasm, which reads
// Version, does not link the extractor; TestExtractVersionGuard says when
// to bump it.
const ExtractVersion = "extract-18"

// Doc is an article as the app shows it: the raw original, its cleanup, the
// events its sentences mention and the names it mentions.
type Doc struct {
	corpus.Article
	clean.Result
	// UserDate is a publication date the reader set for an undated article
	// ("YYYY-MM-DD"), or "".
	UserDate string
	// Events are resolved against Date, or UserDate when the text states none.
	Events []timeline.Event
	// Mentions are the people, places and organisations the text names.
	Mentions []names.Mention
	// Removed counts the removed blocks and spans, Repaired the repaired
	// words.
	Removed, Repaired int
	// Hash is an imported entry's content hash ("" for bundled articles).
	Hash string
}

// Process runs the whole pipeline on an article: Clean, then SetUserDate
// (events) and FindNames. userDate is the reader's date for it, or "".
func Process(a corpus.Article, userDate string) Doc {
	d := Clean(a)
	d.SetUserDate(userDate)
	d.FindNames()
	return d
}

// Clean is the first step of Process: the cleaned article, without events
// or mentions. (The app runs the steps one by one, letting the page draw
// between them.)
func Clean(a corpus.Article) Doc {
	return New(a, clean.Clean(a.Text))
}

// New is the document of an article and its cleanup, without events or
// mentions.
func New(a corpus.Article, r clean.Result) Doc {
	d := Doc{Article: a, Result: r}
	for _, b := range r.Blocks {
		if b.Removed != "" {
			if b.Removed != clean.ReasonEmpty {
				d.Removed++
			}
			continue
		}
		for _, s := range b.Segments {
			switch {
			case s.Removed != "":
				d.Removed++
			case s.Original != "":
				d.Repaired++
			}
		}
	}
	return d
}

// SetUserDate records the reader's date for the article and resolves its
// events again. A date stated by the text wins over the reader's.
func (d *Doc) SetUserDate(date string) {
	d.UserDate = date
	anchor := ""
	if d.Date == "" {
		anchor = date
	}
	d.Events = timeline.Events(timeline.DocOf(d.ID, d.Result, anchor))
}

// FindNames finds the people, places and organisations the clean text names.
func (d *Doc) FindNames() { d.Mentions = names.Find(d.CleanText()) }

// CleanText is the article's kept text, blocks separated by blank lines.
func (d Doc) CleanText() string {
	body := d.Body()
	n := 0
	for _, b := range body {
		n += len(b.Text()) + 2
	}
	var sb strings.Builder
	sb.Grow(n)
	for _, b := range body {
		sb.WriteString(b.Text())
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// EffectiveDate is the stated publication date, else the reader's, else "".
func (d Doc) EffectiveDate() string {
	if d.Date != "" {
		return d.Date
	}
	return d.UserDate
}

// DisplayTitle is the title to show: the cleaned headline, else the file name.
func (d Doc) DisplayTitle() string {
	if d.Title != "" {
		return d.Title
	}
	return d.Name
}

// SearchDoc is the search index's view of a document: its clean text, title,
// publisher, date and the names it mentions.
func (d Doc) SearchDoc() search.Doc {
	sd := search.Doc{ID: d.ID, Title: d.DisplayTitle(), Publisher: d.Publisher, Date: d.EffectiveDate()}
	for _, m := range d.Mentions {
		sd.Names = append(sd.Names, m.Name)
	}
	for _, b := range d.Body() {
		if b.Kind == "heading" {
			sd.Headings = append(sd.Headings, b.Text())
		} else {
			sd.Body = append(sd.Body, b.Text())
		}
	}
	return sd
}

// Index indexes the documents for search.
func Index(docs []Doc) *search.Index {
	return IndexPaced(docs, nil)
}

// IndexPaced is Index calling pause (when not nil) between pieces of work,
// so that a browser page can draw meanwhile.
func IndexPaced(docs []Doc, pause func()) *search.Index {
	sds := make([]search.Doc, len(docs))
	for i, d := range docs {
		sds[i] = d.SearchDoc()
		if pause != nil {
			pause()
		}
	}
	return search.BuildPaced(sds, pause)
}
