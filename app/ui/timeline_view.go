package ui

import (
	"github.com/dossierapp/dossier/app/timeline/view"
	"html"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dossierapp/dossier/app/timeline"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// tlView drives the time axis in the browser. Pointer, wheel and keyboard
// input changes the visible window at once (cheap arithmetic) and asks for an
// animation frame; the frame lays out only the visible window
// (timeline.Axis.Layout) and paints it, marks, ticks and labels, on a canvas:
// no element changes, so the browser has no style or layout to redo. Clicks
// and hovers on the canvas find their mark in the frame's list. None of this
// goes through go-app's render cycle: the page component renders the plot
// element empty and never touches its children.
//
// For measurement each frame records how long it took (performance.now()
// around layout, painting and DOM update) in window.dossierTimelineFrames and
// in the viewport's data-frame-ms attribute; window.dossierTimelineMarks()
// returns the marks drawn, as JSON, for tests.
type tlView struct {
	mu       sync.Mutex
	ctx      app.Context
	m        *view.Model
	from, to time.Time
	width    float64
	hits     view.Hits
	focus    int // index into m.Events, -1 when none
	pending  bool
	frames   int
	hover    int // the mark under the mouse, -1 when none

	drag struct {
		active bool
		lastX  float64
		moved  float64
	}
	suppressClick bool

	raf      app.Func
	funcs    []app.Func
	removers []func()
	fr       view.Frame
	painter  tlPainter

	// The plot's width comes from a ResizeObserver, after the browser's
	// own layout: reading it in a frame would force the style and layout
	// of a page go-app has just rendered (170–260 ms on the first frame of
	// the 10,000 Reuters stories) into the frame's task. A new plot is
	// drawn in the frame after the one that laid it out.
	ro       app.Value
	observed app.Value // the plot element ro observes
	sized    bool      // the width of observed is known
}

// Element IDs the view draws into.
const (
	tlViewportID = "tl-viewport"
	tlPlotID     = "tl-plot"
	tlDetailID   = "tl-detail"
)

// tlPlotHTML is the plot's content.
const tlPlotHTML = `<canvas class="tl-canvas"></canvas>`

func newTLView() *tlView { return &tlView{focus: -1, hover: -1, width: 1000} }

// geom is the plot geometry for the current width: fewer event lanes on a
// phone.
func (v *tlView) geom() view.Geom {
	g := view.Geom{Width: v.width, ArtLanes: 3, EventLanes: 7}
	if v.width < 600 {
		g.ArtLanes, g.EventLanes = 2, 6
	}
	// a small dossier needs fewer rows
	if v.m != nil {
		g.ArtLanes = max(1, min(g.ArtLanes, (len(v.m.Arts)+1)/2))
		g.EventLanes = max(2, min(g.EventLanes, (len(v.m.Events)+1)/2))
	}
	return g
}

func (v *tlView) scale() timeline.Scale {
	return timeline.Scale{From: v.from, To: v.to, Width: v.width}
}

func (v *tlView) setScale(s timeline.Scale) { v.from, v.to = s.From, s.To }

// setModel shows a new model. The window is kept unless there was none
// (from, to: a window asked for by the URL, else everything).
func (v *tlView) setModel(m *view.Model, hits view.Hits, from, to time.Time) {
	v.mu.Lock()
	defer v.mu.Unlock()
	first := v.m == nil
	v.m, v.hits = m, hits
	if v.focus >= len(m.Events) {
		v.focus = -1
	}
	if first {
		if from.IsZero() || !to.After(from) {
			from, to = m.Fit()
		}
		v.from, v.to = from, to
	}
	v.scheduleLocked()
}

func (v *tlView) setHits(h view.Hits) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.hits = h
	v.scheduleLocked()
}

// schedule asks for a frame; several inputs before it share one frame.
func (v *tlView) schedule() {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.scheduleLocked()
}

func (v *tlView) scheduleLocked() {
	if v.pending || !app.IsClient || v.raf == nil {
		return
	}
	v.pending = true
	app.Window().Call("requestAnimationFrame", v.raf)
}

// frame draws the visible window.
func (v *tlView) frame() {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.pending = false
	doc := app.Window().Get("document")
	plot := doc.Call("getElementById", tlPlotID)
	if v.m == nil || !plot.Truthy() {
		return
	}
	perf := app.Window().Get("performance")
	t0 := perf.Call("now").Float()
	if !plot.Equal(v.observed) {
		v.ro.Call("disconnect")
		v.ro.Call("observe", plot)
		v.observed, v.sized = plot, false
	}
	if !v.sized {
		return // drawn once ro tells the width (onResize)
	}
	canvas := plot.Get("firstElementChild")
	if !canvas.Truthy() || canvas.Get("tagName").String() != "CANVAS" {
		plot.Set("innerHTML", tlPlotHTML)
		canvas = plot.Get("firstElementChild")
	}
	pal := readPalette(plot)
	g := v.geom()
	st := view.Draw(&v.fr, v.m, v.scale(), g, v.hits, v.focus)
	v.hover = -1
	if h := strconv.Itoa(int(g.Height())) + "px"; plot.Get("style").Get("height").String() != h {
		plot.Get("style").Set("height", h)
	}
	v.painter.paint(canvas, &v.fr, v.width, g.Height(), pal)
	ms := perf.Call("now").Float() - t0
	v.frames++
	vp := doc.Call("getElementById", tlViewportID)
	if vp.Truthy() {
		ds := vp.Get("dataset")
		ds.Set("frameMs", strconv.FormatFloat(ms, 'f', 2, 64))
		ds.Set("frames", strconv.Itoa(v.frames))
		ds.Set("from", v.from.Format("2006-01-02"))
		ds.Set("to", v.to.Format("2006-01-02"))
		ds.Set("level", string(st.Level))
		ds.Set("marks", strconv.Itoa(st.Marks))
		ds.Set("hidden", strconv.Itoa(st.Hidden))
	}
	w := app.Window()
	if !w.Get("dossierTimelineFrames").Truthy() {
		w.Set("dossierTimelineFrames", w.Get("Array").New())
	}
	w.Get("dossierTimelineFrames").Call("push", ms)
}

// attach listens to the page's input. Listeners sit on the document, so they
// survive go-app replacing elements; they act only inside the viewport or on
// the toolbar's [data-tl] buttons.
func (v *tlView) attach(ctx app.Context) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if !app.IsClient || v.raf != nil {
		return
	}
	v.ctx = ctx
	v.raf = app.FuncOf(func(app.Value, []app.Value) any { v.frame(); return nil })
	doc := app.Window().Get("document")
	on := func(target app.Value, event string, opts map[string]any, fn func(e app.Value)) {
		f := app.FuncOf(func(_ app.Value, args []app.Value) any { fn(args[0]); return nil })
		target.Call("addEventListener", event, f, opts)
		v.funcs = append(v.funcs, f)
		v.removers = append(v.removers, func() { target.Call("removeEventListener", event, f, opts) })
	}
	on(doc, "wheel", map[string]any{"passive": false}, v.onWheel)
	on(doc, "pointerdown", nil, v.onPointerDown)
	on(doc, "pointermove", map[string]any{"passive": true}, v.onPointerMove)
	on(doc, "pointerup", nil, v.onPointerUp)
	on(doc, "pointercancel", nil, v.onPointerUp)
	on(doc, "keydown", nil, v.onKeyDown)
	on(doc, "click", map[string]any{"capture": true}, v.onClick)
	ro := app.FuncOf(func(_ app.Value, args []app.Value) any { v.onResize(args[0]); return nil })
	v.funcs = append(v.funcs, ro)
	v.ro = app.Window().Get("ResizeObserver").New(ro)
	v.removers = append(v.removers, func() { v.ro.Call("disconnect") })
	marks := app.FuncOf(func(app.Value, []app.Value) any { return v.marksJSON() })
	app.Window().Set("dossierTimelineMarks", marks)
	v.funcs = append(v.funcs, marks)
	v.removers = append(v.removers, func() { app.Window().Delete("dossierTimelineMarks") })
}

// detach removes the listeners when the page goes away.
func (v *tlView) detach() {
	v.mu.Lock()
	defer v.mu.Unlock()
	for _, r := range v.removers {
		r()
	}
	for _, f := range v.funcs {
		f.Release()
	}
	if v.raf != nil {
		v.raf.Release()
	}
	v.removers, v.funcs, v.raf, v.pending = nil, nil, nil, false
	v.observed, v.sized = nil, false
}

// onResize takes the plot's width from the ResizeObserver's last entry
// and draws with it when it is new (the frame's own change of the plot's
// height draws nothing again).
func (v *tlView) onResize(entries app.Value) {
	n := entries.Length()
	if n == 0 {
		return
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	w := entries.Index(n - 1).Get("contentRect").Get("width").Float()
	if v.sized && (w <= 0 || w == v.width) {
		return
	}
	if w > 0 {
		v.width = w
	}
	v.sized = true
	v.scheduleLocked()
}

// inViewport reports whether the event's target is inside the viewport.
func inViewport(e app.Value) bool {
	t := e.Get("target")
	if !t.Truthy() || !t.Get("closest").Truthy() {
		return false
	}
	return t.Call("closest", "#"+tlViewportID).Truthy()
}

// localX is the event's x coordinate inside the viewport.
func localX(e app.Value) float64 {
	vp := app.Window().Get("document").Call("getElementById", tlViewportID)
	if !vp.Truthy() {
		return 0
	}
	return e.Get("clientX").Float() - vp.Call("getBoundingClientRect").Get("left").Float()
}

func (v *tlView) onWheel(e app.Value) {
	if !inViewport(e) {
		return
	}
	e.Call("preventDefault")
	dx, dy := e.Get("deltaX").Float(), e.Get("deltaY").Float()
	switch e.Get("deltaMode").Int() {
	case 1: // lines
		dx, dy = dx*16, dy*16
	case 2: // pages
		dx, dy = dx*v.width, dy*v.width
	}
	x := localX(e)
	v.mu.Lock()
	defer v.mu.Unlock()
	if e.Get("shiftKey").Bool() && dx == 0 {
		dx, dy = dy, 0
	}
	if math.Abs(dx) > math.Abs(dy) {
		v.setScale(v.scale().Pan(dx))
	} else {
		f := math.Exp(-dy * 0.002)
		f = math.Max(0.5, math.Min(2, f))
		v.setScale(v.scale().Zoom(f, x))
	}
	v.scheduleLocked()
}

func (v *tlView) onPointerDown(e app.Value) {
	if !inViewport(e) || e.Get("button").Int() != 0 {
		return
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	v.drag.active, v.drag.lastX, v.drag.moved = true, e.Get("clientX").Float(), 0
	v.suppressClick = false
}

func (v *tlView) onPointerMove(e app.Value) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if !v.drag.active {
		v.hoverLocked(e)
		return
	}
	x := e.Get("clientX").Float()
	dx := x - v.drag.lastX
	v.drag.lastX = x
	v.drag.moved += math.Abs(dx)
	if dx != 0 {
		v.setScale(v.scale().Pan(-dx))
		v.scheduleLocked()
	}
}

func (v *tlView) onPointerUp(e app.Value) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.drag.active && v.drag.moved > 4 {
		v.suppressClick = true
	}
	v.drag.active = false
}

// onClick swallows the click that ends a drag (so a drag over a mark does
// not open it) and runs the toolbar's [data-tl] buttons.
func (v *tlView) onClick(e app.Value) {
	v.mu.Lock()
	suppress := v.suppressClick && inViewport(e)
	v.suppressClick = false
	v.mu.Unlock()
	if suppress {
		e.Call("preventDefault")
		e.Call("stopPropagation")
		return
	}
	t := e.Get("target")
	if !t.Truthy() || !t.Get("closest").Truthy() {
		return
	}
	if t.Call("closest", "canvas.tl-canvas").Truthy() {
		v.clickMark(e, t)
		return
	}
	if b := t.Call("closest", "[data-tl]"); b.Truthy() {
		e.Call("preventDefault")
		v.command(b.Call("getAttribute", "data-tl").String())
	}
}

// command runs a named action of the toolbar or the keyboard.
func (v *tlView) command(name string) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.m == nil {
		return
	}
	s := v.scale()
	center := v.width / 2
	if v.focus >= 0 {
		if x := s.X(v.m.Events[v.focus].Span.Start); x >= 0 && x <= v.width {
			center = x
		}
	}
	switch name {
	case "in":
		v.setScale(s.Zoom(2, center))
	case "out":
		v.setScale(s.Zoom(0.5, center))
	case "fit":
		v.from, v.to = v.m.Fit()
	case "left":
		v.setScale(s.Pan(-v.width / 3))
	case "right":
		v.setScale(s.Pan(v.width / 3))
	case "prev":
		v.moveFocusLocked(-1)
	case "next":
		v.moveFocusLocked(1)
	case "first":
		v.focusPosLocked(0)
	case "last":
		v.focusPosLocked(len(v.m.EventOrder) - 1)
	case "open":
		if v.focus >= 0 && v.raf != nil {
			href := app.Window().Get("location").Get("origin").String() + articleEventHref(v.m.Events[v.focus].Ev)
			v.ctx.Dispatch(func(ctx app.Context) { ctx.Navigate(href) })
		}
		return
	}
	v.scheduleLocked()
}

func (v *tlView) onKeyDown(e app.Value) {
	if !inViewport(e) || e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("altKey").Bool() {
		return
	}
	shift := e.Get("shiftKey").Bool()
	var cmd string
	switch e.Get("key").String() {
	case "+", "=":
		cmd = "in"
	case "-", "_":
		cmd = "out"
	case "0":
		cmd = "fit"
	case "ArrowLeft":
		cmd = "prev"
		if shift {
			cmd = "left"
		}
	case "ArrowRight":
		cmd = "next"
		if shift {
			cmd = "right"
		}
	case "Home":
		cmd = "first"
	case "End":
		cmd = "last"
	case "Enter":
		cmd = "open"
	default:
		return
	}
	e.Call("preventDefault")
	v.command(cmd)
}

// moveFocusLocked focuses the next (dir > 0) or previous event in date
// order; without a focus, the first event in view from that side.
func (v *tlView) moveFocusLocked(dir int) {
	n := len(v.m.EventOrder)
	if n == 0 {
		return
	}
	var pos int
	if v.focus < 0 {
		var ok bool
		if dir > 0 {
			pos, ok = v.m.EventAxis.Nearest(v.from.Add(-time.Second), 1)
		} else {
			pos, ok = v.m.EventAxis.Nearest(v.to, -1)
		}
		if !ok {
			pos = 0
			if dir < 0 {
				pos = n - 1
			}
		}
	} else {
		pos = v.m.EventPos[v.focus] + dir
	}
	v.focusPosLocked(pos)
}

// focusPosLocked focuses the event at date-order position pos, brings it into
// view and describes it in the detail panel (a live region).
func (v *tlView) focusPosLocked(pos int) {
	n := len(v.m.EventOrder)
	if n == 0 {
		return
	}
	pos = max(0, min(pos, n-1))
	v.focus = v.m.EventOrder[pos]
	e := v.m.Events[v.focus]
	s := v.scale()
	mid := e.Span.Start.Add(e.Span.End.Sub(e.Span.Start) / 2)
	if x := s.X(mid); x < 0.08*v.width || x > 0.92*v.width {
		v.setScale(s.Pan(x - v.width/2))
	}
	v.describeLocked(v.focus, pos, n)
}

// describeMarkLocked describes event or article i in the detail panel.
func (v *tlView) describeMarkLocked(ev bool, i int) {
	if ev {
		v.describeLocked(i, v.m.EventPos[i], len(v.m.EventOrder))
		return
	}
	a := v.m.Arts[i]
	d := app.Window().Get("document").Call("getElementById", tlDetailID)
	if d.Truthy() {
		d.Set("innerHTML", `<p class="when"><strong>`+escape(view.FormatDate(a.Date, "day"))+`</strong> <span class="prec">article</span></p><p class="sentence"><a href="`+a.Href+`">`+escape(a.Title)+`</a></p><p class="src">`+strconv.Itoa(a.Events)+` dated events; story: `+escape(v.m.Clusters[a.Cluster].Label)+`</p>`)
	}
}

// describeLocked shows event i (at date-order position pos of n) in the
// detail panel, a live region.
func (v *tlView) describeLocked(i, pos, n int) {
	d := app.Window().Get("document").Call("getElementById", tlDetailID)
	if !d.Truthy() || i < 0 {
		return
	}
	e := v.m.Events[i]
	a := v.m.Arts[e.Art]
	var b strings.Builder
	b.WriteString(`<p class="when"><strong>`)
	b.WriteString(escape(view.FormatDate(e.Ev.Date, e.Ev.Precision)))
	b.WriteString(`</strong> <span class="prec">`)
	b.WriteString(escape(string(e.Ev.Precision)))
	b.WriteString(`</span> <span class="pos">event `)
	b.WriteString(strconv.Itoa(pos + 1))
	b.WriteString(` of `)
	b.WriteString(strconv.Itoa(n))
	b.WriteString(`</span></p><p class="sentence"><a href="`)
	b.WriteString(e.Href)
	b.WriteString(`">`)
	b.WriteString(escape(e.Ev.Text))
	b.WriteString(`</a></p><p class="src">“`)
	b.WriteString(escape(e.Ev.Expression))
	b.WriteString(`” in `)
	b.WriteString(escape(a.Title))
	if a.Date != "" {
		b.WriteString(`, published `)
		b.WriteString(escape(view.FormatDate(a.Date, "day")))
	}
	if i == v.focus {
		b.WriteString(`. Press Enter to read it.`)
	}
	b.WriteString(`</p>`)
	d.Set("innerHTML", b.String())
}

// escape escapes text for HTML.
func escape(s string) string { return html.EscapeString(s) }
