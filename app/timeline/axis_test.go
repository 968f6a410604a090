package timeline

import (
	"fmt"
	"math/rand"
	"testing"
	"time"

	"github.com/dossierapp/dossier/app/dates"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestSpanOf(t *testing.T) {
	cases := []struct {
		date       string
		p          dates.Precision
		start, end string
	}{
		{"2024-03-19", dates.PrecisionDay, "2024-03-19", "2024-03-20"},
		{"2024-03-18", dates.PrecisionWeek, "2024-03-18", "2024-03-25"},
		{"2024-02", dates.PrecisionMonth, "2024-02-01", "2024-03-01"},
		{"2023", dates.PrecisionYear, "2023-01-01", "2024-01-01"},
		{"1990", dates.PrecisionDecade, "1990-01-01", "2000-01-01"},
		{"1900", dates.PrecisionCentury, "1900-01-01", "2000-01-01"},
		{"2019-SP", dates.PrecisionSeason, "2019-03-01", "2019-06-01"},
		{"2019-SU", dates.PrecisionSeason, "2019-06-01", "2019-09-01"},
		{"2019-FA", dates.PrecisionSeason, "2019-09-01", "2019-12-01"},
		{"2019-WI", dates.PrecisionSeason, "2019-12-01", "2020-03-01"},
		{"2024-Q1", dates.PrecisionQuarter, "2024-01-01", "2024-04-01"},
		{"2024-Q4", dates.PrecisionQuarter, "2024-10-01", "2025-01-01"},
		{"2023-H2", dates.PrecisionHalf, "2023-07-01", "2024-01-01"},
	}
	for _, c := range cases {
		sp, ok := SpanOf(c.date, c.p)
		if !ok || !sp.Start.Equal(day(c.start)) || !sp.End.Equal(day(c.end)) {
			t.Errorf("SpanOf(%s, %s) = %v %v, want [%s, %s)", c.date, c.p, sp, ok, c.start, c.end)
		}
	}
	for _, bad := range [][2]string{{"", "day"}, {"2024", "day"}, {"2024-13", "month"}, {"x", "year"},
		{"2024-Q5", "quarter"}, {"2024-SU", "quarter"}, {"2024-Q1", "season"}, {"2024-H1", "quarter"}, {"2024-Q1", "half"},
		{"PRESENT_REF", "ref"}, {"2024-SU", "month"}, {"20x4-SU", "season"}} {
		if _, ok := SpanOf(bad[0], dates.Precision(bad[1])); ok {
			t.Errorf("SpanOf(%q, %s) ok", bad[0], bad[1])
		}
	}
	if sp, _ := SpanOf("2024-03-19", dates.PrecisionDay); !sp.Point() {
		t.Error("a day is not a point")
	}
}

func TestScale(t *testing.T) {
	s := Scale{From: day("2024-01-01"), To: day("2025-01-01"), Width: 366}
	if x := s.X(day("2024-03-01")); x != 60 {
		t.Errorf("X = %v, want 60", x)
	}
	if got := s.At(60); !got.Equal(day("2024-03-01")) {
		t.Errorf("At(60) = %v", got)
	}
	p := s.Pan(31)
	if !p.From.Equal(day("2024-02-01")) {
		t.Errorf("Pan: %v", p.From)
	}
	z := s.Zoom(2, 183)
	if w := z.To.Sub(z.From); w != 183*24*time.Hour {
		t.Errorf("Zoom(2) window %v", w)
	}
	if got := s.Zoom(1e9, 0); got != s {
		t.Errorf("Zoom below a day changed the scale")
	}
}

func TestTicks(t *testing.T) {
	cases := []struct {
		from, to string
		level    Level
		first    string
	}{
		{"1950-01-01", "2030-01-01", LevelDecade, "1950s"},
		{"2010-01-01", "2025-01-01", LevelYear, "2010"},
		{"2023-06-01", "2024-06-01", LevelMonth, "Jun"},
		{"2024-03-20", "2024-03-27", LevelDay, "20 Mar"},
		{"1900-01-01", "2100-01-01", LevelDecade, "1900s"},
		{"1800-01-01", "2200-01-01", LevelCentury, "1800"},
	}
	for _, c := range cases {
		w := 1000.0
		if c.level == LevelCentury {
			w = 300
		}
		s := Scale{From: day(c.from), To: day(c.to), Width: w}
		ticks := s.Ticks(TickGap)
		if len(ticks) == 0 || ticks[0].Level != c.level || ticks[0].Label != c.first {
			t.Errorf("%s..%s: %+v", c.from, c.to, ticks)
			continue
		}
		if len(ticks) > int(s.Width/TickGap)+2 {
			t.Errorf("%s..%s: %d ticks", c.from, c.to, len(ticks))
		}
		for i := 1; i < len(ticks); i++ {
			if ticks[i].X-ticks[i-1].X < TickGap*0.9 {
				t.Errorf("%s..%s: ticks %v and %v too close", c.from, c.to, ticks[i-1], ticks[i])
			}
		}
	}
	// a month axis marks the new year as a major tick labelled with the year
	s := Scale{From: day("2023-06-01"), To: day("2024-06-01"), Width: 1000}
	found := false
	for _, tk := range s.Ticks(TickGap) {
		if tk.Major && tk.Label == "2024" {
			found = true
		}
	}
	if !found {
		t.Error("no major 2024 tick on a month axis")
	}
}

// seedAxis places the seed events and dated articles on an axis.
func TestAxisSeeds(t *testing.T) {
	var items []Item
	for _, d := range loadSeeds(t) {
		for i, e := range Events(d) {
			if sp, ok := e.Span(); ok {
				items = append(items, Item{Span: sp, Kind: KindEvent, Ref: i})
			}
		}
	}
	a := NewAxis(items)
	b, ok := a.Bounds()
	if !ok || b.Start.Year() != 1953 || b.End.Year() != 2024 {
		t.Fatalf("bounds %v", b)
	}
	// decades: everything visible, the 1953 year is a span
	f := a.Layout(Scale{From: day("1950-01-01"), To: day("2030-01-01"), Width: 1200}, 6)
	if len(f.Marks)+f.Hidden != a.Len() {
		t.Errorf("decades: %d marks + %d hidden of %d", len(f.Marks), f.Hidden, a.Len())
	}
	// days: only the 2024-03-19 event of the week 22-26 March is not there, the 2024 year
	// and the September 2023 month are not visible; 2024 (a year) is
	f = a.Layout(Scale{From: day("2024-03-15"), To: day("2024-03-27"), Width: 1200}, 6)
	var got []string
	for _, m := range f.Marks {
		it := a.Item(m.Pos)
		got = append(got, it.Span.Start.Format("2006-01-02")+"/"+fmt.Sprint(m.Point))
	}
	if fmt.Sprint(got) != "[2024-03-19/true]" {
		t.Errorf("days window: %v", got)
	}
}

func TestVisibleLongSpans(t *testing.T) {
	a := NewAxis([]Item{
		{Span: Span{day("1990-01-01"), day("2000-01-01")}, Ref: 0},
		{Span: Span{day("1995-06-01"), day("1995-06-02")}, Ref: 1},
		{Span: Span{day("2001-01-01"), day("2001-01-02")}, Ref: 2},
	})
	got := a.Visible(day("1995-01-01"), day("1996-01-01"))
	if len(got) != 2 || a.Item(got[0]).Ref != 0 || a.Item(got[1]).Ref != 1 {
		t.Errorf("visible: %v", got)
	}
	if i, ok := a.Nearest(day("1995-07-01"), 1); !ok || a.Item(i).Ref != 2 {
		t.Errorf("next: %d %v", i, ok)
	}
	if i, ok := a.Nearest(day("1995-07-01"), -1); !ok || a.Item(i).Ref != 1 {
		t.Errorf("previous: %d %v", i, ok)
	}
	if _, ok := a.Nearest(day("2002-01-01"), 1); ok {
		t.Error("next past the end")
	}
}

func TestLayoutLanes(t *testing.T) {
	var items []Item
	for i := 0; i < 10; i++ {
		items = append(items, Item{Span: Span{day("2024-03-01"), day("2024-03-02")}, Ref: i})
	}
	a := NewAxis(items)
	f := a.Layout(Scale{From: day("2024-02-01"), To: day("2024-04-01"), Width: 600}, 4)
	if len(f.Marks) != 4 || f.Hidden != 6 {
		t.Fatalf("marks %d hidden %d", len(f.Marks), f.Hidden)
	}
	sum := 0
	for _, c := range f.Density {
		sum += c
	}
	if sum != 10 {
		t.Errorf("density counts %d", sum)
	}
	for i, m := range f.Marks {
		if m.Lane != i || m.X1-m.X0 < MinWidth {
			t.Errorf("mark %d: %+v", i, m)
		}
	}
}

// synthetic returns an axis of n articles over 1950-2024 with five events
// each, mixed precisions.
func synthetic(n int) *Axis {
	r := rand.New(rand.NewSource(1))
	precs := []dates.Precision{dates.PrecisionDay, dates.PrecisionDay, dates.PrecisionWeek, dates.PrecisionMonth, dates.PrecisionYear}
	base := day("2015-01-01")
	var items []Item
	for i := 0; i < n; i++ {
		pub := base.AddDate(0, 0, r.Intn(3650))
		items = append(items, Item{Span: Span{pub, pub.AddDate(0, 0, 1)}, Kind: KindArticle, Ref: i})
		for k := 0; k < 5; k++ {
			d := pub.AddDate(0, 0, -r.Intn(400))
			if k == 4 {
				d = day("1953-07-27")
			}
			p := precs[r.Intn(len(precs))]
			ds := dates.Format(d, p)
			if sp, ok := SpanOf(ds, p); ok {
				items = append(items, Item{Span: sp, Kind: KindEvent, Ref: i*5 + k})
			}
		}
	}
	return NewAxis(items)
}

func TestLayoutScale(t *testing.T) {
	a := synthetic(10000)
	s := Scale{From: day("1950-01-01"), To: day("2026-01-01"), Width: 1400}
	start := time.Now()
	f := a.Layout(s, 12)
	el := time.Since(start)
	if len(f.Marks)+f.Hidden != a.Len() {
		t.Errorf("%d + %d != %d", len(f.Marks), f.Hidden, a.Len())
	}
	t.Logf("%d items, all visible: %d marks, %d hidden, %d ticks in %v", a.Len(), len(f.Marks), f.Hidden, len(f.Ticks), el)
}

// BenchmarkLayout measures one pan/zoom frame over 10,000 synthetic articles
// (60,000 items) at several zoom levels, panning every frame.
func BenchmarkLayout(b *testing.B) {
	a := synthetic(10000)
	for _, z := range []struct {
		name     string
		from, to string
	}{
		{"decades", "1950-01-01", "2026-01-01"},
		{"years", "2015-01-01", "2025-01-01"},
		{"months", "2023-01-01", "2024-01-01"},
		{"days", "2024-03-01", "2024-03-31"},
	} {
		b.Run(z.name, func(b *testing.B) {
			s := Scale{From: day(z.from), To: day(z.to), Width: 1400}
			i := 0
			for b.Loop() {
				i++
				a.Layout(s.Pan(float64(i%50)), 12)
			}
		})
	}
}

func BenchmarkNewAxis(b *testing.B) {
	for b.Loop() {
		synthetic(10000)
	}
}

// LayoutInto reusing a frame gives what Layout gives, window after window.
func TestLayoutIntoReuses(t *testing.T) {
	a := synthetic(300)
	var f Frame
	for _, w := range []struct{ from, to string }{
		{"1950-01-01", "2026-01-01"}, {"2020-01-01", "2020-03-01"}, {"2015-01-01", "2025-01-01"}, {"1900-01-01", "1901-01-01"},
	} {
		s := Scale{From: day(w.from), To: day(w.to), Width: 900}
		a.LayoutInto(&f, s, 5)
		want := a.Layout(s, 5)
		if fmt.Sprint(f.Marks, f.Hidden, f.Density, f.Ticks) != fmt.Sprint(want.Marks, want.Hidden, want.Density, want.Ticks) {
			t.Errorf("%s–%s: LayoutInto differs from Layout", w.from, w.to)
		}
	}
	s := Scale{From: day("2015-01-01"), To: day("2025-01-01"), Width: 900}
	allocs := testing.AllocsPerRun(20, func() { a.LayoutInto(&f, s, 5) })
	ticks := testing.AllocsPerRun(20, func() { s.Ticks(TickGap) })
	if allocs > ticks { // the ticks' labels only, not the marks
		t.Errorf("LayoutInto allocates %.0f times a frame, its ticks %.0f", allocs, ticks)
	}
}
