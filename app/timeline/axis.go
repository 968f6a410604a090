package timeline

import (
	"cmp"
	"slices"
	"sort"
	"time"
)

// Kind tells what an axis item stands for.
type Kind uint8

// Item kinds.
const (
	KindArticle Kind = iota // an article placed by its publication date
	KindEvent               // an event placed by its resolved date
)

// Item is something drawn on the axis: Ref is the caller's index (into its
// articles or events slice), Span the time it covers.
type Item struct {
	Span Span
	Kind Kind
	Ref  int
}

// Axis indexes items by start time for fast visible-window queries. Build it
// once per corpus change with NewAxis; queries do not allocate beyond their
// results.
type Axis struct {
	items  []Item
	starts []int64 // Unix seconds of items[i].Span.Start, ascending
	ends   []int64
	maxLen int64 // the longest span, to find spans starting before the window
}

// NewAxis sorts a copy of items by start (then end, kind, ref) and indexes them.
func NewAxis(items []Item) *Axis {
	a := &Axis{items: append([]Item(nil), items...)}
	// Typed, not through sort.SliceStable's reflection: ten thousand
	// events sort several times faster, in the browser most of all.
	slices.SortStableFunc(a.items, func(x, y Item) int {
		if c := x.Span.Start.Compare(y.Span.Start); c != 0 {
			return c
		}
		if c := x.Span.End.Compare(y.Span.End); c != 0 {
			return c
		}
		if x.Kind != y.Kind {
			return cmp.Compare(x.Kind, y.Kind)
		}
		return cmp.Compare(x.Ref, y.Ref)
	})
	a.starts = make([]int64, len(a.items))
	a.ends = make([]int64, len(a.items))
	for i, it := range a.items {
		a.starts[i] = it.Span.Start.Unix()
		a.ends[i] = it.Span.End.Unix()
		if l := a.ends[i] - a.starts[i]; l > a.maxLen {
			a.maxLen = l
		}
	}
	return a
}

// Len returns the number of items.
func (a *Axis) Len() int { return len(a.items) }

// Item returns the i-th item in start order.
func (a *Axis) Item(i int) Item { return a.items[i] }

// Bounds returns the span covering all items; ok is false when empty.
func (a *Axis) Bounds() (Span, bool) {
	if len(a.items) == 0 {
		return Span{}, false
	}
	end := a.ends[0]
	for _, e := range a.ends {
		if e > end {
			end = e
		}
	}
	return Span{a.items[0].Span.Start, time.Unix(end, 0).UTC()}, true
}

// Visible returns the positions (in start order, for Item) of the items
// whose span overlaps [from, to).
func (a *Axis) Visible(from, to time.Time) []int {
	var out []int
	a.visit(from.Unix(), to.Unix(), func(i int) { out = append(out, i) })
	return out
}

// visit calls fn for every item overlapping [lo, hi), in start order.
func (a *Axis) visit(lo, hi int64, fn func(int)) {
	i := sort.Search(len(a.starts), func(i int) bool { return a.starts[i] >= lo-a.maxLen })
	for ; i < len(a.starts) && a.starts[i] < hi; i++ {
		if a.ends[i] > lo {
			fn(i)
		}
	}
}

// Mark is an item placed on screen: X0..X1 in pixels (at least MinWidth
// wide, so a day is a visible point) and a Lane (row) so that marks of one
// lane do not overlap.
type Mark struct {
	Pos    int // position in the axis, for Item
	X0, X1 float64
	Lane   int
	Point  bool // a single day, drawn as a dot
}

// Frame is everything the view draws for one scale.
type Frame struct {
	Ticks []Tick
	Marks []Mark
	// Hidden counts the visible items that found no free lane; Density
	// counts all visible items per column of DensityPx pixels, for an
	// overview strip and "+N" badges.
	Hidden  int
	Density []int

	laneEnd []float64 // LayoutInto's scratch
}

// Layout parameters.
const (
	MinWidth  = 6.0  // minimum mark width in pixels
	LaneGap   = 2.0  // minimum horizontal gap between marks of one lane
	DensityPx = 4.0  // width of a Density column
	TickGap   = 64.0 // minimum distance between tick labels
)

// Layout places the items visible at scale s in at most lanes rows
// (greedy, in start order: each mark takes the first row where it fits) and
// returns the ticks, the marks, the number of items that did not fit and the
// density strip. It is a pure function of the axis and its arguments.
func (a *Axis) Layout(s Scale, lanes int) Frame {
	var f Frame
	a.LayoutInto(&f, s, lanes)
	return f
}

// LayoutInto is Layout writing into f, reusing its slices: a view that lays
// out every animation frame allocates (and collects) almost nothing.
func (a *Axis) LayoutInto(f *Frame, s Scale, lanes int) {
	f.Ticks = s.Ticks(TickGap)
	f.Marks, f.Hidden, f.Density = f.Marks[:0], 0, f.Density[:0]
	if s.Width <= 0 || !s.To.After(s.From) || lanes <= 0 {
		return
	}
	k := s.pxPerSec()
	from := s.From.Unix()
	cols := int(s.Width/DensityPx) + 1
	f.Density = append(f.Density, make([]int, cols)...)
	f.laneEnd = append(f.laneEnd[:0], make([]float64, lanes)...)
	laneEnd := f.laneEnd
	for i := range laneEnd {
		laneEnd[i] = -1e18
	}
	a.visit(from, s.To.Unix(), func(i int) {
		x0 := float64(a.starts[i]-from) * k
		x1 := float64(a.ends[i]-from) * k
		point := a.ends[i]-a.starts[i] <= 86400
		if x1-x0 < MinWidth {
			c := (x0 + x1) / 2
			x0, x1 = c-MinWidth/2, c+MinWidth/2
		}
		col := int((x0 + x1) / 2 / DensityPx)
		if col < 0 {
			col = 0
		} else if col >= cols {
			col = cols - 1
		}
		f.Density[col]++
		for l := range laneEnd {
			if laneEnd[l]+LaneGap <= x0 {
				laneEnd[l] = x1
				f.Marks = append(f.Marks, Mark{Pos: i, X0: x0, X1: x1, Lane: l, Point: point})
				return
			}
		}
		f.Hidden++
	})
}

// Nearest returns the position of the first item starting after t (dir >
// 0) or of the last item starting before t (dir < 0), for keyboard
// navigation; ok is false past either end.
func (a *Axis) Nearest(t time.Time, dir int) (int, bool) {
	u := t.Unix()
	if dir > 0 {
		i := sort.Search(len(a.starts), func(i int) bool { return a.starts[i] > u })
		return i, i < len(a.starts)
	}
	i := sort.Search(len(a.starts), func(i int) bool { return a.starts[i] >= u }) - 1
	return i, i >= 0
}
