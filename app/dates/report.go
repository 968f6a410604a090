package dates

import "time"

// This file reads what a company report is about beyond its quarter: a
// span of several quarters ("For the nine months, net rose"), after which
// "a year earlier" and "the 1988 period" are that span a year before, read
// as the year, not as the quarter the report began with.

// spanLead are the words before "nine months" or "six months" that make it
// the span a report is on ("For the nine months", "in the first nine
// months", "the latest six months"), not a duration ("for nine months").
var spanLead = setOf(`the first latest past last`)

// reportSpan reports whether tokens i, i+1 name a span of several quarters
// that a report is on: "(the|first|latest) nine|six months".
func (f *finder) reportSpan(i int) bool {
	t := f.toks[i]
	if f.tok(i+1).lower != "months" || !spanLead[f.prevWord(i)] {
		return false
	}
	switch {
	case t.kind == kWord:
		return t.lower == "nine" || t.lower == "six"
	case t.kind == kNum && !t.ord:
		return t.val == 9 || t.val == 6
	}
	return false
}

// yearBackAfter reads "last year", "a year ago" or "a year earlier" at
// token i, after a quarter or period ("the corresponding period last
// year"), and returns the index after it, or i.
func (f *finder) yearBackAfter(i int) int {
	switch {
	case f.tok(i).lower == "last" && f.tok(i+1).lower == "year" && f.tok(i+1).base == f.tok(i+1).hi:
		return i + 2
	case f.tok(i).lower == "a" && f.tok(i+1).lower == "year" && (f.tok(i+2).lower == "ago" || f.tok(i+2).lower == "earlier"):
		return i + 3
	}
	return i
}

// quarterEnded reads "ended July 31" or "ending Sept. 30, 1989" at token i,
// after "the quarter" or "the latest period", and returns a resolver of the
// calendar quarter that holds most of the three months to that day: the
// quarter ended July 31 runs from May to July and is mostly the second
// quarter. A date early in a month ("ended Oct. 1") closes the month before.
func (f *finder) quarterEnded(i int) (resolver, bool) {
	w := f.tok(i).lower
	if w != "ended" && w != "ending" {
		return nil, false
	}
	h, ok := f.monthFirst(i+1, false)
	if !ok || h.prec != PrecisionDay {
		return nil, false
	}
	t := tensePast // a report's quarter has ended
	if w == "ending" {
		t = tenseUnknown
	}
	return func(a time.Time, _ tense) (time.Time, bool) {
		d := h.abs
		if h.rel != nil {
			var ok bool
			if d, ok = h.rel(a, t); !ok {
				return time.Time{}, false
			}
		}
		last := date(d.Year(), d.Month(), 1)
		if d.Day() < 10 {
			last = addMonths(last, -1)
		}
		mid := addMonths(last, -1)
		return quarterOf(mid.Year(), (int(mid.Month())+2)/3), true
	}, true
}

// earlierQuarter reports whether q, a quarter "YYYY-Qn", comes before the
// quarter of the report in the same year, when that one has ended by the
// anchor (latest is the last quarter that has, "" when unknown): "After a
// flat second quarter" in a report on the third quarter is a comparison,
// and "a year earlier" still means the third quarter of the year before.
// A report that named the current quarter first (a forecast) moves on.
func (c *Context) earlierQuarter(q, latest string) bool {
	return c.quarter != "" && !c.span && latest != "" && c.quarter <= latest &&
		q[:4] == c.quarter[:4] && q < c.quarter
}

// latest returns the last quarter that has ended by the anchor, "YYYY-Qn",
// or "" when the anchor is unknown.
func (f *finder) latest() string {
	if !f.anchor.Known {
		return ""
	}
	return Format(latestQuarter(f.day), PrecisionQuarter)
}
