package ui

import (
	"fmt"
	"strings"

	"github.com/dossierapp/dossier/app/dates"
	"github.com/dossierapp/dossier/app/timeline/view"
)

// trayHTML is the list of the undated tray as HTML: the first undated of
// the undated articles, each with the relative dates it waits for and a
// form to set its date, then the first dated of those the reader dated,
// each with a button to clear it, and a "show more" item after a list that
// has more. Like the list of events (eventListHTML) it is mounted as one
// element from its HTML; the tray's section handles its forms and buttons
// (timelinePage.onTraySubmit, onTrayClick).
func trayHTML(m *view.Model, undated, dated int) string {
	var b strings.Builder
	b.WriteString("<ul>")
	nu := min(len(m.Undated), undated)
	for _, ai := range m.Undated[:nu] {
		trayItemHTML(&b, m.Arts[ai], m.Synthetic == 0)
	}
	if nu < len(m.Undated) {
		trayMoreHTML(&b, "undated", nu, len(m.Undated), "undated articles")
	}
	nd := min(len(m.UserDated), dated)
	for _, ai := range m.UserDated[:nd] {
		a := m.Arts[ai]
		writeHTML(&b, `<li class="tray-item user-dated" data-id="`, a.ID)
		writeHTML(&b, `"><a class="title" href="`, link(ReaderPath(a.ID)))
		writeHTML(&b, `">`, a.Title)
		writeHTML(&b, `</a><p class="exprs">You dated it <time datetime="`, a.UserDate)
		writeHTML(&b, `">`, view.FormatDate(a.UserDate, dates.PrecisionDay))
		writeHTML(&b, `</time>`, fmt.Sprintf(": %d %s placed. ", a.Events, plural(a.Events, "event", "events")))
		writeHTML(&b, `<button type="button" class="clear" aria-label="`, "Clear the date of "+a.Title)
		writeHTML(&b, `" data-id="`, a.ID)
		b.WriteString(`">Clear</button></p></li>`)
	}
	if nd < len(m.UserDated) {
		trayMoreHTML(&b, "dated", nd, len(m.UserDated), "articles you dated")
	}
	b.WriteString("</ul>")
	return b.String()
}

// trayItemHTML writes an undated article's item of the tray, with its
// form when form is set (not in a synthetic timeline).
func trayItemHTML(b *strings.Builder, a view.Article, form bool) {
	writeHTML(b, `<li class="tray-item" data-id="`, a.ID)
	writeHTML(b, `"><a class="title" href="`, link(ReaderPath(a.ID)))
	writeHTML(b, `">`, a.Title)
	b.WriteString(`</a>`)
	exprs := view.UniqueExpressions(a.Unresolved)
	if len(exprs) == 0 {
		b.WriteString(`<p class="exprs none">No relative dates in this article.</p>`)
	} else {
		b.WriteString(`<div class="exprs"><span class="label">Waiting for a date:</span><ul>`)
		for k, x := range exprs {
			if k == tlChipsMax {
				writeHTML(b, `<li class="more-exprs">`, fmt.Sprintf("and %d more", len(exprs)-k))
				b.WriteString(`</li>`)
				break
			}
			writeHTML(b, `<li class="expr" title="`, sentenceOf(a, x))
			writeHTML(b, `">`, "“"+x+"”")
			b.WriteString(`</li>`)
		}
		b.WriteString(`</ul></div>`)
	}
	if form {
		id := "date-" + a.ID
		writeHTML(b, `<form class="set-date" data-id="`, a.ID)
		writeHTML(b, `"><label for="`, id)
		writeHTML(b, `">Published on</label><input type="date" id="`, id)
		b.WriteString(`" name="date" required max="2100-12-31"><button type="submit">Set date</button></form>`)
	}
	b.WriteString(`</li>`)
}

// sentenceOf returns the sentence of the article's first unresolved
// expression x ("" when none): the title of x's chip.
func sentenceOf(a view.Article, x string) string {
	for _, e := range a.Unresolved {
		if e.Expression == x {
			return e.Text
		}
	}
	return ""
}

// trayMoreHTML writes the tray's "show more" item for a list of which
// shown of total articles are on the page.
func trayMoreHTML(b *strings.Builder, kind string, shown, total int, what string) {
	next := min(tlTrayPage, total-shown)
	writeHTML(b, `<li class="more" data-more="`, kind)
	writeHTML(b, `"><span class="count">`, fmt.Sprintf("%d of %d %s shown.", shown, total, what))
	writeHTML(b, `</span><button type="button" class="more" aria-label="`, fmt.Sprintf("Show %d more %s (%d of %d shown)", next, what, shown, total))
	writeHTML(b, `">`, fmt.Sprintf("Show %d more", next))
	b.WriteString(`</button></li>`)
}
