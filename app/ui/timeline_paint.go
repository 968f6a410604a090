package ui

import (
	"github.com/dossierapp/dossier/app/timeline/view"
	"math"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Painting a drawn frame (view.Frame) on the plot's canvas. The marks are
// grouped by look (shape, story colour, hit or dimmed by the search query),
// each group becomes one SVG path string, and each path one Path2D filled:
// a few dozen calls into the browser per frame whatever the number of
// marks. The shapes are straight-edged (a day's dot has cut corners,
// outlines are rings filled even-odd rather than stroked), which the
// browser rasterises several times faster than arcs and strokes. Building
// the paths is plain Go (view.Paths); only tlPainter.paint touches the browser.

// tlPainter paints frames on a canvas.
type tlPainter struct {
	paths       view.Paths
	canvas, ctx app.Value
	w, h, dpr   float64
	path2D      app.Value
}

// tlPalette are the colours and the font of the current theme, read from
// the page's CSS.
type tlPalette struct {
	story                         [view.Colors]string
	mark, accent, muted, fg, line string
	card, font                    string
}

// readPalette reads the theme's colours from the computed style of el.
func readPalette(el app.Value) tlPalette {
	cs := app.Window().Call("getComputedStyle", el)
	get := func(name, def string) string {
		if v := strings.TrimSpace(cs.Call("getPropertyValue", name).String()); v != "" {
			return v
		}
		return def
	}
	var p tlPalette
	for i := range p.story {
		p.story[i] = get("--s"+string(rune('0'+i)), "#888")
	}
	p.mark, p.accent, p.muted = get("--mark", "#ffe08a"), get("--accent", "#1d3557"), get("--muted", "#5a6472")
	p.fg, p.line, p.card = get("--fg", "#1b1f24"), get("--line", "#d0d4da"), get("--card", "#ffffff")
	p.font = get("font-family", "sans-serif")
	return p
}

// paint draws f on canvas, sized width × height CSS pixels.
func (p *tlPainter) paint(canvas app.Value, f *view.Frame, width, height float64, pal tlPalette) {
	dpr := app.Window().Get("devicePixelRatio").Float()
	if dpr <= 0 {
		dpr = 1
	}
	if p.canvas == nil || !p.canvas.Equal(canvas) {
		p.canvas, p.ctx, p.w, p.h = canvas, canvas.Call("getContext", "2d"), 0, 0
		p.path2D = app.Window().Get("Path2D")
	}
	if width != p.w || height != p.h || dpr != p.dpr {
		p.w, p.h, p.dpr = width, height, dpr
		canvas.Set("width", int(width*dpr+0.5))
		canvas.Set("height", int(height*dpr+0.5))
		st := canvas.Get("style")
		st.Set("width", string(view.AppendNum(nil, width))+"px")
		st.Set("height", string(view.AppendNum(nil, height))+"px")
	}
	ctx := p.ctx
	ctx.Call("setTransform", dpr, 0, 0, dpr, 0, 0)
	ctx.Call("clearRect", 0, 0, width, height)
	p.paths.Build(f)
	fill := func(path []byte, color string, alpha float64) {
		if len(path) == 0 {
			return
		}
		ctx.Set("globalAlpha", alpha)
		ctx.Set("fillStyle", color)
		ctx.Call("fill", p.path2D.New(string(path)), "evenodd")
	}
	fill(p.paths.Ticks[0], pal.line, 0.7)
	fill(p.paths.Ticks[1], pal.line, 1)
	fill(p.paths.Density, pal.muted, 0.45)
	for st := 0; st < view.States; st++ {
		if st == view.StateHit {
			fill(p.paths.Halo, pal.mark, 1)
		}
		a := 1.0
		if st == view.StateDim {
			a = 0.25
		}
		for c := 0; c < view.Colors; c++ {
			col := pal.story[c]
			fill(p.paths.Groups[view.Group(view.ShapeDay, c, st)], col, a)
			fill(p.paths.Groups[view.Group(view.ShapeBar, c, st)], col, 0.55*a)
			fill(p.paths.Groups[view.Group(view.ShapeSpan, c, st)], col, 0.22*a)
			fill(p.paths.Rings[c*view.States+st], col, a)
			fill(p.paths.Groups[view.Group(view.ShapeArticle, c, st)], col, a)
		}
	}
	fill(p.paths.Focus, pal.accent, 1)
	p.text(f, pal)
	ctx.Set("globalAlpha", 1)
}

// text draws the frame's texts, setting the context's font, colour and
// opacity only when they change.
func (p *tlPainter) text(f *view.Frame, pal tlPalette) {
	ctx := p.ctx
	var font, color, align string
	alpha := -1.0
	set := func(prop string, cur *string, v string) {
		if *cur != v {
			*cur = v
			ctx.Set(prop, v)
		}
	}
	ctx.Set("textBaseline", "middle")
	ctx.Set("letterSpacing", "0px")
	for _, t := range f.Texts {
		fnt, col, a, bg := "11px "+pal.font, pal.fg, 1.0, ""
		al := "left"
		var mk view.Mark
		if t.Mark >= 0 {
			mk = f.Marks[t.Mark]
		}
		switch t.Kind {
		case view.TextTick:
			col = pal.muted
		case view.TextTickMajor:
			fnt = "600 11px " + pal.font
		case view.TextBand:
			fnt, col, bg = "10px "+pal.font, pal.muted, pal.card
		case view.TextNote:
			fnt, col, bg, al = "10px "+pal.font, pal.muted, pal.card, "right"
		case view.TextArticle:
			col = pal.muted
		}
		switch {
		case mk.Hit:
			fnt, bg = "600 11px "+pal.font, pal.mark
		case mk.Dim:
			a = 0.25
		}
		if mk.Focus {
			fnt = "700 11px " + pal.font
		}
		s := t.S
		if t.Kind == view.TextBand {
			s = strings.ToUpper(s)
			ctx.Set("letterSpacing", "0.6px")
		}
		if t.Clipped {
			s += "…"
		}
		set("font", &font, fnt)
		set("textAlign", &align, al)
		if a != alpha {
			alpha = a
			ctx.Set("globalAlpha", a)
		}
		if bg != "" {
			w := math.Min(ctx.Call("measureText", s).Get("width").Float(), t.MaxW)
			x := t.X
			if al == "right" {
				x -= w
			}
			set("fillStyle", &color, bg)
			ctx.Call("fillRect", x-3, t.Y-7, w+6, 14)
		}
		set("fillStyle", &color, col)
		ctx.Call("fillText", s, t.X, t.Y, t.MaxW)
		if t.Kind == view.TextBand {
			ctx.Set("letterSpacing", "0px")
		}
	}
}
