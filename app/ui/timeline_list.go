package ui

import (
	"html"
	"strconv"
	"strings"

	"github.com/dossierapp/dossier/app/timeline/view"
)

// eventListHTML is the timeline's list of its first n events (in date
// order) as HTML, marked as hits or dimmed when a search shows them
// (hits). The list is plain links, no handlers, so go-app mounts it as one
// element from its HTML (app.Raw): the browser parses it in one call,
// where go-app made each of a row's ~11 nodes and their attributes a call
// each (with the tray's list, trayHTML, the first visit to the 10,000
// Reuters stories' timeline makes 87 elements with createElement, not
// 585). go-app's own handler of link clicks is the window's, so its links
// navigate within the app as before.
func eventListHTML(m *view.Model, hits view.Hits, n int) string {
	var b strings.Builder
	b.Grow(n * 400)
	b.WriteString(`<ol class="tl-list">`)
	for k := 0; k < n; k++ {
		i := m.EventOrder[k]
		e := m.Events[i]
		a := m.Arts[e.Art]
		b.WriteString(`<li class="c`)
		b.WriteString(strconv.Itoa(m.Clusters[a.Cluster].Color))
		if hits.Events != nil {
			if hits.Events[i] {
				b.WriteString(" hit")
			} else {
				b.WriteString(" dim")
			}
		}
		writeHTML(&b, `" data-date="`, e.Ev.Date)
		writeHTML(&b, `"><time datetime="`, view.HTMLDate(e.Ev.Date, e.Ev.Precision))
		writeHTML(&b, `">`, view.FormatDate(e.Ev.Date, e.Ev.Precision))
		writeHTML(&b, `</time><span class="prec">`, string(e.Ev.Precision))
		writeHTML(&b, `</span><a class="sentence" href="`, articleEventHref(e.Ev))
		writeHTML(&b, `">`, e.Ev.Text)
		writeHTML(&b, `</a><span class="src">in <a href="`, link(ReaderPath(a.ID)))
		writeHTML(&b, `">`, truncate(a.Title, 90))
		b.WriteString(`</a></span></li>`)
	}
	b.WriteString(`</ol>`)
	return b.String()
}

// writeHTML writes markup, then s escaped as HTML text or attribute value.
func writeHTML(b *strings.Builder, markup, s string) {
	b.WriteString(markup)
	b.WriteString(html.EscapeString(s))
}
