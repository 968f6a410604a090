package ui

import (
	"strings"
	"time"

	"github.com/dossierapp/dossier/app/clean"
	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/doccache"
	"github.com/dossierapp/dossier/app/names"
	"github.com/dossierapp/dossier/app/search"
	"github.com/dossierapp/dossier/app/timeline"
)

// doc is an article as the app shows it: the raw original, its cleanup and
// the events its sentences mention.
type doc struct {
	corpus.Article
	clean.Result
	// UserDate is a publication date the reader set for an undated article
	// ("YYYY-MM-DD"), or "".
	UserDate string
	// Events are resolved against Date, or UserDate when the text states none.
	Events []timeline.Event
	// Mentions are the people, places and organisations the text names.
	Mentions []names.Mention
	removed  int // removed blocks and spans
	repaired int // repaired words
	// hash is an imported entry's content hash ("" for bundled articles).
	hash string
}

// cleanTime adds up the time spent in clean.Clean, reported to tests and
// benchmarks in <html data-dossier-clean-ms>.
var cleanTime time.Duration

// process cleans every article and finds its events. It runs in the browser
// (and on the server for prerendering), so reading never depends on a network.
// In the browser it lets the page's thread run (input, paint) between
// articles every slice of work.
func process(arts []corpus.Article, userDates map[string]string) []doc {
	docs := make([]doc, len(arts))
	for i, a := range arts {
		docs[i] = processOne(a, userDates[a.ID])
		pause()
	}
	return docs
}

// processVersion identifies what processOne makes of an article: cached
// results of another version are made again.
const processVersion = clean.PipelineVersion + "/" + timeline.Version + "/" + names.Version

// processOne cleans an article and finds its events and mentions. It may
// let the page draw between these steps (see pause): on a first visit each
// runs code the browser compiles on its first call, and the three together
// would hold the page's thread too long.
func processOne(a corpus.Article, userDate string) doc {
	t0 := time.Now()
	r := clean.Clean(a.Text)
	cleanTime += time.Since(t0)
	pause()
	d := newDoc(a, r)
	d.setUserDate(userDate)
	pause()
	d.Mentions = names.Find(d.cleanText())
	return d
}

// newDoc is the document of a cleaned article, without events or mentions.
func newDoc(a corpus.Article, r clean.Result) doc {
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

// encodeDoc is the cache value of a processed imported document.
func encodeDoc(d doc) []byte {
	return doccache.Encode(processVersion, doccache.Doc{Hash: d.hash, UserDate: d.UserDate, Result: d.Result, Events: d.Events, Mentions: d.Mentions})
}

// decodeDoc is the document of article a from its cache value, made for
// the content hash; ok is false when the value is stale or damaged. The
// events are resolved again when they were resolved against another date
// than userDate.
func decodeDoc(a corpus.Article, hash, value, userDate string) (d doc, ok bool) {
	c, err := doccache.Decode(processVersion, value)
	if err != nil || c.Hash != hash {
		return doc{}, false
	}
	d = newDoc(a, c.Result)
	d.hash = hash
	d.Mentions = c.Mentions
	if c.UserDate == userDate || d.Date != "" {
		d.UserDate, d.Events = userDate, c.Events
	} else {
		d.setUserDate(userDate)
	}
	return d, true
}

// setUserDate records the reader's date for the article and resolves its
// events again. A date stated by the text wins over the reader's.
func (d *doc) setUserDate(date string) {
	d.UserDate = date
	anchor := ""
	if d.Date == "" {
		anchor = date
	}
	d.Events = timeline.Events(timeline.DocOf(d.ID, d.Result, anchor))
}

// cleanText is the article's kept text, blocks separated by blank lines.
func (d doc) cleanText() string {
	var sb strings.Builder
	for _, b := range d.Body() {
		sb.WriteString(b.Text())
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// effectiveDate is the stated publication date, else the reader's, else "".
func (d doc) effectiveDate() string {
	if d.Date != "" {
		return d.Date
	}
	return d.UserDate
}

// displayTitle is the title to show: the cleaned headline, else the file name.
func (d doc) displayTitle() string {
	if d.Title != "" {
		return d.Title
	}
	return d.Name
}

// searchDoc is the search index's view of a document: clean text only.
func (d doc) searchDoc() search.Doc {
	sd := search.Doc{ID: d.ID, Title: d.displayTitle(), Publisher: d.Publisher, Date: d.effectiveDate()}
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

// buildIndex indexes the documents for search.
func buildIndex(docs []doc) *search.Index {
	sds := make([]search.Doc, len(docs))
	for i, d := range docs {
		sds[i] = d.searchDoc()
	}
	return search.Build(sds)
}

// buildIndexPaced is buildIndex letting the page draw while it works.
func buildIndexPaced(docs []doc) *search.Index {
	sds := make([]search.Doc, len(docs))
	for i, d := range docs {
		sds[i] = d.searchDoc()
		pause()
	}
	return search.BuildPaced(sds, pause)
}
