package ui

import (
	"bytes"
	"html"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/timeline"
)

// Drawing one frame of the time axis: plain Go that turns the visible window
// of the model into HTML (absolutely positioned marks), which the view puts
// into the plot with one innerHTML assignment per animation frame. Nothing
// here touches the browser, so it runs the same natively.

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
	tlLabelMin = 44.0  // narrowest room worth a label
	tlLabelMax = 320.0 // widest label
)

func (g tlGeom) artTop() float64 { return tlTickH + 16 }
func (g tlGeom) evTop() float64 {
	return g.artTop() + float64(g.artLanes)*tlArtLaneH + tlBandGap
}
func (g tlGeom) densTop() float64 { return g.evTop() + float64(g.evLanes)*tlEvLaneH + 4 }
func (g tlGeom) height() float64  { return g.densTop() + tlDensH }

// tlFrameStats summarises a drawn frame.
type tlFrameStats struct {
	marks, hidden int
	level         timeline.Level
}

// drawFrame writes the HTML of the visible window at scale s: ticks, band
// labels, article and event marks (with labels where there is room), the
// density strip and the count of items that found no lane. focus is the
// focused event (index into m.evs) or -1.
func drawFrame(b *bytes.Buffer, m *tlModel, s timeline.Scale, g tlGeom, hits tlHits, focus int) tlFrameStats {
	af := m.artAxis.Layout(s, g.artLanes)
	ef := m.evAxis.Layout(s, g.evLanes)
	st := tlFrameStats{marks: len(af.Marks) + len(ef.Marks), hidden: af.Hidden + ef.Hidden, level: s.LevelFor(timeline.TickGap)}
	h := g.height()
	num := func(x float64) {
		var buf [24]byte
		b.Write(strconv.AppendFloat(buf[:0], math.Round(x*10)/10, 'f', -1, 64))
	}

	// ticks
	for _, t := range ef.Ticks {
		b.WriteString(`<div class="t t-`)
		b.WriteString(string(t.Level))
		if t.Major {
			b.WriteString(` maj`)
		}
		b.WriteString(`" style="left:`)
		num(t.X)
		b.WriteString(`px;height:`)
		num(h)
		b.WriteString(`px"><span>`)
		b.WriteString(html.EscapeString(t.Label))
		b.WriteString(`</span></div>`)
	}
	// the window, in words, at the top right
	b.WriteString(`<div class="range">`)
	b.WriteString(s.From.Format("2 Jan 2006"))
	b.WriteString(` – `)
	b.WriteString(s.To.Format("2 Jan 2006"))
	b.WriteString(`</div>`)
	// band labels
	b.WriteString(`<div class="band" style="top:`)
	num(g.artTop() - 2)
	b.WriteString(`px">Articles</div><div class="band" style="top:`)
	num(g.evTop() - 2)
	b.WriteString(`px">Events</div>`)

	// marks
	drawMarks(b, af.Marks, g.artTop(), tlArtLaneH, s.Width, num, func(pos int) string {
		i := m.artAxis.Item(pos).Ref
		a := m.arts[i]
		b.WriteString(`<a class="m a c`)
		b.WriteString(strconv.Itoa(m.clusters[a.cluster].color))
		if hits.arts != nil {
			if hits.arts[i] {
				b.WriteString(" hit")
			} else {
				b.WriteString(" dim")
			}
		}
		b.WriteString(`" href="`)
		b.WriteString(a.href)
		b.WriteString(`" data-art="`)
		b.WriteString(strconv.Itoa(i))
		b.WriteString(`" data-date="`)
		b.WriteString(a.date)
		b.WriteString(`" tabindex="-1"`)
		return a.title
	})
	drawMarks(b, ef.Marks, g.evTop(), tlEvLaneH, s.Width, num, func(pos int) string {
		i := m.evAxis.Item(pos).Ref
		e := m.evs[i]
		b.WriteString(`<a class="m e p-`)
		b.WriteString(string(e.ev.Precision))
		b.WriteString(" c")
		b.WriteString(strconv.Itoa(m.clusters[m.arts[e.art].cluster].color))
		if hits.evs != nil {
			if hits.evs[i] {
				b.WriteString(" hit")
			} else {
				b.WriteString(" dim")
			}
		}
		if i == focus {
			b.WriteString(" focus")
		}
		b.WriteString(`" href="`)
		b.WriteString(e.href)
		b.WriteString(`" data-ev="`)
		b.WriteString(strconv.Itoa(i))
		b.WriteString(`" data-date="`)
		b.WriteString(e.ev.Date)
		b.WriteString(`" tabindex="-1"`)
		return e.label
	})

	// density strip: every visible item, lanes or not
	maxN := 0
	for i, n := range ef.Density {
		if i < len(af.Density) {
			n += af.Density[i]
		}
		maxN = max(maxN, n)
	}
	if maxN > 0 {
		b.WriteString(`<svg class="dens" aria-hidden="true" style="top:`)
		num(g.densTop())
		b.WriteString(`px" width="`)
		num(s.Width)
		b.WriteString(`" height="`)
		num(tlDensH)
		b.WriteString(`"><path d="`)
		lm := math.Log1p(float64(maxN))
		for i, n := range ef.Density {
			if i < len(af.Density) {
				n += af.Density[i]
			}
			if n == 0 {
				continue
			}
			hh := tlDensH * (0.25 + 0.75*math.Log1p(float64(n))/lm)
			b.WriteByte('M')
			num(float64(i) * timeline.DensityPx)
			b.WriteByte(' ')
			num(tlDensH)
			b.WriteString(`v-`)
			num(hh)
			b.WriteString(`h`)
			num(timeline.DensityPx - 0.5)
			b.WriteString(`v`)
			num(hh)
			b.WriteByte('z')
		}
		b.WriteString(`"/></svg>`)
	}
	if st.hidden > 0 {
		b.WriteString(`<div class="more" style="top:`)
		num(g.densTop() - 2)
		b.WriteString(`px">+`)
		b.WriteString(strconv.Itoa(st.hidden))
		b.WriteString(` more here: zoom in</div>`)
	}
	return st
}

// drawMarks positions the marks of one band. open writes the opening tag
// with its attributes (but not its style) and returns the label; drawMarks
// adds the geometry and the label, when there is room for it before the next
// mark of the lane.
func drawMarks(b *bytes.Buffer, marks []timeline.Mark, top, laneH, width float64, num func(float64), open func(pos int) string) {
	// room to the right of each mark: up to the next mark of its lane
	avail := make([]float64, len(marks))
	last := map[int]int{}
	for k, mk := range marks {
		if j, ok := last[mk.Lane]; ok {
			avail[j] = mk.X0 - marks[j].X1 - 8
		}
		last[mk.Lane] = k
	}
	for _, k := range last {
		avail[k] = width - marks[k].X1 - 4
	}
	for k, mk := range marks {
		x0, x1 := mk.X0, mk.X1
		// keep huge spans (a year at day zoom) within reach of the view
		if x0 < -10 {
			x0 = -10
		}
		if x1 > width+10 {
			x1 = width + 10
		}
		b.WriteString("\n")
		label := open(mk.Pos)
		b.WriteString(` style="left:`)
		num(x0)
		b.WriteString(`px;top:`)
		num(top + float64(mk.Lane)*laneH)
		b.WriteString(`px;width:`)
		num(math.Max(x1-x0, timeline.MinWidth))
		b.WriteString(`px">`)
		if room := avail[k]; room >= tlLabelMin && label != "" {
			b.WriteString(`<span class="l" style="max-width:`)
			num(math.Min(room, tlLabelMax))
			b.WriteString(`px">`)
			b.WriteString(html.EscapeString(clip(label, int(room/5.5)+1)))
			b.WriteString(`</span>`)
		}
		b.WriteString(`</a>`)
	}
}

// clip cuts s to at most n bytes, at a rune boundary (CSS adds the
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

// escape escapes text for HTML.
func escape(s string) string { return html.EscapeString(s) }
