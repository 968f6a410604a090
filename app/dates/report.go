package dates

import "time"

// This file reads what a company report is about beyond its quarter: a
// span of several quarters ("For the nine months, net rose"), after which
// "a year earlier" and "the 1988 period" are that span a year before, read
// as the year, not as the quarter the report began with. It also reads
// "the week of March 6", "the day before last Tuesday" and "the previous
// Friday", resolved from the day they name or the last day the text gave,
// and "for the year", the report's year.

// is reports whether the tokens from i on are the words of ws, separated
// by spaces, in lower case; a word may list alternatives with "|" ("a year
// ago|earlier"). One call per pattern keeps the wasm small.
func (f *finder) is(i int, ws string) bool {
	for start := 0; start <= len(ws); i++ {
		end := start
		for end < len(ws) && ws[end] != ' ' {
			end++
		}
		if !alt(f.low(i), ws[start:end]) {
			return false
		}
		start = end + 1
	}
	return true
}

// alt reports whether w is one of the "|"-separated words of list.
func alt(w, list string) bool {
	for start := 0; start <= len(list); {
		end := start
		for end < len(list) && list[end] != '|' {
			end++
		}
		if w == list[start:end] {
			return true
		}
		start = end + 1
	}
	return false
}

// anchorYear resolves to the anchor's year.
func anchorYear(a time.Time, _ tense) (time.Time, bool) { return date(a.Year(), 1, 1), true }

// reportSpan reports whether tokens i, i+1 name a span of several quarters
// that a report is on, "(the|first|latest|past|last) nine|six months", not
// a duration ("for nine months").
func (f *finder) reportSpan(i int) bool {
	return alt(f.prevWord(i), "the|first|latest|past|last") && f.is(i, "nine|six months")
}

// yearBackAfter reads "last year", "a year ago" or "a year earlier" at
// token i, after a quarter or period ("the corresponding period last
// year"), and returns the index after it, or i.
func (f *finder) yearBackAfter(i int) int {
	if f.is(i, "last year") {
		return i + 2
	}
	if f.is(i, "a year ago|earlier") {
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
	h, ok := f.monthFirst(i+1, false)
	if !f.is(i, "ended|ending") || !ok || h.prec != PrecisionDay {
		return nil, false
	}
	return func(a time.Time, t tense) (time.Time, bool) {
		d, ok := h.abs, true
		if h.rel != nil {
			d, ok = h.rel(a, t)
		}
		mid := addMonths(date(d.Year(), d.Month(), 1), -1)
		if d.Day() < 10 {
			mid = addMonths(mid, -1)
		}
		return quarterOf(mid.Year(), (int(mid.Month())+2)/3), ok
	}, true
}

// earlierQuarter reports whether q, a quarter "YYYY-Qn", comes before the
// quarter of the report in the same year, when that one has ended by the
// anchor: "After a flat second quarter" in a report on the third quarter
// is a comparison, and "a year earlier" still means the third quarter of
// the year before. A report that named the current quarter first (a
// forecast) moves on.
func (f *finder) earlierQuarter(q string) bool {
	c := f.ctx.quarter
	return c != "" && !f.ctx.span && f.anchor.Known && c <= Format(latestQuarter(f.day), PrecisionQuarter) &&
		q[:4] == c[:4] && q < c
}

// theRef reads the expressions that start with "the" at token i and are
// resolved from a day: "the week of March 6" (its week), "the day
// before|after last Tuesday", "the previous|preceding|following Friday"
// (from the last day the text gave, or else the anchor), and "for the
// (full) year".
func (f *finder) theRef(i int) (hit, bool) {
	if f.low(i) != "the" {
		return hit{}, false
	}
	var h hit
	ok, step, wd, prec := false, -1, time.Weekday(-1), PrecisionDay
	var last time.Time
	var lastPrec Precision
	switch {
	case f.is(i+1, "week of"):
		h, ok = f.monthFirst(i+3, false)
		step, prec = 0, PrecisionWeek
	case f.is(i+1, "day before|after"):
		h, ok = f.at(i + 3)
		if f.low(i+2) == "after" {
			step = 1
		}
	case f.is(i+1, "previous|preceding|following"):
		wd, ok = weekday(f.toks, i+2)
		if f.low(i+1) == "following" {
			step = 1
		}
		h = hit{end: i + 3}
		last, lastPrec, _ = f.ctx.lastDate()
	default:
		return f.theYear(i)
	}
	if !ok || wd < 0 && (h.prec != PrecisionDay || h.yearBack || h.same || h.yearOf != 0) {
		return hit{}, false
	}
	end := h.end
	move := func(d time.Time) time.Time {
		if prec == PrecisionWeek {
			return monday(d)
		}
		return d.AddDate(0, 0, step)
	}
	if h.rel == nil && wd < 0 {
		return hit{end: end, prec: prec, abs: move(h.abs)}, true
	}
	return hit{end: end, prec: prec, rel: func(a time.Time, t tense) (time.Time, bool) {
		if wd >= 0 {
			if lastPrec == PrecisionDay {
				a = last
			}
			return weekdayNear(a, wd, step, true), true
		}
		d, ok := h.rel(a, t)
		return move(d), ok
	}}, true
}

// theYear reads "the year" and "the full year" after "for", "in" or
// "during" at token i ("the"): the anchor's year ("For the year, volume was
// flat", "earlier in the year"); "the year ended Sept. 30", "the year
// before" and "player of the year" are not.
func (f *finder) theYear(i int) (hit, bool) {
	k := i + 1
	if f.is(k, "full|whole|entire") {
		k++
	}
	if f.low(k) != "year" || f.toks[k].base != f.toks[k].hi || f.tok(k+1).kind == kNum ||
		!alt(f.prevWord(i), "for|during|in|over|through|throughout") ||
		alt(f.low(k+1), "ended|ending|before|after|ahead|since|to|of|in|when|that|which|from|earlier|ago|-") {
		return hit{}, false
	}
	return hit{end: k + 1, prec: PrecisionYear, rel: anchorYear}, true
}
