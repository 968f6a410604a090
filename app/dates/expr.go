package dates

import (
	"fmt"
	"time"
)

// Precision is the granularity of a resolved date.
type Precision string

// The precisions a date can have, from finest to coarsest.
const (
	PrecisionDay    Precision = "day"    // Date is YYYY-MM-DD
	PrecisionWeek   Precision = "week"   // Date is the Monday (YYYY-MM-DD) of an ISO week
	PrecisionMonth  Precision = "month"  // Date is YYYY-MM
	PrecisionYear   Precision = "year"   // Date is YYYY
	PrecisionDecade Precision = "decade" // Date is YYYY, the decade's first year ("the 1990s" → "1990")
)

// Expr is one temporal expression found in a sentence.
type Expr struct {
	// Text is the expression as written, Text == sentence[Start:End]. A
	// leading preposition ("on", "in", "since") is not part of it; modifiers
	// ("early", "last", "mid-") are.
	Text       string
	Start, End int
	// Date is "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a week is given by its
	// Monday's date); it is "" when the expression is not resolved.
	Date      string
	Precision Precision
	// Relative reports that the expression needs an anchor to be resolved
	// ("on Tuesday", "last year", "March 22").
	Relative bool
	// Resolved is false for relative expressions without an anchor.
	Resolved bool
}

// Anchor is the reference date of relative expressions, normally the
// publication date of the article. Known is false when the article carries no
// date; relative expressions then stay unresolved.
type Anchor struct {
	Date  time.Time
	Known bool
}

// AnchorOn returns a known anchor for the given calendar day.
func AnchorOn(year int, month time.Month, day int) Anchor {
	return Anchor{Date: time.Date(year, month, day, 0, 0, 0, 0, time.UTC), Known: true}
}

// ParseAnchor returns the anchor for a "YYYY-MM-DD" date; an empty or invalid
// string gives an unknown anchor.
func ParseAnchor(date string) Anchor {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return Anchor{}
	}
	return Anchor{Date: t, Known: true}
}

// day returns the anchor's calendar day at UTC midnight.
func (a Anchor) day() time.Time {
	y, m, d := a.Date.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Format renders a calendar date at the given precision as Expr.Date does.
// For PrecisionWeek the date is moved to the Monday of its ISO week.
func Format(t time.Time, p Precision) string {
	switch p {
	case PrecisionDay:
		return t.Format("2006-01-02")
	case PrecisionWeek:
		return monday(t).Format("2006-01-02")
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", t.Year(), int(t.Month()))
	case PrecisionDecade:
		return fmt.Sprintf("%04d", t.Year()/10*10)
	default:
		return fmt.Sprintf("%04d", t.Year())
	}
}
