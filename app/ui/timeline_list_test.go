//go:build !wasm

package ui

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/timeline/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// eventListUI is the timeline's list as go-app elements, as the page made
// it before eventListHTML: the reference the HTML must equal.
func eventListUI(m *view.Model, hits view.Hits, n int) app.UI {
	items := make([]app.UI, n)
	for k := 0; k < n; k++ {
		i := m.EventOrder[k]
		e := m.Events[i]
		a := m.Arts[e.Art]
		cls := "c" + strconv.Itoa(m.Clusters[a.Cluster].Color)
		if hits.Events != nil {
			if hits.Events[i] {
				cls += " hit"
			} else {
				cls += " dim"
			}
		}
		items[k] = app.Li().Class(cls).DataSet("date", e.Ev.Date).Body(
			app.Time().DateTime(view.HTMLDate(e.Ev.Date, e.Ev.Precision)).Text(view.FormatDate(e.Ev.Date, e.Ev.Precision)),
			app.Span().Class("prec").Text(string(e.Ev.Precision)),
			app.A().Class("sentence").Href(articleEventHref(e.Ev)).Text(e.Ev.Text),
			app.Span().Class("src").Body(
				app.Text("in "),
				app.A().Href(link(ReaderPath(a.ID))).Text(truncate(a.Title, 90)),
			),
		)
	}
	return app.Ol().Class("tl-list").Body(items...)
}

// TestEventListHTML: the list made as HTML is the one go-app made of its
// elements (its layout's line breaks and indents aside), with and without
// a search's hits, and its text is escaped.
func TestEventListHTML(t *testing.T) {
	useDocs(t, process(seedArticles(t), nil))
	p := newTimelinePage()
	p.sync()
	m := p.model
	if m == nil || len(m.EventOrder) < 3 {
		t.Fatal("no model of the seeds")
	}
	hits := view.Hits{Events: make([]bool, len(m.Events))}
	hits.Events[m.EventOrder[1]] = true
	for _, h := range []view.Hits{{}, hits} {
		n := min(len(m.EventOrder), tlListPage)
		want := sameHTML(app.HTMLString(eventListUI(m, h, n)), true)
		if got := sameHTML(eventListHTML(m, h, n), false); got != want {
			t.Errorf("hits %v:\n got %s\nwant %s", h.Events != nil, got, want)
		}
	}
	m.Events[m.EventOrder[0]].Ev.Text = `a <b> & "c"`
	if got := eventListHTML(m, view.Hits{}, 1); !strings.Contains(got, `>a &lt;b&gt; &amp; &#34;c&#34;</a>`) {
		t.Errorf("not escaped: %s", got)
	}
}
