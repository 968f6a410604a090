package ui

import (
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/dates"
	"github.com/dossierapp/dossier/app/timeline"
)

// Drawing one frame of the time axis: plain Go that turns the visible window
// of the model into a list of marks (tlMark), ticks and texts (tick labels,
// band names, the labels of the marks that have room for one), which the
// view paints on a canvas (timeline_paint.go) and hit-tests for the pointer.
// Thousands of marks cost one canvas, not thousands of elements to parse,
// style, lay out and paint on every frame; and with no element changing, a
// frame costs the browser no style or layout work at all. Nothing here
// touches the browser, so it runs the same natively.

// tlGeom is the plot's geometry.
type tlGeom struct {
	width             float64
	artLanes, evLanes int
}

// Plot layout, in CSS pixels.
const (
	tlTickH    = 26.0 // tick label row
	tlArtLaneH = 20.0
	tlEvLaneH  = 24.0
	tlBandGap  = 16.0
	tlDensH    = 18.0
	tlMarkTop  = 4.0   // a mark's top inside its lane
	tlMarkH    = 12.0  // a mark's height
	tlLabelMin = 44.0  // narrowest room worth a label
	tlLabelMax = 320.0 // widest label
)

func (g tlGeom) artTop() float64 { return tlTickH + 16 }
func (g tlGeom) evTop() float64 {
	return g.artTop() + float64(g.artLanes)*tlArtLaneH + tlBandGap
}
func (g tlGeom) densTop() float64 { return g.evTop() + float64(g.evLanes)*tlEvLaneH + 4 }
func (g tlGeom) height() float64  { return g.densTop() + tlDensH }

// tlShape is how a mark shows its date's precision.
type tlShape uint8

// Mark shapes: precision drawn honestly.
const (
	shapeDay     tlShape = iota // an event on a day: a solid dot (a bar at day zoom)
	shapeBar                    // a week or a month: a lighter bar over it
	shapeSpan                   // a season, quarter, half, year, decade or century: an outlined bar across it
	shapeArticle                // an article on its publication day: an outlined square
	tlShapes
)

// shapeOf returns the shape of an event of precision p.
func shapeOf(p dates.Precision) tlShape {
	switch p {
	case dates.PrecisionWeek, dates.PrecisionMonth:
		return shapeBar
	case dates.PrecisionSeason, dates.PrecisionQuarter, dates.PrecisionHalf,
		dates.PrecisionYear, dates.PrecisionDecade, dates.PrecisionCentury:
		return shapeSpan
	}
	return shapeDay
}

// tlMark is a drawn mark: its box in CSS pixels, what it stands for (an
// index into the model's events or articles) and how it is drawn.
type tlMark struct {
	ev                bool // an event, else an article
	ref               int
	shape             tlShape
	color             int // palette index (CSS .cN)
	hit, dim, focus   bool
	x0, x1, top, h    float64
	laneTop, laneBott float64 // the lane, for hit testing
	labelEnd          float64 // the right end of its label, x1 without one
	label             string  // the label drawn, "" for none
}

// tlTextKind says how a text of the axis looks.
type tlTextKind uint8

// Texts of the axis.
const (
	textTick      tlTextKind = iota // a tick's label
	textTickMajor                   // the label of a tick starting a coarser unit
	textBand                        // a band's name
	textNote                        // the window's dates and the "+N more" count, at the right
	textEvent                       // an event's label
	textArticle                     // an article's label
)

// tlText is a text drawn on the axis: at x (its right end for textNote),
// centred on y, at most maxW pixels wide; mark is the index of the labelled
// mark, -1 for none.
type tlText struct {
	kind    tlTextKind
	x, y    float64
	maxW    float64
	s       string
	mark    int
	clipped bool // s was shortened: draw an ellipsis
}

// tlTick is a tick line.
type tlTick struct {
	x     float64
	major bool
}

// tlFrame is a drawn frame: the marks, the HTML on top of them, the density
// strip and a summary. Its slices are reused from frame to frame.
type tlFrame struct {
	marks   []tlMark
	ticks   []tlTick
	texts   []tlText
	density []int // items per timeline.DensityPx column, both bands
	stats   tlFrameStats
	densTop float64
	height  float64

	af, ef timeline.Frame
	avail  []float64
	last   []int
}

// tlFrameStats summarises a drawn frame.
type tlFrameStats struct {
	marks, hidden int
	level         timeline.Level
}

// drawFrame lays out the visible window at scale s into f: the marks of
// both bands, the density strip (every visible item, lanes or not), the
// ticks, and the texts: tick labels, band names, the window's dates, the
// labels of the marks with room for one and the count of items that found
// no lane. focus is the focused event (index into m.evs) or -1.
func drawFrame(f *tlFrame, m *tlModel, s timeline.Scale, g tlGeom, hits tlHits, focus int) tlFrameStats {
	m.artAxis.LayoutInto(&f.af, s, g.artLanes)
	m.evAxis.LayoutInto(&f.ef, s, g.evLanes)
	af, ef := &f.af, &f.ef
	f.stats = tlFrameStats{marks: len(af.Marks) + len(ef.Marks), hidden: af.Hidden + ef.Hidden, level: s.LevelFor(timeline.TickGap)}
	f.marks, f.ticks, f.texts = f.marks[:0], f.ticks[:0], f.texts[:0]
	f.densTop, f.height = g.densTop(), g.height()

	for _, t := range ef.Ticks {
		f.ticks = append(f.ticks, tlTick{x: t.X, major: t.Major})
		k := textTick
		if t.Major {
			k = textTickMajor
		}
		f.texts = append(f.texts, tlText{kind: k, x: t.X + 4, y: 11, maxW: tlLabelMax, s: t.Label, mark: -1})
	}
	// the window, in words, at the top right
	f.texts = append(f.texts,
		tlText{kind: textNote, x: s.Width - 6, y: 24, maxW: s.Width, s: s.From.Format("2 Jan 2006") + " – " + s.To.Format("2 Jan 2006"), mark: -1},
		tlText{kind: textBand, x: 4, y: g.artTop() - 8, maxW: tlLabelMax, s: "Articles", mark: -1},
		tlText{kind: textBand, x: 4, y: g.evTop() - 8, maxW: tlLabelMax, s: "Events", mark: -1})

	// marks, with the labels that fit
	f.addMarks(af.Marks, g.artTop(), tlArtLaneH, s.Width, func(pos int) (tlMark, string) {
		i := m.artAxis.Item(pos).Ref
		a := m.arts[i]
		mk := tlMark{ref: i, shape: shapeArticle, color: m.clusters[a.cluster].color}
		if hits.arts != nil {
			mk.hit, mk.dim = hits.arts[i], !hits.arts[i]
		}
		return mk, a.title
	})
	f.addMarks(ef.Marks, g.evTop(), tlEvLaneH, s.Width, func(pos int) (tlMark, string) {
		i := m.evAxis.Item(pos).Ref
		e := m.evs[i]
		mk := tlMark{ev: true, ref: i, shape: shapeOf(e.ev.Precision), color: m.clusters[m.arts[e.art].cluster].color, focus: i == focus}
		if hits.evs != nil {
			mk.hit, mk.dim = hits.evs[i], !hits.evs[i]
		}
		return mk, e.label
	})

	// density strip: every visible item, lanes or not
	f.density = append(f.density[:0], ef.Density...)
	for i, n := range af.Density {
		if i < len(f.density) {
			f.density[i] += n
		}
	}
	if f.stats.hidden > 0 {
		f.texts = append(f.texts, tlText{kind: textNote, x: s.Width - 6, y: g.densTop() - 9, maxW: s.Width, s: "+" + strconv.Itoa(f.stats.hidden) + " more here: zoom in", mark: -1})
	}
	return f.stats
}

// addMarks places the marks of one band. mark returns the mark of an axis
// position (its kind, reference and style) and its label; addMarks adds the
// geometry, and the label when there is room for it before the next mark of
// the lane.
func (f *tlFrame) addMarks(marks []timeline.Mark, top, laneH, width float64, mark func(pos int) (tlMark, string)) {
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
		mk.laneTop = top + float64(lm.Lane)*laneH
		mk.laneBott = mk.laneTop + laneH
		mk.x0, mk.x1, mk.top, mk.h = x0, x1, mk.laneTop+tlMarkTop, tlMarkH
		mk.labelEnd = x1
		if room := f.avail[k]; room >= tlLabelMin && label != "" {
			maxW := math.Min(room, tlLabelMax)
			t := tlText{kind: textArticle, x: x1 + 4, y: mk.top + mk.h/2, maxW: maxW, mark: len(f.marks)}
			if mk.ev {
				t.kind = textEvent
			}
			t.s = clip(label, int(maxW/tlCharW))
			t.clipped = len(t.s) < len(label)
			f.texts = append(f.texts, t)
			mk.label = label
			mk.labelEnd = x1 + 4 + math.Min(maxW, float64(len(t.s))*tlCharW)
		}
		f.marks = append(f.marks, mk)
	}
}

// tlCharW is about the width of a character of a label (11 px text), to
// shorten labels to their room.
const tlCharW = 5.5

// at returns the index of the mark under the point (x, y), or -1: the
// nearest mark (or label) of the lane under y, within a few pixels.
func (f *tlFrame) at(x, y float64) int {
	best, bestD := -1, 5.0
	for k, mk := range f.marks {
		if y < mk.laneTop || y >= mk.laneBott {
			continue
		}
		d := 0.0
		if x < mk.x0 {
			d = mk.x0 - x
		} else if x > mk.labelEnd {
			d = x - mk.labelEnd
		}
		if d < bestD || (d == bestD && d == 0) {
			best, bestD = k, d
		}
	}
	return best
}

// appendNum appends x rounded to a tenth, without a trailing ".0": fast
// enough for the thousands of coordinates of a frame.
func appendNum(b []byte, x float64) []byte {
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
