package article

import "github.com/dossierapp/dossier/app/clean"

// WithTemplates treats docs as one dossier: the lines a site repeats on its
// pages (menus, footers, appeals) are removed from each of its pages, with
// the reason "repeated on N pages from this site" (see clean.Templates). It
// returns a new slice; the documents it changes are cleaned again and their
// events and names found again, the others are returned as they are.
func WithTemplates(docs []Doc) []Doc {
	results := make([]clean.Result, len(docs))
	for i := range docs {
		results[i] = docs[i].Result
	}
	tpl := clean.FindTemplates(results)
	out := make([]Doc, len(docs))
	for i, d := range docs {
		r := tpl.Clean(d.Text, d.Result)
		if len(r.Blocks) == len(d.Blocks) && sameRemovals(r, d.Result) {
			out[i] = d
			continue
		}
		n := New(d.Article, r)
		n.Hash = d.Hash
		n.SetUserDate(d.UserDate)
		if d.Mentions != nil {
			n.FindNames()
		}
		out[i] = n
	}
	return out
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
