package ui

import (
	"github.com/dossierapp/dossier/app/clean"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The reader marks the sentence an event links to (see
// timeline.ParseEventRef) <mark class="event-hit"> and scrolls to it.

// eventHitID is the ID of the first mark of the highlighted sentence.
const eventHitID = "event-hit"

// hitSegments renders the kept segments of a block with the bytes [lo, hi)
// of their joined text inside <mark class="event-hit">. render renders one
// segment as the reader does.
func hitSegments(b clean.Block, lo, hi int, render func(clean.Segment) app.UI) []app.UI {
	var out []app.UI
	pos := 0
	first := true
	mark := func(body ...app.UI) app.UI {
		m := app.Mark().Class("event-hit")
		if first {
			m = m.ID(eventHitID).TabIndex(-1)
			first = false
		}
		return m.Body(body...)
	}
	for _, s := range b.Segments {
		if s.Removed != "" {
			if ui := render(s); ui != nil {
				out = append(out, ui)
			}
			continue
		}
		a, z := pos, pos+len(s.Text)
		pos = z
		switch {
		case z <= lo || a >= hi:
			out = append(out, render(s))
		case s.Original != "":
			out = append(out, mark(render(s)))
		default:
			i, j := max(lo-a, 0), min(hi-a, len(s.Text))
			if i > 0 {
				out = append(out, app.Text(s.Text[:i]))
			}
			out = append(out, mark(app.Text(s.Text[i:j])))
			if j < len(s.Text) {
				out = append(out, app.Text(s.Text[j:]))
			}
		}
	}
	return out
}

// scrollToEventHit brings the highlighted sentence into view, centred.
func scrollToEventHit() {
	if !app.IsClient {
		return
	}
	el := app.Window().GetElementByID(eventHitID)
	if !el.Truthy() {
		return
	}
	el.Call("scrollIntoView", map[string]any{"block": "center"})
	el.Call("focus", map[string]any{"preventScroll": true})
}
