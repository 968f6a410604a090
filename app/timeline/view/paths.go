package view

import (
	"math"

	"github.com/dossierapp/dossier/app/timeline"
)

// The paths of a drawn frame, plain Go: the painter (app/ui/timeline_paint.go)
// fills each as one Path2D.

// Mark states, in painting order.
const (
	StateDim = iota
	StateNormal
	StateHit
	States
)

// Colors is the number of story colour classes (.c0 … .c8).
const Colors = PaletteSize + 1

// Paths are the paths of a frame.
type Paths struct {
	// Groups[Group(shape, color, state)] outlines the marks of that look;
	// for ShapeSpan, the ring around them is in Rings
	Groups  [int(Shapes) * Colors * States][]byte
	Rings   [Colors * States][]byte
	Halo    []byte    // behind the marks that match the query
	Focus   []byte    // around the focused event
	Density []byte    // the density strip
	Ticks   [2][]byte // the tick lines, minor and major
}

// Group is the index in Paths.Groups of the marks of one look.
func Group(sh Shape, color, state int) int {
	return (int(sh)*Colors+color)*States + state
}

// Build outlines the frame's marks.
func (p *Paths) Build(f *Frame) {
	for i := range p.Groups {
		p.Groups[i] = p.Groups[i][:0]
	}
	for i := range p.Rings {
		p.Rings[i] = p.Rings[i][:0]
	}
	p.Halo, p.Focus, p.Density = p.Halo[:0], p.Focus[:0], p.Density[:0]
	p.Ticks[0], p.Ticks[1] = p.Ticks[0][:0], p.Ticks[1][:0]
	for _, t := range f.Ticks {
		if t.Major {
			p.Ticks[1] = rect(p.Ticks[1], t.X, 0, 2, f.Height)
		} else {
			p.Ticks[0] = rect(p.Ticks[0], t.X, 0, 1, f.Height)
		}
	}
	for _, mk := range f.Marks {
		st := StateNormal
		switch {
		case mk.Hit:
			st = StateHit
			p.Halo = rect(p.Halo, mk.X0-3, mk.Top-3, mk.X1-mk.X0+6, mk.H+6)
		case mk.Dim:
			st = StateDim
		}
		c := min(max(mk.Color, 0), Colors-1)
		k := Group(mk.Shape, c, st)
		w := mk.X1 - mk.X0
		switch mk.Shape {
		case ShapeDay:
			p.Groups[k] = dot(p.Groups[k], mk.X0, mk.Top, w, mk.H)
		case ShapeBar:
			p.Groups[k] = rect(p.Groups[k], mk.X0, mk.Top, w, mk.H)
		case ShapeSpan:
			p.Groups[k] = rect(p.Groups[k], mk.X0+2, mk.Top+2, w-4, mk.H-4)
			p.Rings[c*States+st] = ring(p.Rings[c*States+st], mk.X0, mk.Top, w, mk.H, 2)
		default:
			p.Groups[k] = ring(p.Groups[k], mk.X0, mk.Top, w, mk.H, 2)
		}
		if mk.Focus {
			p.Focus = ring(p.Focus, mk.X0-5, mk.Top-5, w+10, mk.H+10, 3)
		}
	}
	// density: a log-scaled bar per column
	maxN := 0
	for _, n := range f.Density {
		maxN = max(maxN, n)
	}
	if maxN == 0 {
		return
	}
	lm := log1p(maxN)
	base := f.DensityTop + DensityH
	for i, n := range f.Density {
		if n == 0 {
			continue
		}
		hh := DensityH * (0.25 + 0.75*log1p(n)/lm)
		p.Density = rect(p.Density, float64(i)*timeline.DensityPx, base-hh, timeline.DensityPx-0.5, hh)
	}
}

// rect appends a rectangle to an SVG path.
func rect(b []byte, x, y, w, h float64) []byte {
	b = append(b, 'M')
	b = AppendNum(b, x)
	b = append(b, ' ')
	b = AppendNum(b, y)
	b = append(b, 'h')
	b = AppendNum(b, w)
	b = append(b, 'v')
	b = AppendNum(b, h)
	b = append(b, 'h')
	b = AppendNum(b, -w)
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
	b = AppendNum(b, x+c)
	b = append(b, ' ')
	b = AppendNum(b, y)
	for _, d := range [...][2]float64{{w - 2*c, 0}, {c, c}, {0, h - 2*c}, {-c, c}, {2*c - w, 0}, {-c, -c}, {0, 2*c - h}} {
		b = append(b, 'l')
		b = AppendNum(b, d[0])
		b = append(b, ' ')
		b = AppendNum(b, d[1])
	}
	return append(b, 'z')
}

func log1p(n int) float64 { return math.Log1p(float64(n)) }
