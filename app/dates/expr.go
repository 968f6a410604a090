package dates

import (
	"strconv"
	"time"
)

// Precision is the granularity of a resolved date.
type Precision string

// The precisions a date can have, from finest to coarsest.
const (
	PrecisionDay     Precision = "day"     // Date is YYYY-MM-DD
	PrecisionWeek    Precision = "week"    // Date is the Monday (YYYY-MM-DD) of an ISO week
	PrecisionMonth   Precision = "month"   // Date is YYYY-MM
	PrecisionSeason  Precision = "season"  // Date is YYYY-SP, -SU, -FA or -WI (winter: December of YYYY to February)
	PrecisionQuarter Precision = "quarter" // Date is YYYY-Q1 to YYYY-Q4
	PrecisionHalf    Precision = "half"    // Date is YYYY-H1 or YYYY-H2
	PrecisionYear    Precision = "year"    // Date is YYYY
	PrecisionDecade  Precision = "decade"  // Date is YYYY, the decade's first year ("the 1990s" → "1990")
	PrecisionCentury Precision = "century" // Date is YYYY, the century's first year ("the 20th century" → "1900")
	// PrecisionRef is a reference to the present, the past or the future
	// that names no period ("now", "recently", "in the future"): Date is
	// PresentRef, PastRef or FutureRef, as in TimeML.
	PrecisionRef Precision = "ref"
)

// The dates of PrecisionRef expressions.
const (
	PresentRef = "PRESENT_REF"
	PastRef    = "PAST_REF"
	FutureRef  = "FUTURE_REF"
)

// Expr is one temporal expression found in a sentence.
type Expr struct {
	// Text is the expression as written, Text == sentence[Start:End]. A
	// leading preposition ("on", "in", "since") is not part of it; modifiers
	// ("early", "last", "mid-") are.
	Text       string
	Start, End int
	// Date is "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a week is given by its
	// Monday's date), "YYYY-SU", "YYYY-Q3", "YYYY-H1" for seasons, quarters
	// and halves, or a reference (PresentRef, PastRef, FutureRef); see the
	// Precision constants. It is "" when the expression is not resolved.
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
	if date == "" {
		return Anchor{} // without time.Parse's error, allocated
	}
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
	y, m := t.Year(), int(t.Month())
	suffix := ""
	switch p {
	case PrecisionDay:
		return t.Format("2006-01-02")
	case PrecisionWeek:
		return monday(t).Format("2006-01-02")
	case PrecisionMonth:
		suffix = "-" + string(rune('0'+m/10)) + string(rune('0'+m%10))
	case PrecisionSeason:
		if m <= 2 {
			y-- // January and February belong to the winter that began in December
		}
		suffix = "-" + [...]string{"WI", "SP", "SU", "FA", "WI"}[m/3]
	case PrecisionQuarter:
		suffix = "-Q" + string(rune('1'+(m-1)/3))
	case PrecisionHalf:
		suffix = "-H" + string(rune('1'+(m-1)/6))
	case PrecisionDecade:
		y = y / 10 * 10
	case PrecisionCentury:
		y = y / 100 * 100
	}
	return year4(y) + suffix
}

// year4 writes a year with at least four digits ("0800"), as %04d does.
func year4(y int) string {
	s := strconv.Itoa(y)
	if y >= 0 && len(s) < 4 {
		s = "000"[:4-len(s)] + s
	}
	return s
}
