package timeline

import (
	"time"

	"github.com/dossierapp/dossier/app/dates"
)

// Span is a half-open time range [Start, End), honest to a date's precision:
// a day is 24 hours, a week 7 days from its Monday, a month and a year their
// calendar length, a decade ten years.
type Span struct {
	Start, End time.Time
}

// SpanOf returns the span of a date in Expr.Date form at precision p. ok is
// false for an empty or malformed date.
func SpanOf(date string, p dates.Precision) (Span, bool) {
	var layout string
	switch len(date) {
	case 4:
		layout = "2006"
	case 7:
		layout = "2006-01"
	case 10:
		layout = "2006-01-02"
	default:
		return Span{}, false
	}
	t, err := time.Parse(layout, date)
	if err != nil {
		return Span{}, false
	}
	switch p {
	case dates.PrecisionDay:
		return Span{t, t.AddDate(0, 0, 1)}, len(date) == 10
	case dates.PrecisionWeek:
		return Span{t, t.AddDate(0, 0, 7)}, len(date) == 10
	case dates.PrecisionMonth:
		return Span{t, t.AddDate(0, 1, 0)}, len(date) == 7
	case dates.PrecisionYear:
		return Span{t, t.AddDate(1, 0, 0)}, len(date) == 4
	case dates.PrecisionDecade:
		return Span{t, t.AddDate(10, 0, 0)}, len(date) == 4
	}
	return Span{}, false
}

// Span returns the span of a resolved event; ok is false when unresolved.
func (e Event) Span() (Span, bool) {
	if !e.Resolved {
		return Span{}, false
	}
	return SpanOf(e.Date, e.Precision)
}

// Point reports whether the span is a single day (drawn as a point).
func (s Span) Point() bool {
	return s.End.Sub(s.Start) <= 24*time.Hour
}
