package view

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
	m := Synthetic(10000, testReader)
	from, to := m.Fit()
	g := Geom{Width: 1200, ArtLanes: 3, EventLanes: 7}
	for _, days := range []int{0, 3650, 365, 30, 5} {
		s := timeline.Scale{From: from, To: to, Width: g.Width}
		if days > 0 {
			end := time.Date(2022, 6, 1, 0, 0, 0, 0, time.UTC)
			s = timeline.Scale{From: end.AddDate(0, 0, -days), To: end, Width: g.Width}
		}
		b.Run(strings.ReplaceAll(s.From.Format("2006-01-02")+"_"+s.To.Format("2006-01-02"), "-", ""), func(b *testing.B) {
			var f Frame
			var p Paths
			n := 0
			for i := 0; i < b.N; i++ {
				st := Draw(&f, m, s, g, Hits{}, -1)
				p.Build(&f)
				n = st.Marks
			}
			b.ReportMetric(float64(n), "marks")
			b.ReportMetric(float64(len(f.Texts)), "texts")
		})
	}
}

func TestDrawFrameSeedsLike(t *testing.T) {
	m := Synthetic(50, testReader)
	from, to := m.Fit()
	var f Frame
	st := Draw(&f, m, timeline.Scale{From: from, To: to, Width: 800}, Geom{Width: 800, ArtLanes: 3, EventLanes: 7}, Hits{}, -1)
	if st.Marks == 0 || len(f.Marks) != st.Marks {
		t.Fatalf("marks drawn %d, listed %d", st.Marks, len(f.Marks))
	}
	var p Paths
	p.Build(&f)
	n := 0
	for i, g := range p.Groups {
		k := strings.Count(string(g), "M")
		if Shape(i/(Colors*States)) == ShapeArticle {
			k /= 2 // a ring: the square and the one inside
		}
		n += k
	}
	if n != st.Marks {
		t.Errorf("%d marks outlined, want %d", n, st.Marks)
	}
	if len(p.Density) == 0 {
		t.Error("no density strip")
	}
	if len(f.Ticks) == 0 || len(f.Texts) < len(f.Ticks) {
		t.Errorf("%d ticks, %d texts", len(f.Ticks), len(f.Texts))
	}
	// at 10,000 articles most items find no lane: the count says so
	m = Synthetic(10000, testReader)
	from, to = m.Fit()
	st = Draw(&f, m, timeline.Scale{From: from, To: to, Width: 800}, Geom{Width: 800, ArtLanes: 3, EventLanes: 7}, Hits{}, -1)
	if note := f.Texts[len(f.Texts)-1]; st.Hidden == 0 || note.Kind != TextNote || note.S != fmt.Sprintf("+%d more here: zoom in", st.Hidden) {
		t.Errorf("%d hidden, last text %+v", st.Hidden, note)
	}
}

// A frame of a handful of known events: precision gives the shape, the
// query and the focus give the state, labels are links, the pointer finds
// the mark under it.
func TestDrawFrameMarks(t *testing.T) {
	m := NewModel([]Cluster{{Label: "one", Color: 0}, {Label: "two", Color: 3}}, testReader)
	ev := func(date string, p dates.Precision, text string) timeline.Event {
		return timeline.Event{DocID: "doc", Date: date, Precision: p, Text: text, Resolved: true, End: len(text)}
	}
	m.Add(Article{ID: "a1", Title: "First", Date: "2024-03-20", Stated: true, Cluster: 0}, []timeline.Event{
		ev("2024-03-19", dates.PrecisionDay, "A day."),
		ev("2024-03", dates.PrecisionMonth, "A month."),
	})
	m.Add(Article{ID: "a2", Title: "Second", Date: "2023-01-05", Stated: true, Cluster: 1}, []timeline.Event{
		ev("2023", dates.PrecisionYear, "A year."),
	})
	m.Index()
	s := timeline.Scale{From: time.Date(2022, 6, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC), Width: 1000}
	g := Geom{Width: 1000, ArtLanes: 2, EventLanes: 3}
	hits := m.Matches(timeline.NewQuery("year"))
	var f Frame
	st := Draw(&f, m, s, g, hits, 0)
	if st.Marks != 5 || st.Hidden != 0 {
		t.Fatalf("stats %+v, want 5 marks", st)
	}
	got := map[string]Mark{}
	for _, mk := range f.Marks {
		var key string
		if mk.IsEvent {
			key = m.Events[mk.Ref].Ev.Date
		} else {
			key = m.Arts[mk.Ref].Title
		}
		got[key] = mk
	}
	for key, want := range map[string]struct {
		shape           Shape
		color           int
		hit, dim, focus bool
	}{
		"2024-03-19": {ShapeDay, 0, false, true, true},
		"2024-03":    {ShapeBar, 0, false, true, false},
		"2023":       {ShapeSpan, 3, true, false, false},
		"First":      {ShapeArticle, 0, false, true, false},
		"Second":     {ShapeArticle, 3, false, true, false},
	} {
		mk, ok := got[key]
		if !ok {
			t.Errorf("%s: not drawn", key)
			continue
		}
		if mk.Shape != want.shape || mk.Color != want.color || mk.Hit != want.hit || mk.Dim != want.dim || mk.Focus != want.focus {
			t.Errorf("%s: %+v, want %+v", key, mk, want)
		}
	}
	// the year is drawn across the year, the day is a dot
	if y := got["2023"]; y.X1-y.X0 < 300 {
		t.Errorf("2023 spans %.0f px of a 2-year window 1000 px wide", y.X1-y.X0)
	}
	if d := got["2024-03-19"]; d.X1-d.X0 != timeline.MinWidth {
		t.Errorf("a day is %.1f px wide", d.X1-d.X0)
	}
	// the year has its label, right of it; the pointer finds the year there
	var label *Text
	for i, tx := range f.Texts {
		if tx.Mark >= 0 && f.Marks[tx.Mark].IsEvent && f.Marks[tx.Mark].Ref == 2 {
			label = &f.Texts[i]
		}
	}
	if label == nil || label.S != "A year." || label.Kind != TextEvent || label.Clipped {
		t.Fatalf("the year's label: %+v", label)
	}
	if y := f.Marks[label.Mark]; y.LabelEnd <= y.X1 || f.At(y.LabelEnd-1, y.Top+y.H/2) != label.Mark {
		t.Errorf("the pointer on the year's label does not find the year: %+v", y)
	}
	// the pointer: the middle of each mark finds it; the empty top row does not
	for k, mk := range f.Marks {
		if got := f.At((mk.X0+mk.X1)/2, mk.Top+mk.H/2); got != k {
			t.Errorf("mark %d: at its centre found %d", k, got)
		}
	}
	if k := f.At(500, 5); k != -1 {
		t.Errorf("the tick row found mark %d", k)
	}
	// paths: the focus ring and the query's halo are outlined
	var p Paths
	p.Build(&f)
	if len(p.Focus) == 0 || len(p.Halo) == 0 {
		t.Errorf("focus %q halo %q", p.Focus, p.Halo)
	}
	if len(p.Groups[Group(ShapeSpan, 3, StateHit)]) == 0 || len(p.Rings[3*States+StateHit]) == 0 || len(p.Groups[Group(ShapeDay, 0, StateDim)]) == 0 {
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
		{"minus zero", string(AppendNum(nil, -0.04)), "0"},
	} {
		if c.got != c.want {
			t.Errorf("%s: %q, want %q", c.name, c.got, c.want)
		}
	}
}
