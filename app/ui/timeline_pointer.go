package ui

import (
	"encoding/json"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The pointer on the canvas: the marks are pixels, so a click or a hover
// finds its mark in the last drawn frame (view.Frame.At).

// markAt returns the index of the drawn mark under the pointer event e, or
// -1.
func (v *tlView) markAt(e, canvas app.Value) int {
	r := canvas.Call("getBoundingClientRect")
	x := e.Get("clientX").Float() - r.Get("left").Float()
	y := e.Get("clientY").Float() - r.Get("top").Float()
	return v.fr.At(x, y)
}

// markHref is the reader's address of drawn mark k.
func (v *tlView) markHref(k int) string {
	mk := v.fr.Marks[k]
	if mk.IsEvent {
		return articleEventHref(v.m.Events[mk.Ref].Ev)
	}
	return link(ReaderPath(v.m.Arts[mk.Ref].ID))
}

// clickMark opens the mark clicked on the canvas: in this tab, or in a new
// one with Ctrl, Cmd or Shift, as a link would.
func (v *tlView) clickMark(e, canvas app.Value) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.m == nil {
		return
	}
	k := v.markAt(e, canvas)
	if k < 0 {
		return
	}
	e.Call("preventDefault")
	href := app.Window().Get("location").Get("origin").String() + v.markHref(k)
	if e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("shiftKey").Bool() {
		app.Window().Call("open", href, "_blank", "noopener")
		return
	}
	if v.raf != nil {
		v.ctx.Dispatch(func(ctx app.Context) { ctx.Navigate(href) })
	}
}

// hoverLocked describes the mark under the mouse in the detail panel and
// shows a pointing hand over it.
func (v *tlView) hoverLocked(e app.Value) {
	if v.m == nil || e.Get("pointerType").String() != "mouse" {
		return
	}
	t := e.Get("target")
	if !t.Truthy() || !t.Get("closest").Truthy() || !t.Call("closest", "canvas.tl-canvas").Truthy() {
		return
	}
	k := v.markAt(e, t)
	if k == v.hover {
		return
	}
	v.hover = k
	if k < 0 {
		t.Get("style").Set("cursor", "")
		return
	}
	t.Get("style").Set("cursor", "pointer")
	v.describeMarkLocked(v.fr.Marks[k].IsEvent, v.fr.Marks[k].Ref)
}

// tlMarkJSON is a drawn mark as window.dossierTimelineMarks() reports it.
type tlMarkJSON struct {
	Kind  string  `json:"kind"` // "event" or "article"
	Date  string  `json:"date"`
	Class string  `json:"class"` // precision (p-day … p-decade, article), story colour (cN), hit, dim, focus
	X0    float64 `json:"x0"`    // the box, in CSS pixels from the plot's top left
	X1    float64 `json:"x1"`
	Y     float64 `json:"y"`
	H     float64 `json:"h"`
	Href  string  `json:"href"`
	Label string  `json:"label,omitempty"` // the label drawn beside it
}

// marksJSON lists the marks of the last frame.
func (v *tlView) marksJSON() string {
	v.mu.Lock()
	defer v.mu.Unlock()
	out := make([]tlMarkJSON, 0, len(v.fr.Marks))
	if v.m == nil {
		return "[]"
	}
	for k, mk := range v.fr.Marks {
		j := tlMarkJSON{Kind: "article", X0: mk.X0, X1: mk.X1, Y: mk.Top, H: mk.H, Href: v.markHref(k), Label: mk.Label}
		cls := []string{"article"}
		if mk.IsEvent {
			e := v.m.Events[mk.Ref].Ev
			j.Kind, j.Date, cls[0] = "event", e.Date, "p-"+string(e.Precision)
		} else {
			j.Date = v.m.Arts[mk.Ref].Date
		}
		cls = append(cls, "c"+string(rune('0'+mk.Color)))
		if mk.Hit {
			cls = append(cls, "hit")
		}
		if mk.Dim {
			cls = append(cls, "dim")
		}
		if mk.Focus {
			cls = append(cls, "focus")
		}
		j.Class = strings.Join(cls, " ")
		out = append(out, j)
	}
	b, err := json.Marshal(out)
	if err != nil {
		return "[]"
	}
	return string(b)
}
