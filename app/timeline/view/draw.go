package view

import (
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/dates"
	"github.com/dossierapp/dossier/app/timeline"
)

// Drawing one frame of the time axis: plain Go that turns the visible window
// of the model into a list of marks (Mark), ticks and texts (tick labels,
// band names, the labels of the marks that have room for one), which the
// view paints on a canvas (app/ui/timeline_paint.go) and hit-tests for the pointer.
// Thousands of marks cost one canvas, not thousands of elements to parse,
// style, lay out and paint on every frame; and with no element changing, a
// frame costs the browser no style or layout work at all. Nothing here
// touches the browser, so it runs the same natively.

// Geom is the plot's geometry.
type Geom struct {
	Width                float64
	ArtLanes, EventLanes int
}

// Plot layout, in CSS pixels.
const (
	TickH      = 26.0 // tick label row
	ArtLaneH   = 20.0
	EventLaneH = 24.0
	BandGap    = 16.0
	DensityH   = 18.0
	MarkTop    = 4.0   // a mark's top inside its lane
	MarkH      = 12.0  // a mark's height
	LabelMin   = 44.0  // narrowest room worth a label
	LabelMax   = 320.0 // widest label
)

// ArtTop is the top of the articles' band.
func (g Geom) ArtTop() float64 { return TickH + 16 }

// EventTop is the top of the events' band.
func (g Geom) EventTop() float64 {
	return g.ArtTop() + float64(g.ArtLanes)*ArtLaneH + BandGap
}

// DensityTop is the top of the density strip.
func (g Geom) DensityTop() float64 { return g.EventTop() + float64(g.EventLanes)*EventLaneH + 4 }

// Height is the plot's height.
func (g Geom) Height() float64 { return g.DensityTop() + DensityH }

// Shape is how a mark shows its date's precision.
type Shape uint8

// Mark shapes: precision drawn honestly.
const (
	ShapeDay     Shape = iota // an event on a day: a solid dot (a bar at day zoom)
	ShapeBar                  // a week or a month: a lighter bar over it
	ShapeSpan                 // a season, quarter, half, year, decade or century: an outlined bar across it
	ShapeArticle              // an article on its publication day: an outlined square
	Shapes
)

// ShapeOf returns the shape of an event of precision p.
func ShapeOf(p dates.Precision) Shape {
	switch p {
	case dates.PrecisionWeek, dates.PrecisionMonth:
		return ShapeBar
	case dates.PrecisionSeason, dates.PrecisionQuarter, dates.PrecisionHalf,
		dates.PrecisionYear, dates.PrecisionDecade, dates.PrecisionCentury:
		return ShapeSpan
	}
	return ShapeDay
}

// Mark is a drawn mark: its box in CSS pixels, what it stands for (an
// index into the model's events or articles) and how it is drawn.
type Mark struct {
	IsEvent             bool // an event, else an article
	Ref                 int
	Shape               Shape
	Color               int // palette index (CSS .cN)
	Hit, Dim, Focus     bool
	X0, X1, Top, H      float64
	LaneTop, LaneBottom float64 // the lane, for hit testing
	LabelEnd            float64 // the right end of its label, x1 without one
	Label               string  // the label drawn, "" for none
}

// TextKind says how a text of the axis looks.
type TextKind uint8

// Texts of the axis.
const (
	TextTick      TextKind = iota // a tick's label
	TextTickMajor                 // the label of a tick starting a coarser unit
	TextBand                      // a band's name
	TextNote                      // the window's dates and the "+N more" count, at the right
	TextEvent                     // an event's label
	TextArticle                   // an article's label
)

// Text is a text drawn on the axis: at x (its right end for TextNote),
// centred on y, at most maxW pixels wide; mark is the index of the labelled
// mark, -1 for none.
type Text struct {
	Kind    TextKind
	X, Y    float64
	MaxW    float64
	S       string
	Mark    int
	Clipped bool // s was shortened: draw an ellipsis
}

// Tick is a tick line.
type Tick struct {
	X     float64
	Major bool
}

// Frame is a drawn frame: the marks, the HTML on top of them, the density
// strip and a summary. Its slices are reused from frame to frame.
type Frame struct {
	Marks      []Mark
	Ticks      []Tick
	Texts      []Text
	Density    []int // items per timeline.DensityPx column, both bands
	Stats      FrameStats
	DensityTop float64
	Height     float64

	af, ef timeline.Frame
	avail  []float64
	last   []int
}

// FrameStats summarises a drawn frame.
type FrameStats struct {
	Marks, Hidden int
	Level         timeline.Level
}

// Draw lays out the visible window at scale s into f: the marks of
// both bands, the density strip (every visible item, lanes or not), the
// ticks, and the texts: tick labels, band names, the window's dates, the
// labels of the marks with room for one and the count of items that found
// no lane. focus is the focused event (index into m.Events) or -1.
func Draw(f *Frame, m *Model, s timeline.Scale, g Geom, hits Hits, focus int) FrameStats {
	m.ArtAxis.LayoutInto(&f.af, s, g.ArtLanes)
	m.EventAxis.LayoutInto(&f.ef, s, g.EventLanes)
	af, ef := &f.af, &f.ef
	f.Stats = FrameStats{Marks: len(af.Marks) + len(ef.Marks), Hidden: af.Hidden + ef.Hidden, Level: s.LevelFor(timeline.TickGap)}
	f.Marks, f.Ticks, f.Texts = f.Marks[:0], f.Ticks[:0], f.Texts[:0]
	f.DensityTop, f.Height = g.DensityTop(), g.Height()

	for _, t := range ef.Ticks {
		f.Ticks = append(f.Ticks, Tick{X: t.X, Major: t.Major})
		k := TextTick
		if t.Major {
			k = TextTickMajor
		}
		f.Texts = append(f.Texts, Text{Kind: k, X: t.X + 4, Y: 11, MaxW: LabelMax, S: t.Label, Mark: -1})
	}
	// the window, in words, at the top right
	f.Texts = append(f.Texts,
		Text{Kind: TextNote, X: s.Width - 6, Y: 24, MaxW: s.Width, S: s.From.Format("2 Jan 2006") + " – " + s.To.Format("2 Jan 2006"), Mark: -1},
		Text{Kind: TextBand, X: 4, Y: g.ArtTop() - 8, MaxW: LabelMax, S: "Articles", Mark: -1},
		Text{Kind: TextBand, X: 4, Y: g.EventTop() - 8, MaxW: LabelMax, S: "Events", Mark: -1})

	// marks, with the labels that fit
	f.addMarks(af.Marks, g.ArtTop(), ArtLaneH, s.Width, func(pos int) (Mark, string) {
		i := m.ArtAxis.Item(pos).Ref
		a := m.Arts[i]
		mk := Mark{Ref: i, Shape: ShapeArticle, Color: m.Clusters[a.Cluster].Color}
		if hits.Articles != nil {
			mk.Hit, mk.Dim = hits.Articles[i], !hits.Articles[i]
		}
		return mk, a.Title
	})
	f.addMarks(ef.Marks, g.EventTop(), EventLaneH, s.Width, func(pos int) (Mark, string) {
		i := m.EventAxis.Item(pos).Ref
		e := m.Events[i]
		mk := Mark{IsEvent: true, Ref: i, Shape: ShapeOf(e.Ev.Precision), Color: m.Clusters[m.Arts[e.Art].Cluster].Color, Focus: i == focus}
		if hits.Events != nil {
			mk.Hit, mk.Dim = hits.Events[i], !hits.Events[i]
		}
		return mk, e.Label
	})

	// density strip: every visible item, lanes or not
	f.Density = append(f.Density[:0], ef.Density...)
	for i, n := range af.Density {
		if i < len(f.Density) {
			f.Density[i] += n
		}
	}
	if f.Stats.Hidden > 0 {
		f.Texts = append(f.Texts, Text{Kind: TextNote, X: s.Width - 6, Y: g.DensityTop() - 9, MaxW: s.Width, S: "+" + strconv.Itoa(f.Stats.Hidden) + " more here: zoom in", Mark: -1})
	}
	return f.Stats
}

// addMarks places the marks of one band. mark returns the mark of an axis
// position (its kind, reference and style) and its label; addMarks adds the
// geometry, and the label when there is room for it before the next mark of
// the lane.
func (f *Frame) addMarks(marks []timeline.Mark, top, laneH, width float64, mark func(pos int) (Mark, string)) {
	// room to the right of each mark: up to the next mark of its lane
	f.avail = append(f.avail[:0], make([]float64, len(marks))...)
	f.last = f.last[:0]
	for k, mk := range marks {
		for len(f.last) <= mk.Lane {
			f.last = append(f.last, -1)
		}
		if j := f.last[mk.Lane]; j >= 0 {
			f.avail[j] = mk.X0 - marks[j].X1 - 8
		}
		f.last[mk.Lane] = k
	}
	for _, k := range f.last {
		if k >= 0 {
			f.avail[k] = width - marks[k].X1 - 4
		}
	}
	for k, lm := range marks {
		x0, x1 := lm.X0, lm.X1
		// keep huge spans (a year at day zoom) within reach of the view
		if x0 < -10 {
			x0 = -10
		}
		if x1 > width+10 {
			x1 = width + 10
		}
		x1 = math.Max(x1, x0+timeline.MinWidth)
		mk, label := mark(lm.Pos)
		mk.LaneTop = top + float64(lm.Lane)*laneH
		mk.LaneBottom = mk.LaneTop + laneH
		mk.X0, mk.X1, mk.Top, mk.H = x0, x1, mk.LaneTop+MarkTop, MarkH
		mk.LabelEnd = x1
		if room := f.avail[k]; room >= LabelMin && label != "" {
			maxW := math.Min(room, LabelMax)
			t := Text{Kind: TextArticle, X: x1 + 4, Y: mk.Top + mk.H/2, MaxW: maxW, Mark: len(f.Marks)}
			if mk.IsEvent {
				t.Kind = TextEvent
			}
			t.S = clip(label, int(maxW/charW))
			t.Clipped = len(t.S) < len(label)
			f.Texts = append(f.Texts, t)
			mk.Label = label
			mk.LabelEnd = x1 + 4 + math.Min(maxW, float64(len(t.S))*charW)
		}
		f.Marks = append(f.Marks, mk)
	}
}

// charW is about the width of a character of a label (11 px text), to
// shorten labels to their room.
const charW = 5.5

// At returns the index of the mark under the point (x, y), or -1: the
// nearest mark (or label) of the lane under y, within a few pixels.
func (f *Frame) At(x, y float64) int {
	best, bestD := -1, 5.0
	for k, mk := range f.Marks {
		if y < mk.LaneTop || y >= mk.LaneBottom {
			continue
		}
		d := 0.0
		if x < mk.X0 {
			d = mk.X0 - x
		} else if x > mk.LabelEnd {
			d = x - mk.LabelEnd
		}
		if d < bestD || (d == bestD && d == 0) {
			best, bestD = k, d
		}
	}
	return best
}

// AppendNum appends x rounded to a tenth, without a trailing ".0": fast
// enough for the thousands of coordinates of a frame.
func AppendNum(b []byte, x float64) []byte {
	n := int64(math.Round(x * 10))
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	b = strconv.AppendInt(b, n/10, 10)
	if d := n % 10; d != 0 {
		b = append(b, '.', byte('0'+d))
	}
	return b
}

// clip cuts s to at most n bytes, at a rune boundary (the painter adds an
// ellipsis).
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
