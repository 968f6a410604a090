//go:build !wasm

package ui

import (
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/article"
	"github.com/dossierapp/dossier/app/corpus"
)

// TestApplyTemplates: pages of one site that repeat a line are cleaned
// again by the worker without it, shown so (as the command line's
// article.WithTemplates makes them), asked for once, and kept when the
// dossier is composed again.
func TestApplyTemplates(t *testing.T) {
	d := useDossier(t)
	f := &fakeWorker{bundles: map[string][]corpus.Article{}}
	d.worker = f.call
	page := func(title, p1, p2 string) string {
		return strings.Join([]string{"Go to Contents", "Local news", "World news", title, p1, p2,
			"Example Valley Web Services, 12 Harbour Road", "Back to top"}, "\n\n") + "\n"
	}
	arts := []corpus.Article{
		{ID: "a", Name: "a.txt", Text: page("Dam opens after repairs", "The river dam reopened on Monday after engineers finished six weeks of repairs to its spillway, officials said.", "Boats queued to pass the lock within an hour of the reopening, the harbour master said.")},
		{ID: "b", Name: "b.txt", Text: page("Ferry fares to rise", "Ferry operators said fares would rise by five percent in the spring to cover higher fuel and insurance costs.", "Passenger groups said the increase would hit island residents who have no other way to reach the mainland.")},
		{ID: "c", Name: "c.txt", Text: page("Library extends hours", "The city library will stay open until nine in the evening from next month, the council announced.", "The change follows a survey in which students asked for more quiet space to study after school.")},
	}
	f.bundles["/b"] = arts
	docs := process(arts, nil)
	if !strings.Contains(docs[0].CleanText(), "12 Harbour Road") {
		t.Fatal("the first cleanup already removes the repeated line: the test needs another")
	}
	d.SetBundled(docs, nil, nil)
	finds := 0
	d.lines.find = func(ds []doc) map[int]map[string]int {
		finds++
		return templateLines(ds)
	}
	if !d.ApplyTemplates(f.call) {
		t.Fatal("no page was cleaned again")
	}
	want := article.WithTemplates(docs)
	for i, x := range d.Docs() {
		if strings.Contains(x.CleanText(), "12 Harbour Road") {
			t.Errorf("%s still shows the repeated line: %q", x.ID, x.CleanText())
		}
		if x.CleanText() != want[i].CleanText() || x.Title != want[i].Title || len(x.Events) != len(want[i].Events) {
			t.Errorf("%s differs from the command line's:\n%q\n%q", x.ID, x.CleanText(), want[i].CleanText())
		}
	}
	if len(f.recleaned) != 3 {
		t.Errorf("reclean asked for %v, want the 3 pages", f.recleaned)
	}
	if d.ApplyTemplates(f.call) || len(f.recleaned) != 3 {
		t.Errorf("applied again: asked %v", f.recleaned)
	}
	// The lines were found of the pages as they came and as they are
	// now, each once (linesCache).
	if d.ApplyTemplates(f.call); finds != 2 {
		t.Errorf("template lines found %d times, want 2", finds)
	}
	// Composed again (a date set): the pages stay cleaned, the date applies.
	d.SetUserDate("b", "2020-02-03")
	x, _, _ := d.Doc("b")
	if strings.Contains(x.CleanText(), "12 Harbour Road") || x.UserDate != "2020-02-03" {
		t.Errorf("after a date: %q, date %q", x.CleanText(), x.UserDate)
	}
}
