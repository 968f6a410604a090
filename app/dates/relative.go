package dates

import (
	"strings"
	"time"
)

// count reads a count at token i: digits up to 999 or a number word.
func (f *finder) count(i int) (n int, ok bool) {
	t := f.tok(i)
	switch t.kind {
	case kNum:
		if t.val >= 1 && t.val <= 999 && !t.ord && !t.decade {
			return t.val, true
		}
	case kWord:
		if v, found := numberWords[t.lower]; found && v > 0 {
			return v, true
		}
	}
	return 0, false
}

// shift moves the anchor day a by n units and returns the date with its precision.
func shift(a time.Time, unit string, n int) (time.Time, Precision) {
	switch unit {
	case "day":
		return a.AddDate(0, 0, n), PrecisionDay
	case "week":
		return monday(a).AddDate(0, 0, 7*n), PrecisionWeek
	case "fortnight":
		return monday(a).AddDate(0, 0, 14*n), PrecisionWeek
	case "month":
		return addMonths(a, n), PrecisionMonth
	case "year":
		return date(a.Year()+n, 1, 1), PrecisionYear
	}
	return a, PrecisionDay // hours, minutes: the anchor day
}

// agoOrIn matches "two days ago", "three weeks ago", "a year ago" and "in two
// weeks" (future). "70 years" alone is a duration, not a date.
func (f *finder) agoOrIn(i int) (hit, bool) {
	n, ok := f.count(i)
	if !ok {
		return hit{}, false
	}
	unit, ok := unitOf[f.low(i+1)]
	if !ok {
		return hit{}, false
	}
	sign := 0
	switch {
	case f.low(i+2) == "ago" || f.low(i+2) == "earlier" && unit == "year":
		// "a year earlier" compares with the year before, as "a year ago";
		// "two days earlier" counts from a time the text told of
		sign = -1
	case f.prevWord(i) == "in" && f.low(i+2) != "ago" && unit != "hour" && unit != "minute" &&
		f.low(i-2) != "the" && n <= maxAhead[unit] && !f.superlativeBefore(i-1) && f.tenseOf(i, i+2) != tensePast:
		// "will meet in two weeks"; "in 100 days", "finished in three
		// weeks" and "the smallest gain in a year" are durations
		sign = 1
	default:
		return hit{}, false
	}
	_, prec := shift(time.Time{}, unit, 0)
	end := i + 2
	if sign < 0 {
		end = i + 3
	}
	return hit{end: end, prec: prec, yearBack: n == 1 && unit == "year" && sign < 0, rel: func(a time.Time, _ tense) (time.Time, bool) {
		d, _ := shift(a, unit, sign*n)
		return d, true
	}}, true
}

// superlativeBefore reports whether a superlative or "first" leads to the
// "in" at token i within its phrase: "the smallest gain in a year", "for
// the first time in two weeks", "its highest level in three months".
func (f *finder) superlativeBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := f.toks[k]
		if t.kind != kWord || clauseBreak(t) {
			return false
		}
		if w := t.lower; superlatives[w] || len(w) > 5 && strings.HasSuffix(w, "est") && !notSuperlative[w] {
			return true
		}
	}
	return false
}

// superlatives are the irregular superlatives and ordinals of a record.
var superlatives map[string]bool

// notSuperlative are words ending in -est that are no superlatives.
var notSuperlative map[string]bool

// deictic matches "yesterday", "today", "tonight", "tomorrow", "last night",
// "this morning", "the day before yesterday", with a part of the day.
func (f *finder) deictic(i int) (hit, bool) {
	t := f.toks[i]
	off := 0
	end := i + 1
	switch t.lower {
	case "yesterday":
		off = -1
	case "today", "tonight":
		// "USA Today", "Russia Today" are names; "today's youth" is no day
		if t.capitalized() && i > 0 && f.toks[i-1].kind == kWord && f.toks[i-1].capitalized() || f.generic(i) {
			return hit{}, false
		}
	case "tomorrow":
		if f.generic(i) {
			return hit{}, false
		}
		off = 1
	case "last":
		if f.low(i+1) != "night" {
			return hit{}, false
		}
		off, end = -1, i+2
	case "this":
		if w := f.low(i + 1); w != "morning" && w != "afternoon" && w != "evening" {
			return hit{}, false
		}
		end = i + 2
	case "the":
		if f.low(i+1) != "day" {
			return hit{}, false
		}
		switch {
		case f.low(i+2) == "before" && f.low(i+3) == "yesterday":
			off = -2
		case f.low(i+2) == "after" && f.low(i+3) == "tomorrow":
			off = 2
		default:
			return hit{}, false
		}
		end = i + 4
	default:
		return hit{}, false
	}
	if (alt(t.lower, "yesterday|tomorrow")) && partsOfDay[f.low(end)] {
		end++
	}
	return hit{end: end, prec: PrecisionDay, rel: func(a time.Time, _ tense) (time.Time, bool) {
		return a.AddDate(0, 0, off), true
	}}, true
}

// generic reports whether "today" or "tomorrow" at token i means an age
// rather than a day: "today's youth", "the people of tomorrow" (but
// "today's editions", "tomorrow's vote" are days).
func (f *finder) generic(i int) bool {
	t, next := f.toks[i], f.tok(i+1)
	if t.base < t.hi && next.kind == kWord && !next.capitalized() {
		// the noun may follow an adjective or two ("today's personal computers")
		for j := i + 1; j <= i+3 && f.tok(j).kind == kWord && !f.tok(j).capitalized(); j++ {
			if ageNouns[f.low(j)] {
				return true
			}
		}
		return false
	}
	return f.prevWord(i) == "of"
}

// ageNouns are the nouns after which "today's" or "tomorrow's" means the
// present age or the future rather than a day ("today's youth", "tomorrow's
// leaders").
var ageNouns map[string]bool

// unit matches "last week", "this month", "next year", "the past week"
// excluded, "last weekend", "over the weekend", "last September", "next
// Tuesday", and "earlier this month" (the modifier is handled by match).
func (f *finder) unit(i int) (hit, bool) {
	w := f.toks[i].lower
	if w == "over" || w == "the" || w == "this" && f.low(i+1) == "weekend" {
		return f.weekend(i)
	}
	off := 0
	if w == "this" && f.low(i+1) == "coming" {
		i, w = i+1, "coming" // "this coming Sunday"
	}
	// "coming" before a weekday or month only after "this" or "the": "he is
	// coming Tuesday" is a verb
	comingDay := w == "coming" && (alt(f.prevWord(i), "this|the"))
	switch w {
	case "last":
		off = -1
	case "next", "coming":
		off = 1
	case "this", "current":
	case "past":
		// "the past week" is a duration ending now; a bare "past week" is a
		// spun or sloppy "last week"
		if p := f.prevWord(i); alt(p, "the|over|for|during|in") {
			return hit{}, false
		}
		off = -1
	default:
		return hit{}, false
	}
	next := f.tok(i + 1)
	if w == "this" && next.lower == "week" && i > 0 && f.toks[i].capitalized() && next.capitalized() {
		return hit{}, false // the programme "This Week"
	}
	if u, ok := unitOf[next.lower]; ok && next.lower == singular(next.lower) && u != "hour" && u != "minute" {
		if w == "coming" && f.prevWord(i) != "the" {
			return hit{}, false
		}
		_, prec := shift(time.Time{}, u, 0)
		return hit{end: i + 2, prec: prec, rel: func(a time.Time, _ tense) (time.Time, bool) {
			d, _ := shift(a, u, off)
			return d, true
		}}, true
	}
	if next.lower == "weekend" && w != "past" {
		return hit{end: i + 2, prec: PrecisionWeek, rel: func(a time.Time, _ tense) (time.Time, bool) {
			return monday(a).AddDate(0, 0, 7*off), true
		}}, true
	}
	if wd, ok := weekday(f.toks, i+1); ok && (w != "coming" || comingDay) && w != "current" {
		end := i + 2
		if partsOfDay[f.low(end)] {
			end++
		}
		return hit{end: end, prec: PrecisionDay, rel: func(a time.Time, t tense) (time.Time, bool) {
			switch off {
			case -1:
				return weekdayNear(a, wd, -1, true), true
			case 1:
				return weekdayNear(a, wd, 1, true), true
			}
			return weekdayNear(a, wd, dirOf(t), false), true
		}}, true
	}
	if m, end, abbrev, ok := month(f.toks, i+1); ok && !abbrev && (w != "coming" || comingDay) && w != "current" {
		return hit{end: end, prec: PrecisionMonth, rel: func(a time.Time, t tense) (time.Time, bool) {
			y := a.Year()
			switch {
			case off < 0 && m >= a.Month():
				y--
			case off > 0 && m <= a.Month():
				y++
			}
			return date(y, m, 1), true
		}}, true
	}
	return hit{}, false
}

// singular reports the singular of a unit word ("weeks" → "week").
func singular(w string) string { return strings.TrimSuffix(w, "s") }

// weekend matches "over the weekend", "the weekend", "this weekend": the
// weekend before the anchor in past or unknown tense (this one when the anchor
// is a Saturday or Sunday), the coming one in future tense. The date is the
// Monday of the weekend's ISO week, with week precision.
func (f *finder) weekend(i int) (hit, bool) {
	j := i
	if f.toks[j].lower == "over" {
		j++
	}
	if w := f.low(j); w != "the" && w != "this" {
		return hit{}, false
	}
	if f.low(j+1) != "weekend" {
		return hit{}, false
	}
	if f.toks[i].lower == "the" && f.prevWord(i) != "over" && f.prevWord(i) != "at" && f.prevWord(i) != "during" {
		return hit{}, false
	}
	this := f.low(j) == "this"
	return hit{end: j + 2, prec: PrecisionWeek, rel: func(a time.Time, t tense) (time.Time, bool) {
		wd := a.Weekday()
		inWeekend := wd == time.Saturday || wd == time.Sunday
		switch {
		case t == tenseFuture && wd == time.Sunday:
			return monday(a).AddDate(0, 0, 7), true
		case t == tenseFuture || inWeekend || this:
			return monday(a), true
		}
		return monday(a).AddDate(0, 0, -7), true
	}}, true
}

// dirOf turns a tense into a search direction for weekdays: future → next,
// past and unknown → previous (the news rule).
func dirOf(t tense) int {
	if t == tenseFuture {
		return 1
	}
	return -1
}

// partsOfDayPlural after a weekday make it a habit ("Tuesday nights").
var partsOfDayPlural map[string]bool

// notWeekdayBefore are words that make a weekday something else ("every
// Friday" is a habit, "Good Friday" a holiday).
var notWeekdayBefore map[string]bool

// weekdayAlone matches "Tuesday", "Tuesday morning", "Friday's" (a preceding
// "on" is not part of the expression; "early"/"late" are, via match).
func (f *finder) weekdayAlone(i int) (hit, bool) {
	wd, ok := weekday(f.toks, i)
	if !ok || notWeekdayBefore[f.prevWord(i)] {
		return hit{}, false
	}
	// "on Monday and Tuesday nights", "Friday evenings" are habits
	if next := f.low(i + 1); partsOfDayPlural[next] ||
		(alt(next, "and|or")) && partsOfDayPlural[f.low(i+3)] && weekdayNames[f.low(i+2)] != 0 {
		return hit{}, false
	}
	end := i + 1
	if partsOfDay[f.low(end)] && f.toks[i].base == f.toks[i].hi {
		end++
	}
	return hit{end: end, prec: PrecisionDay, rel: func(a time.Time, t tense) (time.Time, bool) {
		return weekdayNear(a, wd, dirOf(t), false), true
	}}, true
}

// loadRelativeTables builds the word tables of relative.go; loadTables calls it once.
func loadRelativeTables() {
	superlatives = setOf(`first best worst most least`)
	notSuperlative = setOf(`interest interests forest protest request harvest conquest contest
suggest arrest invest digest manifest modest honest earnest`)
	ageNouns = setOf(`youth youngsters children kids teens teenagers students parents families
generation generations society world economy market markets culture standards technology
technologies leaders workers workforce consumers women men people world's business businesses
companies industry media politics politicians army military soldiers challenges problems
threats needs jobs cars computers music films movies fashion art schools science`)
	partsOfDayPlural = setOf(`mornings afternoons evenings nights`)
	notWeekdayBefore = setOf(`every each good black holy ash cyber super`)
}
