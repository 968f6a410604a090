package dates

import "time"

// This file also reads "the week of March 6" and "the day before last
// Tuesday", which are resolved from the date they contain, and "the
// previous Friday", resolved from the last day the text gave.

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

// twoQuarters reads "first two quarters of 1990" and "the last two
// quarters of this year" at token j: a half of a year with its year.
func (f *finder) twoQuarters(j, year int, hasYear bool, yearOff int, relYr bool) (hit, bool) {
	n := 0
	switch f.tok(j).lower {
	case "first":
		n = 1
	case "last", "final", "latter":
		n = 2
	}
	if n == 0 || f.tok(j+1).lower != "two" || f.tok(j+2).lower != "quarters" {
		return hit{}, false
	}
	end := j + 3
	if !hasYear && !relYr {
		y, rel, e, ok := f.periodYear(end)
		if !ok {
			return hit{}, false // "the first two quarters" alone may be of a fiscal year
		}
		end = e
		if rel {
			yearOff, relYr = y, true
		} else {
			year, hasYear = y, true
		}
	}
	return f.partHit(end, n, 2, year, hasYear, yearOff, relYr, false)
}

// weekOf reads "the week of March 6" at token i ("the"): the week of that
// day.
func (f *finder) weekOf(i int) (hit, bool) {
	if f.tok(i+1).lower != "week" || f.tok(i+2).lower != "of" {
		return hit{}, false
	}
	h, ok := f.monthFirst(i+3, false)
	if !ok || h.prec != PrecisionDay {
		return hit{}, false
	}
	return f.shifted(h, func(d time.Time) time.Time { return monday(d) }, PrecisionWeek), true
}

// shifted returns h, a hit of a day, with its date moved by move and its
// precision set to prec.
func (f *finder) shifted(h hit, move func(time.Time) time.Time, prec Precision) hit {
	if h.rel == nil {
		return hit{end: h.end, prec: prec, abs: move(h.abs)}
	}
	rel := h.rel
	return hit{end: h.end, prec: prec, rel: func(a time.Time, t tense) (time.Time, bool) {
		d, ok := rel(a, t)
		return move(d), ok
	}}
}

// dayBefore reads "the day before last Tuesday's hearing", "the day after
// March 6", "the day before yesterday" at token i ("the"): the day next to
// the day named.
func (f *finder) dayBefore(i int) (hit, bool) {
	w := f.tok(i + 2).lower
	if f.tok(i+1).lower != "day" || w != "before" && w != "after" {
		return hit{}, false
	}
	h, ok := f.at(i + 3)
	if !ok || h.prec != PrecisionDay || h.yearBack || h.same || h.yearOf != 0 {
		return hit{}, false
	}
	step := 1
	if w == "before" {
		step = -1
	}
	return f.shifted(h, func(d time.Time) time.Time { return d.AddDate(0, 0, step) }, PrecisionDay), true
}

// weekdayNext reads "the previous Friday", "the preceding Monday" and "the
// following Monday" at token i ("the"): the weekday before or after the
// last day the text gave ("closed Friday, down 4.5% from the previous
// Friday"), or else the anchor.
func (f *finder) weekdayNext(i int) (hit, bool) {
	dir := 0
	switch f.tok(i + 1).lower {
	case "previous", "preceding":
		dir = -1
	case "following":
		dir = 1
	}
	wd, ok := weekday(f.toks, i+2)
	if dir == 0 || !ok {
		return hit{}, false
	}
	last, prec, known := f.ctx.lastDate()
	return hit{end: i + 3, prec: PrecisionDay, rel: func(a time.Time, _ tense) (time.Time, bool) {
		if known && prec == PrecisionDay {
			a = last
		}
		return weekdayNear(a, wd, dir, true), true
	}}, true
}

// theRef reads the expressions that start with "the" and are resolved from
// a day they name or from the report: "the week of March 6", "the day
// before last Tuesday", "the previous Friday", "for the full year".
func (f *finder) theRef(i int) (hit, bool) {
	if f.tok(i).lower != "the" {
		return hit{}, false
	}
	switch f.tok(i + 1).lower {
	case "week":
		return f.weekOf(i)
	case "day":
		return f.dayBefore(i)
	case "previous", "preceding", "following":
		return f.weekdayNext(i)
	case "year", "full", "whole", "entire":
		return f.theYear(i)
	}
	return hit{}, false
}

// yearLead are the words before "the year" that make it the year of the
// report ("For the year, volume was flat", "earlier in the year").
var yearLead = setOf(`for during in over through throughout`)

// notYearAfter are words after "the year" that make it a period of its own
// ("the year ended Sept. 30", "the year before") or no date ("the year in
// which").
var notYearAfter = setOf(`ended ending ended before after ahead since to of in when that which
from earlier ago`)

// theYear reads "the year" and "the full year" after "for", "in" or
// "during" at token i ("the"): the anchor's year.
func (f *finder) theYear(i int) (hit, bool) {
	k := i + 1
	if w := f.tok(k).lower; w == "full" || w == "whole" || w == "entire" {
		k++
	}
	y := f.tok(k)
	if y.lower != "year" || !yearLead[f.prevWord(i)] || notYearAfter[f.tok(k+1).lower] ||
		f.tok(k+1).text == "-" || f.tok(k+1).kind == kNum || y.base != y.hi {
		return hit{}, false
	}
	return hit{end: k + 1, prec: PrecisionYear, rel: func(a time.Time, _ tense) (time.Time, bool) {
		return date(a.Year(), 1, 1), true
	}}, true
}
