package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dossierapp/dossier/app/dates"
	"github.com/dossierapp/dossier/app/timeline"
)

// BenchmarkDrawFrame measures one frame of 10,000 synthetic articles at
// several zoom levels, natively: layout, labels and the canvas paths (the
// browser benchmark is cmd/dossier's BenchmarkBrowserTimelineFrame).
func BenchmarkDrawFrame(b *testing.B) {
	m := buildSyntheticModel(10000, readerLink)
	from, to := m.fit()
	g := tlGeom{width: 1200, artLanes: 3, evLanes: 7}
	for _, days := range []int{0, 3650, 365, 30, 5} {
		s := timeline.Scale{From: from, To: to, Width: g.width}
		if days > 0 {
			end := time.Date(2022, 6, 1, 0, 0, 0, 0, time.UTC)
			s = timeline.Scale{From: end.AddDate(0, 0, -days), To: end, Width: g.width}
		}
		b.Run(strings.ReplaceAll(s.From.Format("2006-01-02")+"_"+s.To.Format("2006-01-02"), "-", ""), func(b *testing.B) {
			var f tlFrame
			var p tlPaths
			n := 0
			for i := 0; i < b.N; i++ {
				st := drawFrame(&f, m, s, g, tlHits{}, -1)
				p.build(&f)
				n = st.marks
			}
			b.ReportMetric(float64(n), "marks")
			b.ReportMetric(float64(len(f.texts)), "texts")
		})
	}
}

func TestDrawFrameSeedsLike(t *testing.T) {
	m := buildSyntheticModel(50, readerLink)
	from, to := m.fit()
	var f tlFrame
	st := drawFrame(&f, m, timeline.Scale{From: from, To: to, Width: 800}, tlGeom{width: 800, artLanes: 3, evLanes: 7}, tlHits{}, -1)
	if st.marks == 0 || len(f.marks) != st.marks {
		t.Fatalf("marks drawn %d, listed %d", st.marks, len(f.marks))
	}
	var p tlPaths
	p.build(&f)
	n := 0
	for i, g := range p.groups {
		k := strings.Count(string(g), "M")
		if tlShape(i/(tlColors*tlStates)) == shapeArticle {
			k /= 2 // a ring: the square and the one inside
		}
		n += k
	}
	if n != st.marks {
		t.Errorf("%d marks outlined, want %d", n, st.marks)
	}
	if len(p.density) == 0 {
		t.Error("no density strip")
	}
	if len(f.ticks) == 0 || len(f.texts) < len(f.ticks) {
		t.Errorf("%d ticks, %d texts", len(f.ticks), len(f.texts))
	}
	// at 10,000 articles most items find no lane: the count says so
	m = buildSyntheticModel(10000, readerLink)
	from, to = m.fit()
	st = drawFrame(&f, m, timeline.Scale{From: from, To: to, Width: 800}, tlGeom{width: 800, artLanes: 3, evLanes: 7}, tlHits{}, -1)
	if note := f.texts[len(f.texts)-1]; st.hidden == 0 || note.kind != textNote || note.s != fmt.Sprintf("+%d more here: zoom in", st.hidden) {
		t.Errorf("%d hidden, last text %+v", st.hidden, note)
	}
}

// A frame of a handful of known events: precision gives the shape, the
// query and the focus give the state, labels are links, the pointer finds
// the mark under it.
func TestDrawFrameMarks(t *testing.T) {
	m := newModel([]tlCluster{{label: "one", color: 0}, {label: "two", color: 3}}, readerLink)
	ev := func(date string, p dates.Precision, text string) timeline.Event {
		return timeline.Event{DocID: "doc", Date: date, Precision: p, Text: text, Resolved: true, End: len(text)}
	}
	m.addArt(tlArt{id: "a1", title: "First", date: "2024-03-20", stated: true, cluster: 0}, []timeline.Event{
		ev("2024-03-19", dates.PrecisionDay, "A day."),
		ev("2024-03", dates.PrecisionMonth, "A month."),
	})
	m.addArt(tlArt{id: "a2", title: "Second", date: "2023-01-05", stated: true, cluster: 1}, []timeline.Event{
		ev("2023", dates.PrecisionYear, "A year."),
	})
	m.index()
	s := timeline.Scale{From: time.Date(2022, 6, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC), Width: 1000}
	g := tlGeom{width: 1000, artLanes: 2, evLanes: 3}
	hits := m.matches(timeline.NewQuery("year"))
	var f tlFrame
	st := drawFrame(&f, m, s, g, hits, 0)
	if st.marks != 5 || st.hidden != 0 {
		t.Fatalf("stats %+v, want 5 marks", st)
	}
	got := map[string]tlMark{}
	for _, mk := range f.marks {
		var key string
		if mk.ev {
			key = m.evs[mk.ref].ev.Date
		} else {
			key = m.arts[mk.ref].title
		}
		got[key] = mk
	}
	for key, want := range map[string]struct {
		shape           tlShape
		color           int
		hit, dim, focus bool
	}{
		"2024-03-19": {shapeDay, 0, false, true, true},
		"2024-03":    {shapeBar, 0, false, true, false},
		"2023":       {shapeSpan, 3, true, false, false},
		"First":      {shapeArticle, 0, false, true, false},
		"Second":     {shapeArticle, 3, false, true, false},
	} {
		mk, ok := got[key]
		if !ok {
			t.Errorf("%s: not drawn", key)
			continue
		}
		if mk.shape != want.shape || mk.color != want.color || mk.hit != want.hit || mk.dim != want.dim || mk.focus != want.focus {
			t.Errorf("%s: %+v, want %+v", key, mk, want)
		}
	}
	// the year is drawn across the year, the day is a dot
	if y := got["2023"]; y.x1-y.x0 < 300 {
		t.Errorf("2023 spans %.0f px of a 2-year window 1000 px wide", y.x1-y.x0)
	}
	if d := got["2024-03-19"]; d.x1-d.x0 != timeline.MinWidth {
		t.Errorf("a day is %.1f px wide", d.x1-d.x0)
	}
	// the year has its label, right of it; the pointer finds the year there
	var label *tlText
	for i, tx := range f.texts {
		if tx.mark >= 0 && f.marks[tx.mark].ev && f.marks[tx.mark].ref == 2 {
			label = &f.texts[i]
		}
	}
	if label == nil || label.s != "A year." || label.kind != textEvent || label.clipped {
		t.Fatalf("the year's label: %+v", label)
	}
	if y := f.marks[label.mark]; y.labelEnd <= y.x1 || f.at(y.labelEnd-1, y.top+y.h/2) != label.mark {
		t.Errorf("the pointer on the year's label does not find the year: %+v", y)
	}
	// the pointer: the middle of each mark finds it; the empty top row does not
	for k, mk := range f.marks {
		if got := f.at((mk.x0+mk.x1)/2, mk.top+mk.h/2); got != k {
			t.Errorf("mark %d: at its centre found %d", k, got)
		}
	}
	if k := f.at(500, 5); k != -1 {
		t.Errorf("the tick row found mark %d", k)
	}
	// paths: the focus ring and the query's halo are outlined
	var p tlPaths
	p.build(&f)
	if len(p.focus) == 0 || len(p.halo) == 0 {
		t.Errorf("focus %q halo %q", p.focus, p.halo)
	}
	if len(p.groups[group(shapeSpan, 3, stateHit)]) == 0 || len(p.rings[3*tlStates+stateHit]) == 0 || len(p.groups[group(shapeDay, 0, stateDim)]) == 0 {
		t.Error("the year is not in the hit group or the day not in the dimmed group")
	}
}

func TestPathShapes(t *testing.T) {
	for _, c := range []struct {
		name, got, want string
	}{
		{"rect", string(rect(nil, 1, 2, 10, 4)), "M1 2h10v4h-10z"},
		{"ring", string(ring(nil, 0, 0, 10, 12, 2)), "M0 0h10v12h-10zM2 2h6v8h-6z"},
		{"thin ring", string(ring(nil, 0, 0, 3, 12, 2)), "M0 0h3v12h-3z"},
		{"dot", string(dot(nil, 0, 0, 6, 12)), "M2 0l2 0l2 2l0 8l-2 2l-2 0l-2 -2l0 -8z"},
		{"rounding", string(rect(nil, 0.25, 0, 2.5, 1)), "M0.3 0h2.5v1h-2.5z"},
		{"minus zero", string(appendNum(nil, -0.04)), "0"},
	} {
		if c.got != c.want {
			t.Errorf("%s: %q, want %q", c.name, c.got, c.want)
		}
	}
}
