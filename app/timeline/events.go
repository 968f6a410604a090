package timeline

import (
	"strings"

	"github.com/dossierapp/dossier/app/dates"
)

// Doc is an article as the timeline needs it: plain cleaned text.
type Doc struct {
	ID    string
	Title string
	// Date is the publication date "YYYY-MM-DD", or "" when unknown.
	Date       string
	Paragraphs []string
}

// Version identifies what Events makes of a document (with app/dates'
// resolution); it changes whenever the events of some input change, so it
// can key caches of processed articles.
const Version = "events-11"

// Event is one temporal expression in a sentence of an article.
type Event struct {
	DocID string
	// Date is in dates.Expr.Date form: "YYYY", "YYYY-MM", "YYYY-MM-DD" (a
	// week by its Monday), "YYYY-SU", "YYYY-Q1", "YYYY-H2"; "" when
	// unresolved. Only Mentions gives references (dates.PrecisionRef).
	Date      string
	Precision dates.Precision
	// Text is the sentence; Expression the temporal expression in it.
	Text       string
	Expression string
	// Para is the paragraph index in Doc.Paragraphs and [Start, End) the
	// byte offsets of the sentence inside that paragraph, so the reader can
	// highlight it.
	Para, Start, End int
	// Relative reports that the expression depends on the publication date.
	Relative bool
	// Resolved is false for relative expressions of an undated article.
	Resolved bool
}

// Events returns the events of d in reading order: every temporal
// expression of every sentence of its paragraphs (not the title), resolved
// against d.Date, unresolved and flagged when d.Date is empty. A sentence
// repeated verbatim (a lede copied as a paragraph) gives its events once.
//
// References that name no period are not events: "recently" and "in the
// future" are left out, and "now" (or "currently") becomes an event on the
// publication date only when its sentence has no other expression.
func Events(d Doc) []Event { return events(d, false) }

// Mentions returns every temporal expression of d as Events does, but with
// the references left as they are: their Date is dates.PresentRef,
// dates.PastRef or dates.FutureRef with dates.PrecisionRef, and a "now" is
// kept beside the other expressions of its sentence. It is what `dossier
// clean --json` prints.
func Mentions(d Doc) []Event { return events(d, true) }

// events finds the expressions of d; refs keeps the references unplaced.
func events(d Doc, refs bool) []Event {
	anchor := dates.ParseAnchor(d.Date)
	var out []Event
	var ctx dates.Context
	seen := map[string]bool{}
	var bounds [][2]int // one array for every paragraph's sentences
	for p, para := range d.Paragraphs {
		bounds = dates.AppendSentenceBounds(bounds[:0], para)
		for _, b := range bounds {
			s := para[b[0]:b[1]]
			exprs := dates.FindIn(s, anchor, &ctx)
			if len(exprs) == 0 {
				continue
			}
			if seen[s] {
				continue
			}
			seen[s] = true
			dated := 0
			for _, e := range exprs {
				if e.Precision != dates.PrecisionRef {
					dated++
				}
			}
			for _, e := range exprs {
				if !refs && dated > 1 && p == 0 && b[0] == 0 && dateline(s, e) {
					// "SEOUL, Nov. 30 (Yonhap) -- ... next week": the
					// dateline is the publication's day, not the
					// sentence's; its other dates place it
					dated--
					continue
				}
				if e.Precision == dates.PrecisionRef && !refs {
					if e.Date != dates.PresentRef || dated > 0 {
						continue
					}
					// "now" alone: the publication date
					e.Precision, e.Relative, e.Resolved, e.Date = dates.PrecisionDay, true, anchor.Known, ""
					if anchor.Known {
						e.Date = dates.Format(anchor.Date, dates.PrecisionDay)
					}
					dated++ // one "now" per sentence
				}
				out = append(out, Event{
					DocID: d.ID, Date: e.Date, Precision: e.Precision,
					Text: s, Expression: e.Text,
					Para: p, Start: b[0], End: b[1],
					Relative: e.Relative, Resolved: e.Resolved,
				})
			}
		}
	}
	return out
}

// dateline reports whether e is the date of a wire dateline opening the
// sentence s: "SEOUL, Nov. 30 (Yonhap) --", "NEW YORK, March 5 -": a place
// in capitals and a comma before it, the agency or a dash after it.
func dateline(s string, e dates.Expr) bool {
	if e.Start < 3 || e.Start > 40 || e.Precision != dates.PrecisionDay {
		return false
	}
	place := strings.TrimSuffix(s[:e.Start], " ")
	if !strings.HasSuffix(place, ",") {
		return false
	}
	place = place[:len(place)-1]
	for i := 0; i < len(place); i++ {
		// capitals, their separators, and letters outside ASCII ("SÃO")
		if c := place[i]; (c < 'A' || c > 'Z') && c < 0x80 && !strings.ContainsRune(" .-',", rune(c)) {
			return false
		}
	}
	after := strings.TrimLeft(s[e.End:], " ")
	return strings.HasPrefix(after, "(") || strings.HasPrefix(after, "-") || strings.HasPrefix(after, "–") ||
		strings.HasPrefix(after, "—") || strings.HasPrefix(after, "/")
}
