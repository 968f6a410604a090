package ui

import (
	"strings"

	"github.com/dossierapp/dossier/app/timeline"
)

// The timeline tells a story's copies once, as the library lists them
// (dossier_copies.go): two sites running one text would otherwise put each
// of its dated sentences in the list of events twice.

// copyEvents returns the events of docs[i] that the timeline shows, and
// whether it shows the article at all. An article that is no copy
// (of[i] < 0, or of nil) shows all of its events. A copy shows only the
// events its original lacks (the same date of the same sentence is one
// event: a copy trimmed of boilerplate or with its paragraphs reordered
// has the original's, and a spun copy is repaired from it word for word);
// it is left out when it adds nothing, neither an event nor a date of its
// own (a reprint dated another day stays, at its date).
func copyEvents(docs []doc, of []int, i int) ([]timeline.Event, bool) {
	x := docs[i]
	if i >= len(of) || of[i] < 0 || of[i] >= len(docs) {
		return x.Events, true
	}
	orig := docs[of[i]]
	told := make(map[string]bool, len(orig.Events))
	for _, e := range orig.Events {
		told[eventKey(e)] = true
	}
	var own []timeline.Event
	for _, e := range x.Events {
		if !told[eventKey(e)] {
			own = append(own, e)
		}
	}
	if len(own) == 0 && x.EffectiveDate() == orig.EffectiveDate() {
		return nil, false
	}
	return own, true
}

// eventKey is what makes two articles' events one: the date, its
// precision and the sentence's words, whatever their case and spacing.
func eventKey(e timeline.Event) string {
	return e.Date + "\x00" + string(e.Precision) + "\x00" + strings.ToLower(strings.Join(strings.Fields(e.Text), " "))
}

// copiesAt returns, for each document of generation gen (DocsOf), the
// index of the document it is a copy of or -1 (clean.CopyOf); nil when
// gen is past or copies are not found yet (a large dossier still
// processing finds them once it is all there).
func (d *dossier) copiesAt(gen int) []int {
	d.mu.RLock()
	defer d.mu.RUnlock()
	if gen != d.docsGen || len(d.copies.of) != len(d.docs) {
		return nil
	}
	return d.copies.of
}
