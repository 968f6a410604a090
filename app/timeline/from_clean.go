package timeline

import "github.com/dossierapp/dossier/app/clean"

// DocOf makes the timeline's view of a cleaned article: its kept body blocks
// (headings and paragraphs, so Event.Para indexes Result.Body()) and its
// publication date. date overrides the stated date when not "" (a date the
// reader set for an undated article).
func DocOf(id string, r clean.Result, date string) Doc {
	body := r.Body()
	d := Doc{ID: id, Title: r.Title, Date: r.Date, Paragraphs: make([]string, len(body))}
	if date != "" {
		d.Date = date
	}
	for i, b := range body {
		d.Paragraphs[i] = b.Text()
	}
	return d
}
