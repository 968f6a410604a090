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
// false for an empty or malformed date and for references (PrecisionRef),
// which name no period.
func SpanOf(date string, p dates.Precision) (Span, bool) {
	switch p {
	case dates.PrecisionSeason, dates.PrecisionQuarter, dates.PrecisionHalf:
		return partSpan(date, p)
	}
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
	case dates.PrecisionCentury:
		return Span{t, t.AddDate(100, 0, 0)}, len(date) == 4
	}
	return Span{}, false
}

// parts are the sub-year periods: where each starts (month) and how many
// months it lasts. Winter starts in December of its year.
var parts = map[string]struct{ month, months int }{
	"SP": {3, 3}, "SU": {6, 3}, "FA": {9, 3}, "WI": {12, 3},
	"Q1": {1, 3}, "Q2": {4, 3}, "Q3": {7, 3}, "Q4": {10, 3},
	"H1": {1, 6}, "H2": {7, 6},
}

// partSpan returns the span of "YYYY-SU", "YYYY-Q3" or "YYYY-H1".
func partSpan(date string, p dates.Precision) (Span, bool) {
	if len(date) != 7 || date[4] != '-' {
		return Span{}, false
	}
	y, err := time.Parse("2006", date[:4])
	if err != nil {
		return Span{}, false
	}
	pt, ok := parts[date[5:]]
	if !ok || (p == dates.PrecisionSeason) != (date[6] > '9') || (p == dates.PrecisionHalf) != (date[5] == 'H') {
		return Span{}, false
	}
	start := y.AddDate(0, pt.month-1, 0)
	return Span{start, start.AddDate(0, pt.months, 0)}, true
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
