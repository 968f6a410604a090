package ui

import (
	"math"

	"github.com/dossierapp/dossier/app/timeline"
)

// The paths of a drawn frame, plain Go: the painter (timeline_paint.go)
// fills each as one Path2D.

// Mark states, in painting order.
const (
	stateDim = iota
	stateNormal
	stateHit
	tlStates
)

// tlColors is the number of story colour classes (.c0 … .c8).
const tlColors = paletteSize + 1

// tlPaths are the paths of a frame.
type tlPaths struct {
	// groups[group(shape, color, state)] outlines the marks of that look;
	// for shapeSpan, the ring around them is in rings
	groups  [int(tlShapes) * tlColors * tlStates][]byte
	rings   [tlColors * tlStates][]byte
	halo    []byte    // behind the marks that match the query
	focus   []byte    // around the focused event
	density []byte    // the density strip
	ticks   [2][]byte // the tick lines, minor and major
}

func group(sh tlShape, color, state int) int {
	return (int(sh)*tlColors+color)*tlStates + state
}

// build outlines the frame's marks.
func (p *tlPaths) build(f *tlFrame) {
	for i := range p.groups {
		p.groups[i] = p.groups[i][:0]
	}
	for i := range p.rings {
		p.rings[i] = p.rings[i][:0]
	}
	p.halo, p.focus, p.density = p.halo[:0], p.focus[:0], p.density[:0]
	p.ticks[0], p.ticks[1] = p.ticks[0][:0], p.ticks[1][:0]
	for _, t := range f.ticks {
		if t.major {
			p.ticks[1] = rect(p.ticks[1], t.x, 0, 2, f.height)
		} else {
			p.ticks[0] = rect(p.ticks[0], t.x, 0, 1, f.height)
		}
	}
	for _, mk := range f.marks {
		st := stateNormal
		switch {
		case mk.hit:
			st = stateHit
			p.halo = rect(p.halo, mk.x0-3, mk.top-3, mk.x1-mk.x0+6, mk.h+6)
		case mk.dim:
			st = stateDim
		}
		c := min(max(mk.color, 0), tlColors-1)
		k := group(mk.shape, c, st)
		w := mk.x1 - mk.x0
		switch mk.shape {
		case shapeDay:
			p.groups[k] = dot(p.groups[k], mk.x0, mk.top, w, mk.h)
		case shapeBar:
			p.groups[k] = rect(p.groups[k], mk.x0, mk.top, w, mk.h)
		case shapeSpan:
			p.groups[k] = rect(p.groups[k], mk.x0+2, mk.top+2, w-4, mk.h-4)
			p.rings[c*tlStates+st] = ring(p.rings[c*tlStates+st], mk.x0, mk.top, w, mk.h, 2)
		default:
			p.groups[k] = ring(p.groups[k], mk.x0, mk.top, w, mk.h, 2)
		}
		if mk.focus {
			p.focus = ring(p.focus, mk.x0-5, mk.top-5, w+10, mk.h+10, 3)
		}
	}
	// density: a log-scaled bar per column
	maxN := 0
	for _, n := range f.density {
		maxN = max(maxN, n)
	}
	if maxN == 0 {
		return
	}
	lm := log1p(maxN)
	base := f.densTop + tlDensH
	for i, n := range f.density {
		if n == 0 {
			continue
		}
		hh := tlDensH * (0.25 + 0.75*log1p(n)/lm)
		p.density = rect(p.density, float64(i)*timeline.DensityPx, base-hh, timeline.DensityPx-0.5, hh)
	}
}

// rect appends a rectangle to an SVG path.
func rect(b []byte, x, y, w, h float64) []byte {
	b = append(b, 'M')
	b = appendNum(b, x)
	b = append(b, ' ')
	b = appendNum(b, y)
	b = append(b, 'h')
	b = appendNum(b, w)
	b = append(b, 'v')
	b = appendNum(b, h)
	b = append(b, 'h')
	b = appendNum(b, -w)
	return append(b, 'z')
}

// ring appends the frame of width t inside a rectangle, to be filled
// even-odd: the rectangle and the one inside it.
func ring(b []byte, x, y, w, h, t float64) []byte {
	b = rect(b, x, y, w, h)
	if w > 2*t && h > 2*t {
		b = rect(b, x+t, y+t, w-2*t, h-2*t)
	}
	return b
}

// dot appends a rectangle with its corners cut, a third of its narrower
// side (a day: a rounded dot, a bar when zoomed in to days).
func dot(b []byte, x, y, w, h float64) []byte {
	c := min(w, h) / 3
	b = append(b, 'M')
	b = appendNum(b, x+c)
	b = append(b, ' ')
	b = appendNum(b, y)
	for _, d := range [...][2]float64{{w - 2*c, 0}, {c, c}, {0, h - 2*c}, {-c, c}, {2*c - w, 0}, {-c, -c}, {0, 2*c - h}} {
		b = append(b, 'l')
		b = appendNum(b, d[0])
		b = append(b, ' ')
		b = appendNum(b, d[1])
	}
	return append(b, 'z')
}

func log1p(n int) float64 { return math.Log1p(float64(n)) }
