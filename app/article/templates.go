package article

import (
	"github.com/dossierapp/dossier/app/clean"
	"github.com/dossierapp/dossier/app/corpus"
)

// WithTemplates treats docs as one dossier: the lines a site repeats on its
// pages (menus, footers, appeals) are removed from each of its pages, with
// the reason "repeated on N pages from this site" (see clean.Templates). It
// returns a new slice; the documents it changes are cleaned again and their
// events and names found again, the others are returned as they are.
func WithTemplates(docs []Doc) []Doc {
	out := append([]Doc(nil), docs...)
	for i, lines := range TemplateLines(docs) {
		d := docs[i]
		if n, changed := Reclean(d.Article, d.Hash, d.Result, lines); changed {
			n.SetUserDate(d.UserDate)
			if d.Mentions == nil {
				n.Mentions = nil
			}
			out[i] = n
		}
	}
	return out
}

// TemplateLines finds the pages of docs that hold lines their site repeats
// on other pages: for each such page (by index in docs), its site's lines
// (clean.Templates.SiteLines), with which Reclean cleans it again.
func TemplateLines(docs []Doc) map[int]map[string]int { return TemplateLinesPaced(docs, nil) }

// TemplateLinesPaced is TemplateLines calling pause, when not nil, after
// each page it reads: the browser's page draws between slices of a large
// dossier.
func TemplateLinesPaced(docs []Doc, pause func()) map[int]map[string]int {
	results := make([]clean.Result, len(docs))
	for i := range docs {
		results[i] = docs[i].Result
	}
	tpl := clean.FindTemplatesPaced(results, pause)
	out := map[int]map[string]int{}
	for i, d := range docs {
		if pause != nil {
			pause()
		}
		if lines := tpl.SiteLines(d.Result); lines != nil {
			out[i] = lines
		}
	}
	return out
}

// Reclean is the document of article a (of content hash hash) cleaned again
// with its site's template lines removed first, its events (without a
// reader's date) and names found again; first is its cleanup without them.
// changed is false when the template lines change nothing it removes.
func Reclean(a corpus.Article, hash string, first clean.Result, lines map[string]int) (d Doc, changed bool) {
	d = Recleaned(a, hash, lines)
	if len(d.Blocks) == len(first.Blocks) && sameRemovals(d.Result, first) {
		return Doc{}, false
	}
	return d, true
}

// Recleaned is Reclean's document whether or not the template lines change
// anything (they remove only lines the page's site repeats, so a page
// holding none comes out as Process makes it): what the worker answers the
// page, which asks only for pages that hold their site's lines.
func Recleaned(a corpus.Article, hash string, lines map[string]int) Doc {
	d := New(a, clean.CleanWithTemplates(a.Text, lines))
	d.Hash = hash
	d.SetUserDate("")
	d.FindNames()
	return d
}

// sameRemovals reports whether two cleanups of one text removed the same
// blocks.
func sameRemovals(a, b clean.Result) bool {
	for i := range a.Blocks {
		if a.Blocks[i].Removed != b.Blocks[i].Removed {
			return false
		}
	}
	return a.Title == b.Title
}
