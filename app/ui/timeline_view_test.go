//go:build !wasm

package ui

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dossierapp/dossier/app/timeline"
	"github.com/dossierapp/dossier/app/timeline/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// near reports whether two durations differ by less than a thousandth.
func near(a, b time.Duration) bool {
	d := a - b
	if d < 0 {
		d = -d
	}
	return d <= b/1000
}

// TestTimelineViewCommands: the toolbar's and the keyboard's commands zoom
// around the middle, pan by a third, fit everything, and walk the events
// in date order.
func TestTimelineViewCommands(t *testing.T) {
	m := view.Synthetic(300, readerLink)
	v := newTLView()
	v.command("in") // no model yet: nothing happens
	v.setModel(m, view.Hits{}, time.Time{}, time.Time{})
	from, to := m.Fit()
	if !v.from.Equal(from) || !v.to.Equal(to) {
		t.Fatalf("first window %v–%v, want everything %v–%v", v.from, v.to, from, to)
	}
	w := to.Sub(from)
	v.command("in")
	if got := v.to.Sub(v.from); !near(got, w/2) {
		t.Errorf("zoomed in: %v wide, want %v", got, w/2)
	}
	v.command("out")
	if got := v.to.Sub(v.from); !near(got, w) {
		t.Errorf("zoomed out again: %v wide, want %v", got, w)
	}
	f0 := v.from
	v.command("right")
	if got := v.from.Sub(f0); !near(got, w/3) {
		t.Errorf("panned right by %v, want %v", got, w/3)
	}
	v.command("left")
	if got := v.from.Sub(f0); got < -w/1000 || got > w/1000 {
		t.Errorf("panned back: %v off", got)
	}
	v.command("first")
	if v.focus != m.EventOrder[0] {
		t.Errorf("first: focus %d, want %d", v.focus, m.EventOrder[0])
	}
	v.command("next")
	if v.focus != m.EventOrder[1] {
		t.Errorf("next: focus %d, want %d", v.focus, m.EventOrder[1])
	}
	v.command("prev")
	if v.focus != m.EventOrder[0] {
		t.Errorf("prev: focus %d, want %d", v.focus, m.EventOrder[0])
	}
	last := len(m.EventOrder) - 1
	v.command("last")
	if v.focus != m.EventOrder[last] {
		t.Errorf("last: focus %d, want %d", v.focus, m.EventOrder[last])
	}
	// the focused event is brought into view
	if x := v.scale().X(m.Events[v.focus].Span.Start); x < 0 || x > v.width {
		t.Errorf("the last event is at x %.0f, out of view", x)
	}
	v.command("open") // without a page: nothing to open
	v.command("fit")
	if !v.from.Equal(from) || !v.to.Equal(to) {
		t.Errorf("fit: %v–%v", v.from, v.to)
	}
	// a new model keeps the window, and drops a focus it has no event for
	v.command("in")
	kept := v.from
	small := view.Synthetic(5, readerLink)
	v.setModel(small, view.Hits{}, time.Time{}, time.Time{})
	if !v.from.Equal(kept) {
		t.Error("a new model moved the window")
	}
	if v.focus >= len(small.Events) {
		t.Errorf("focus %d of %d events", v.focus, len(small.Events))
	}
	// without a focus, next starts at the first event in view
	v.setModel(m, view.Hits{}, time.Time{}, time.Time{})
	v.focus = -1
	v.command("fit")
	v.command("next")
	if v.focus != m.EventOrder[0] {
		t.Errorf("next without focus: %d, want %d", v.focus, m.EventOrder[0])
	}
	v.focus = -1
	v.command("fit")
	v.command("prev")
	if v.focus < 0 || m.EventPos[v.focus] < last/2 || m.Events[v.focus].Span.Start.After(v.to) {
		t.Errorf("prev without focus: event %d at position %d of %d, want one of the last in view", v.focus, m.EventPos[max(v.focus, 0)], last)
	}
}

// TestTimelineViewGeom: a phone gets fewer lanes, a small dossier fewer
// rows.
func TestTimelineViewGeom(t *testing.T) {
	v := newTLView()
	if g := v.geom(); g.ArtLanes != 3 || g.EventLanes != 7 {
		t.Errorf("desktop: %+v", g)
	}
	v.width = 400
	if g := v.geom(); g.ArtLanes != 2 || g.EventLanes != 6 {
		t.Errorf("phone: %+v", g)
	}
	v.width = 1000
	v.setModel(view.Synthetic(2, readerLink), view.Hits{}, time.Time{}, time.Time{})
	if g := v.geom(); g.ArtLanes != 1 || g.EventLanes > 7 {
		t.Errorf("two articles: %+v", g)
	}
}

// TestTimelineViewMarks: the marks of a drawn frame, as the browser tests
// read them: each with its kind, date, classes and the reader's link;
// painting them outlines every look.
func TestTimelineViewMarks(t *testing.T) {
	v := newTLView()
	if v.marksJSON() != "[]" {
		t.Error("marks without a model")
	}
	m := view.Synthetic(60, readerLink)
	v.setModel(m, m.Matches(timeline.NewQuery("synthetic")), time.Time{}, time.Time{})
	v.command("first")
	st := view.Draw(&v.fr, v.m, v.scale(), v.geom(), v.hits, v.focus)
	var marks []tlMarkJSON
	if err := json.Unmarshal([]byte(v.marksJSON()), &marks); err != nil {
		t.Fatal(err)
	}
	if len(marks) != st.Marks || len(marks) == 0 {
		t.Fatalf("%d marks listed, %d drawn", len(marks), st.Marks)
	}
	focused := 0
	for _, mk := range marks {
		if !strings.HasPrefix(mk.Href, "/a/") || mk.Date == "" || mk.X1 < mk.X0 {
			t.Errorf("mark %+v", mk)
		}
		if mk.Kind == "event" && !strings.Contains(mk.Href, "?e=") {
			t.Errorf("event mark %+v does not link its sentence", mk)
		}
		if strings.Contains(mk.Class, "focus") {
			focused++
		}
	}
	if focused != 1 {
		t.Errorf("%d focused marks", focused)
	}
	var p tlPainter
	p.paint(app.Window().JSValue(), &v.fr, v.width, v.geom().Height(), tlPalette{font: "sans-serif"})
	n := 0
	for _, g := range p.paths.Groups {
		n += len(g)
	}
	if n == 0 || len(p.paths.Ticks[0])+len(p.paths.Ticks[1]) == 0 {
		t.Error("painting outlined nothing")
	}
	v.describeMarkLocked(false, 0) // the detail panel: no page natively
	v.describeMarkLocked(true, 0)
	v.frame()
	if v.pending {
		t.Error("a frame left a frame pending")
	}
	if got := fmt.Sprint(escape(`<b>"x"</b>`)); got != "&lt;b&gt;&#34;x&#34;&lt;/b&gt;" {
		t.Errorf("escape: %s", got)
	}
}

// TestTimelinePageTray: the undated tray offers a page of the undated
// articles and a button for more; an article the reader dated moves to
// its own list; the event list shows a page and a button for more.
func TestTimelinePageTray(t *testing.T) {
	d := useDossier(t)
	seeds := seedDocs(t)
	var undated doc
	for _, x := range seeds {
		if x.EffectiveDate() == "" {
			undated = x
		}
	}
	if undated.ID == "" {
		t.Fatal("no undated seed")
	}
	var docs []doc
	for i := 0; i < tlTrayPage+5; i++ {
		x := undated
		x.ID = fmt.Sprintf("%s-%d", x.ID, i)
		docs = append(docs, x)
	}
	docs = append(docs, seeds...)
	d.SetBundled(docs, nil, nil)
	p := newTimelinePage()
	p.listLimit = 3
	p.sync()
	out := text(render(p))
	if !strings.Contains(out, fmt.Sprintf("%d of %d undated articles shown.", tlTrayPage, len(p.model.Undated))) {
		t.Errorf("the tray does not say how many are shown: %s", out)
	}
	if !strings.Contains(out, fmt.Sprintf("Show more (3 of %d shown)", len(p.model.EventOrder))) {
		t.Error("the event list has no show-more")
	}
	id := docs[0].ID
	d.SetUserDate(id, "2020-05-06")
	p.sync()
	out = text(render(p))
	if !strings.Contains(out, "You dated it ") || !strings.Contains(out, "6 May 2020") || !strings.Contains(out, `aria-label="Clear the date of `) {
		t.Errorf("the dated article is not listed as dated: %s", out)
	}
}
