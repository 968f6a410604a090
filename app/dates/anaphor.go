package dates

import "time"

// This file reads expressions that refer back to a date the text gave
// before: "that year", "the following month", "the next morning", "later
// that day". They are resolved against the last calendar date of the text
// (Context), not against the publication date, and are not found when the
// text gave none.

// remember records e, a resolved expression, as the date later anaphors
// refer to when it names a day, a month or a year.
func (c *Context) remember(e Expr) {
	switch e.Precision {
	case PrecisionDay, PrecisionMonth, PrecisionYear:
		if e.Resolved {
			c.last, c.lastPrec = e.Date, e.Precision
		}
	}
}

// lastDate returns the last date of the text and its precision.
func (c *Context) lastDate() (time.Time, Precision, bool) {
	layout := map[Precision]string{PrecisionDay: "2006-01-02", PrecisionMonth: "2006-01", PrecisionYear: "2006"}[c.lastPrec]
	if c.last == "" || layout == "" {
		return time.Time{}, "", false
	}
	d, err := time.Parse(layout, c.last)
	return d, c.lastPrec, err == nil
}

// anaphor matches "that year", "that month", "(earlier|later) that day",
// "the following year|month|week|day|morning", "the next
// day|morning|evening|night" at token j; modified is set when "earlier" or
// "later" comes before.
func (f *finder) anaphor(j int, modified bool) (hit, bool) {
	w, next := f.low(j), f.low(j+1)
	off, k := 0, j+1
	switch {
	case w == "that":
	case w == "the" && next == "following":
		off, k = 1, j+2
	case w == "the" && next == "next":
		off, k = 1, j+2
	default:
		return hit{}, false
	}
	word := f.low(k)
	unit := anaphorUnits[word]
	if unit == "" {
		return hit{}, false
	}
	last, lastPrec, ok := f.ctx.lastDate()
	switch {
	case !ok:
		return hit{}, false
	case w == "that" && unit != "year" && unit != "month" && !(unit == "day" && modified && word == "day"):
		return hit{}, false // "that day" alone is mostly no date of its own; "that night" neither
	case w == "the" && next == "next" && unit != "day":
		return hit{}, false // "the next year" counts from now
	case unit == "day" && lastPrec != PrecisionDay, unit == "week" && lastPrec != PrecisionDay,
		unit == "month" && lastPrec == PrecisionYear:
		return hit{}, false // "the following day" after "in 1995"
	}
	d, prec := shift(last, unit, off)
	return hit{end: k + 1, prec: prec, rel: func(time.Time, tense) (time.Time, bool) { return d, true }}, true
}
