package dates

import (
	"strings"
	"time"
)

// This file reads the periods between a month and a year (quarters, halves,
// seasons, fiscal years), centuries, spelled-out decades and "the end of" a
// period.

// ordinalWords maps ordinal words to their value.
var ordinalWords map[string]int

// numbered maps the words of list to from, from+step, from+2*step, ...:
// one string instead of a map literal keeps the wasm small.
func numbered(from, step int, list string) map[string]int {
	m := map[string]int{}
	for i, w := range strings.Fields(list) {
		m[w] = from + i*step
	}
	return m
}

// ordinal reads an ordinal at token i ("third", "3rd", "twenty-first") and
// returns its value and the index after it.
func (f *finder) ordinal(i int) (n, next int, ok bool) {
	t := f.tok(i)
	switch t.kind {
	case kNum:
		if t.ord && t.val > 0 {
			return t.val, i + 1, true
		}
	case kWord:
		if v, found := ordinalWords[t.lower]; found {
			return v, i + 1, true
		}
		if t.lower == "twenty" && f.tok(i+1).text == "-" {
			if v, found := ordinalWords[f.low(i+2)]; found && v < 10 {
				return 20 + v, i + 3, true
			}
		}
	}
	return 0, i, false
}

// offsetOf returns the offset in units that a word before a unit names:
// "last" -1, "this" 0, "next" 1.
func offsetOf(w string) (int, bool) {
	switch w {
	case "the", "this", "current":
		return 0, true
	case "last", "past", "previous":
		return -1, true
	case "next", "coming":
		return 1, true
	}
	return 0, false
}

// hyphen skips a hyphen at token i that is glued to both neighbours
// ("third-quarter").
func (f *finder) hyphen(i int) int {
	if t := f.tok(i); t.text == "-" && i > 0 && f.toks[i-1].hi == t.lo {
		return i + 1
	}
	return i
}

// relYear reads "this year's", "last year's", "next year's" at token i and
// returns the year offset and the index after it.
func (f *finder) relYear(i int) (off, next int, ok bool) {
	w := f.low(i)
	o, found := offsetOf(w)
	if !found || w != "this" && w != "last" && w != "next" {
		return 0, i, false
	}
	if y := f.tok(i + 1); y.lower == "year" && y.base < y.hi {
		return o, i + 2, true
	}
	return 0, i, false
}

// yearAgo reads "year-ago", "year-earlier", "a year ago", "a year earlier"
// used as a modifier ("the year-ago quarter").
func (f *finder) yearAgo(i int) (next int, ok bool) {
	if f.low(i) == "year" {
		if j := f.hyphen(i + 1); j > i+1 && (alt(f.low(j), "ago|earlier")) {
			return j + 1, true
		}
	}
	return i, false
}

// periodYear reads the year after a period: "of 1989", "of fiscal 1989",
// "1989", "of this year", "of last year", "of the year". It returns the
// year (or an offset from the anchor's year when rel is set) and the index
// after it.
func (f *finder) periodYear(i int) (y int, rel bool, next int, ok bool) {
	j := i
	if f.low(j) == "of" {
		j++
		if f.low(j) == "fiscal" {
			j++
		}
	}
	if y := f.yearNum(j); y > 0 {
		return y, false, j + 1, true
	}
	if j == i {
		return 0, false, i, false
	}
	if w := f.low(j); f.low(j+1) == "year" {
		switch w {
		case "this", "the", "that":
			return 0, true, j + 2, w != "that"
		case "last":
			return -1, true, j + 2, true
		case "next":
			return 1, true, j + 2, true
		}
	}
	return 0, false, i, false
}

// quarterOf returns the first day of quarter q (1-4) of year y.
func quarterOf(y, q int) time.Time { return date(y, time.Month(3*q-2), 1) }

// latestQuarter returns the first day of the last quarter that ended
// before a: the quarter companies report on.
func latestQuarter(a time.Time) time.Time {
	return addMonths(quarterOf(a.Year(), (int(a.Month())+2)/3), -3)
}

// sub resolves the n-th of k equal parts of a year (a quarter when k is 4,
// a half when k is 2) without a year from the tense: past → the latest
// that began by a, future → the earliest that has not ended, unknown → the
// one in a's year, unless it is the first or last part and a sits at the
// other end of the year.
func sub(a time.Time, n, k int, t tense) time.Time {
	months := 12 / k
	start := func(y int) time.Time { return date(y, time.Month(months*(n-1)+1), 1) }
	y := a.Year()
	cur := (int(a.Month())-1)/months + 1
	switch t {
	case tensePast, tensePastFar:
		if start(y).After(a) {
			y--
		}
	case tenseFuture:
		// a report on the quarter just ended is still to come
		if n < cur-1 {
			y++
		}
	default:
		if n-cur > k/2 {
			y--
		} else if cur-n > k/2 {
			y++
		}
	}
	return start(y)
}

// period matches quarters and halves ("the third quarter", "third-quarter",
// "the fiscal first quarter of 1990", "the 1988 second quarter", "this
// year's third quarter", "Q1 2024", "the first half of 2023", "the latest
// quarter", "the year-ago quarter"), seasons ("last fall", "the summer of
// 2019", "this past spring"), fiscal years ("fiscal 1989", "the current
// fiscal year"), centuries ("the 20th century") and spelled-out decades
// ("the nineties") at token i. Determiners before the period ("the", "its")
// belong to the expression.
func (f *finder) period(i int) (hit, bool) {
	j := i
	switch f.low(j) {
	case "the", "its", "their":
		j++
	}
	if t := f.tok(j); t.kind != kNum && !periodWords[t.lower] {
		return hit{}, false // "the company": the common case, at once
	}
	if h, ok := f.season(i, j); ok {
		return h, true
	}
	if h, ok := f.century(j); ok {
		return h, true
	}
	if f.low(i) == "the" {
		if h, ok := f.spelledDecade(j); ok {
			return h, true
		}
	}
	if h, ok := f.fiscalYear(i, j); ok {
		return h, true
	}
	if h, ok := f.quarter(i, j); ok {
		return h, true
	}
	if k, ok := f.yearAgo(i); ok && !(f.tok(k).kind == kNum || numberWords[f.low(k)] != 0 || unitOf[f.low(k+1)] != "") {
		// "year-earlier results": the year before, or the quarter before
		// in a report on a quarter (Context); "the year-earlier nine
		// months" is a period of its own
		return hit{end: k, prec: PrecisionYear, yearBack: true, rel: func(a time.Time, _ tense) (time.Time, bool) {
			return date(a.Year()-1, 1, 1), true
		}}, true
	}
	return hit{}, false
}

// periodWords are the words a period starts with, after a determiner.
var periodWords map[string]bool

// buildPeriodWords returns periodWords from the other tables.
func buildPeriodWords() map[string]bool {
	m := setOf(`this last next past coming current previous prior latest most recent final latter
fiscal q year quarter period early late mid twenty that same corresponding comparable`)
	for _, keys := range [][]string{keysOf(ordinalWords), keysOf(seasonStart), keysOf(decadeWords)} {
		for _, w := range keys {
			m[w] = true
		}
	}
	return m
}

// quarter matches quarters and halves; i is the first token, j the token
// after a determiner.
func (f *finder) quarter(i, j int) (hit, bool) {
	// what comes before the ordinal: a year, "this year's", "year-ago"
	year, yearOff, hasYear, relYr, ago := 0, 0, false, false, false
	if y := f.yearNum(j); y > 0 && j > i {
		year, hasYear = y, true
		j++
	} else if off, k, ok := f.relYear(j); ok {
		yearOff, relYr = off, true
		j = k
	} else if k, ok := f.yearAgo(j); ok {
		ago = true
		j = k
	}
	fiscal := false
	if f.low(j) == "fiscal" {
		fiscal = true
		j = f.hyphen(j + 1)
	}
	if t := f.tok(j); t.lower == "q" && t.capitalized() {
		// Q1 2024
		n := f.tok(j + 1)
		if n.kind != kNum || n.lo != t.hi || n.val < 1 || n.val > 4 || n.ord {
			return hit{}, false
		}
		end := j + 2
		if y := f.yearNum(end); y > 0 && !hasYear {
			return hit{end: end + 1, prec: PrecisionQuarter, abs: quarterOf(y, n.val)}, true
		}
		return f.partHit(end, n.val, 4, year, hasYear, yearOff, relYr, ago)
	}
	n, k, ok := f.ordinal(j)
	if !ok {
		if w := f.low(j); (alt(w, "last|final|latter")) && (f.low(f.hyphen(j+2)) == "of" || f.is(j+1, "two quarters of")) {
			n, k, ok = -1, f.hyphen(j+1), true // "the last quarter of 1989", "the latter half of the year"
		}
	} else {
		k = f.hyphen(k)
	}
	if ok {
		parts := 0
		switch f.low(k) {
		case "quarter":
			parts = 4
		case "half":
			parts = 2
		case "two":
			// "the first two quarters of 1990", "the last two quarters of
			// this year": a half
			if f.low(k+1) == "quarters" && n < 2 {
				parts, k = 2, k+1
			}
		}
		if parts == 0 || n > parts || f.tok(k+1).text == "-" && f.tok(k+1).lo == f.tok(k).hi {
			return hit{}, false
		}
		if n < 0 {
			n = parts
		}
		end := k + 1
		if !hasYear && !relYr && !ago {
			if y, rel, e, ok := f.periodYear(end); ok {
				end = e
				if rel {
					yearOff, relYr = y, true
				} else {
					year, hasYear = y, true
				}
			}
		}
		if parts == 2 && !hasYear && !relYr && !fiscal && f.tok(k-1).text != "-" {
			return hit{}, false // "the second half" alone is often a half of a match
		}
		return f.partHit(end, n, parts, year, hasYear, yearOff, relYr, ago)
	}
	// the quarter, the latest quarter, the current quarter, last quarter
	w := f.low(j)
	q := j
	if w != "quarter" && w != "period" {
		q = j + 1
	}
	noun := f.low(q)
	if noun != "quarter" && noun != "period" || f.tok(q+1).text == "-" && f.tok(q+1).lo == f.tok(q).hi {
		return hit{}, false
	}
	the := alt(f.low(i), "the|its")
	if hasYear && q == j {
		// "the 1988 quarter": the quarter of the report (the latest), in
		// that year
		y := year
		return hit{end: q + 1, prec: PrecisionQuarter, yearOf: y, rel: func(a time.Time, _ tense) (time.Time, bool) {
			return date(y, latestQuarter(a).Month(), 1), true
		}}, true
	}
	var off int // quarters from the anchor's quarter
	end := q + 1
	switch {
	case ago && (q == j || w == "quarter" || w == "period"):
		off = -5
	case relYr && yearOff == -1 && q == j:
		off = -5 // "last year's quarter"
	case (the && q == j || w == "corresponding" || w == "comparable" || w == "same") && f.yearBackAfter(q+1) > q+1:
		// "the quarter a year ago", "the corresponding period last year"
		off, end = -5, f.yearBackAfter(q+1)
	case (alt(w, "year-ago|year-earlier")) && the:
		off = -5
	case q == j && the && noun == "quarter", w == "that" || w == "same":
		off = -1
	case alt(w, "latest|most|recent|just-ended"):
		off = -1
	case (alt(w, "current|this")) && noun == "quarter":
		off = 0
	case (alt(w, "last|previous|past|prior")) && noun == "quarter":
		off = -1
	case (alt(w, "next|coming")) && noun == "quarter":
		off = 1
	default:
		return hit{}, false
	}
	if noun == "period" && off != -1 && off != -5 {
		return hit{}, false
	}
	same := q == j && the && noun == "quarter" || w == "that" || w == "same"
	if off == -1 && end == q+1 {
		if h, ok := f.quarterEnded(end); ok {
			// "the quarter ended July 31"; after "the fiscal first quarter" it
			// is that one (same)
			return hit{end: end, prec: PrecisionQuarter, rel: h, same: same}, true
		}
	}
	return hit{end: end, prec: PrecisionQuarter, yearBack: off == -5, same: same, rel: func(a time.Time, t tense) (time.Time, bool) {
		if off == -1 && t == tenseFuture && w != "last" && w != "previous" && w != "past" {
			return quarterOf(a.Year(), (int(a.Month())+2)/3), true
		}
		if off == -5 {
			return latestQuarter(a).AddDate(-1, 0, 0), true
		}
		return addMonths(quarterOf(a.Year(), (int(a.Month())+2)/3), 3*off), true
	}}, true
}

// partHit makes the hit of part n of k of a year that ends at token end.
func (f *finder) partHit(end, n, k, year int, hasYear bool, yearOff int, relYr, ago bool) (hit, bool) {
	prec := PrecisionQuarter
	if k == 2 {
		prec = PrecisionHalf
	}
	months := 12 / k
	m := time.Month(months*(n-1) + 1)
	if hasYear {
		return hit{end: end, prec: prec, abs: date(year, m, 1)}, true
	}
	return hit{end: end, prec: prec, rel: func(a time.Time, t tense) (time.Time, bool) {
		switch {
		case relYr:
			return date(a.Year()+yearOff, m, 1), true
		case ago:
			return sub(a, n, k, tensePast).AddDate(-1, 0, 0), true
		}
		return sub(a, n, k, t), true
	}}, true
}

// seasonContext lists words after which "the summer" is a season ("in the
// summer"); elsewhere "the fall" is often a fall.
var seasonContext map[string]bool

// seasonOf returns the first day of the season a lies in.
func seasonOf(a time.Time) time.Time {
	m := a.Month()
	y := a.Year()
	if m <= time.February {
		return date(y-1, time.December, 1)
	}
	return date(y, m-(m%3), 1)
}

// season matches "last fall", "this summer", "this past spring", "the
// summer of 2019", "winter 2020", "in the early summer"; i is the first
// token, j the token after a determiner.
func (f *finder) season(i, j int) (hit, bool) {
	first := f.low(i)
	mod := ""
	switch w := f.low(j); w {
	case "this", "last", "next", "past", "coming":
		if j != i {
			return hit{}, false // "the last summer"
		}
		mod = w
		j++
		if w == "this" && f.low(j) == "past" {
			mod = "past"
			j++
		}
	}
	if modifiers[f.low(j)] {
		j = f.hyphen(j + 1)
	}
	t := f.tok(j)
	m0, ok := seasonStart[t.lower]
	if !ok || t.kind != kWord || t.base != t.hi || f.tok(j+1).text == "-" {
		return hit{}, false
	}
	end := j + 1
	// a year: "summer 2019", "the summer of 2019", "winter of 1994"
	k := end
	if f.low(k) == "of" {
		k++
	}
	if y, e := f.yearAt(k); y > 0 && mod == "" {
		return hit{end: e, prec: PrecisionSeason, abs: date(y, m0, 1)}, true
	}
	if f.low(end) == "of" {
		if y, rel, e, ok := f.periodYear(end); ok && rel {
			return hit{end: e, prec: PrecisionSeason, rel: func(a time.Time, _ tense) (time.Time, bool) {
				return date(a.Year()+y, m0, 1), true
			}}, true
		}
		return hit{}, false // "the fall of Saigon"
	}
	if mod == "" {
		prev := f.prevWord(i)
		if first == "the" || j == i {
			if !seasonContext[prev] && !(j > i && modifiers[f.low(i)]) {
				return hit{}, false
			}
		} else if first != "early" && first != "late" && first != "mid" {
			return hit{}, false
		}
	}
	return hit{end: end, prec: PrecisionSeason, rel: func(a time.Time, tn tense) (time.Time, bool) {
		cur := seasonOf(a)
		var cands [4]time.Time
		for k := range cands {
			cands[k] = date(a.Year()-2+k, m0, 1)
		}
		switch mod {
		case "last", "past":
			for k := 3; k >= 0; k-- {
				if cands[k].Before(cur) {
					return cands[k], true
				}
			}
		case "next", "coming":
			for _, c := range cands {
				if c.After(cur) {
					return c, true
				}
			}
		}
		switch {
		case m0 == cur.Month():
			return cur, true
		case mod == "" && (tn == tensePast || tn == tensePastFar):
			for k := 3; k >= 0; k-- {
				if !cands[k].After(a) {
					return cands[k], true
				}
			}
		case mod == "" && tn == tenseFuture:
			for _, c := range cands {
				if c.After(a) {
					return c, true
				}
			}
		}
		return date(a.Year(), m0, 1), true
	}}, true
}

// century matches "the 20th century", "the nineteenth century", "this
// century", "last century" at token j (after a determiner).
func (f *finder) century(j int) (hit, bool) {
	if n, k, ok := f.ordinal(j); ok && f.low(k) == "century" && n >= 1 && n <= 30 {
		return hit{end: k + 1, prec: PrecisionCentury, abs: date((n-1)*100, 1, 1)}, true
	}
	w := f.low(j)
	if (alt(w, "this|last|next")) && f.low(j+1) == "century" && f.prevWord(j) != "the" {
		off, _ := offsetOf(w)
		off *= 100
		return hit{end: j + 2, prec: PrecisionCentury, rel: func(a time.Time, _ tense) (time.Time, bool) {
			return date(a.Year()/100*100+off, 1, 1), true
		}}, true
	}
	return hit{}, false
}

// decadeWords maps spelled-out decades to their years in the 20th century.
var decadeWords map[string]int

// spelledDecade matches "nineties" in "the nineties", "the early eighties"
// at token j (after "the").
func (f *finder) spelledDecade(j int) (hit, bool) {
	if modifiers[f.low(j)] {
		j = f.hyphen(j + 1)
	}
	if y, ok := decadeWords[f.low(j)]; ok {
		return hit{end: j + 1, prec: PrecisionDecade, abs: date(y, 1, 1)}, true
	}
	return hit{}, false
}

// fiscalYear matches "fiscal 1989", "fiscal year 1990", "the current fiscal
// year", "next fiscal year": a fiscal year is read as the calendar year it
// is named after, since where it starts differs from one body to another.
func (f *finder) fiscalYear(i, j int) (hit, bool) {
	off, rel := 0, false
	switch w := f.low(j); w {
	case "this", "current", "last", "next", "coming", "previous":
		if w == "current" && j == i || w != "current" && w != "previous" && j != i {
			return hit{}, false
		}
		off, _ = offsetOf(w)
		rel = true
		j++
	}
	if f.low(j) != "fiscal" {
		return hit{}, false
	}
	k := f.hyphen(j + 1)
	if f.low(k) == "year" {
		k++
		if y := f.yearNum(k); y > 0 && !rel {
			return hit{end: k + 1, prec: PrecisionYear, abs: date(y, 1, 1)}, true
		}
		if !rel {
			return hit{}, false // "the fiscal year" is often a duration
		}
		return hit{end: k, prec: PrecisionYear, rel: func(a time.Time, _ tense) (time.Time, bool) {
			return date(a.Year()+off, 1, 1), true
		}}, true
	}
	if y := f.yearNum(k); y > 0 && !rel && f.tok(k+1).kind != kNum {
		return hit{end: k + 1, prec: PrecisionYear, abs: date(y, 1, 1)}, true
	}
	return hit{}, false
}

// boundaryWords name a part of a period ("the end of the year").
var boundaryWords map[string]bool

// boundary matches "the end of" (and "the beginning", "the middle", "the
// start", "the turn of") followed by a period: the period is the date ("the
// end of March" is March, "the end of the year" the anchor's year). It also
// reads "year-end" and "year's end" as the anchor's year. It returns the
// index where the period starts, or the hit of a period that only makes
// sense here ("the year").
func (f *finder) boundary(i int) (inner int, h hit, ok bool) {
	j := i
	if alt(f.low(j), "the|a") {
		j++
	}
	if f.low(j) == "year" {
		// year-end, year end, year's end
		k := f.hyphen(j + 1)
		if f.low(k) == "end" && (k > j+1 || f.toks[j].base < f.toks[j].hi || f.low(j+1) == "end") {
			return 0, hit{end: k + 1, prec: PrecisionYear, rel: anchorYear}, true
		}
		return 0, hit{}, false
	}
	if !boundaryWords[f.low(j)] || f.low(j+1) != "of" || j == i && f.prevWord(i) != "by" && f.prevWord(i) != "at" {
		return 0, hit{}, false
	}
	k := j + 2
	w := f.low(k)
	if p, found := unitPrec[f.low(k+1)]; found && (alt(w, "the|this|next|last")) {
		off, _ := offsetOf(w)
		unit := f.low(k + 1)
		return 0, hit{end: k + 2, prec: p, rel: func(a time.Time, _ tense) (time.Time, bool) {
			switch unit {
			case "quarter":
				return addMonths(quarterOf(a.Year(), (int(a.Month())+2)/3), 3*off), true
			case "decade":
				return date(a.Year()/10*10+10*off, 1, 1), true
			case "century":
				return date(a.Year()/100*100+100*off, 1, 1), true
			}
			d, _ := shift(a, unit, off)
			return d, true
		}}, true
	}
	return k, hit{}, true
}

// ordinalDay matches "the 15th" after a preposition ("on the 15th", "by
// the 3rd"): that day of the anchor's month, or of the month before or
// after, chosen as a date without a year is.
func (f *finder) ordinalDay(i int) (hit, bool) {
	if f.low(i) != "the" || !dayLead[f.prevWord(i)] {
		return hit{}, false
	}
	t := f.tok(i + 1)
	if t.kind != kNum || !t.ord || t.val < 1 || t.val > 31 {
		return hit{}, false
	}
	if n := f.tok(i + 2); n.kind == kWord && n.lower != "and" && n.lower != "or" || n.kind == kNum {
		return hit{}, false // "the 20th century", "the 5th anniversary"
	}
	d := t.val
	return hit{end: i + 2, prec: PrecisionDay, rel: func(a time.Time, tn tense) (time.Time, bool) {
		var cands []time.Time
		for k := -1; k <= 1; k++ {
			m := addMonths(a, k)
			if validDay(m.Year(), m.Month(), d) {
				cands = append(cands, date(m.Year(), m.Month(), d))
			}
		}
		if len(cands) == 0 {
			return time.Time{}, false
		}
		best := cands[0]
		switch tn {
		case tensePast, tensePastFar:
			for _, c := range cands {
				if !c.After(a) {
					best = c
				}
			}
			return best, true
		case tenseFuture:
			for k := len(cands) - 1; k >= 0; k-- {
				if !cands[k].Before(a.Add(-justPassed)) {
					best = cands[k]
				}
			}
			return best, true
		}
		for _, c := range cands {
			if absDur(c.Sub(a)) < absDur(best.Sub(a)) {
				best = c
			}
		}
		return best, true
	}}, true
}

// dayLead are the words before "the 15th" that make it a day of the month.
var dayLead map[string]bool

// ordinalWeek matches "the first week of March", "the last week of May
// 2024", "the second week of this month": the week (by its Monday) that
// holds the first, eighth, ... or the last seven days of the month.
func (f *finder) ordinalWeek(i int) (hit, bool) {
	if f.low(i) != "the" {
		return hit{}, false
	}
	n, k, ok := f.ordinal(i + 1)
	if !ok && f.low(i+1) == "last" {
		n, k, ok = -1, i+2, true
	}
	if !ok || n > 5 || f.low(k) != "week" || f.low(k+1) != "of" {
		return hit{}, false
	}
	pick := func(y int, m time.Month) time.Time {
		if n < 0 {
			return monday(date(y, m, daysIn(y, m)-6))
		}
		return monday(date(y, m, 1+7*(n-1)))
	}
	if m, end, abbrev, ok := month(f.toks, k+2); ok && !abbrev || ok && f.yearNum(end) > 0 {
		if y := f.yearNum(end); y > 0 {
			return hit{end: end + 1, prec: PrecisionWeek, abs: pick(y, m)}, true
		}
		return hit{end: end, prec: PrecisionWeek, rel: func(a time.Time, t tense) (time.Time, bool) {
			mm := monthInYear(a, m, t)
			return pick(mm.Year(), mm.Month()), true
		}}, true
	}
	if w := f.low(k + 2); (alt(w, "this|the|next|last")) && f.low(k+3) == "month" {
		off, _ := offsetOf(w)
		return hit{end: k + 4, prec: PrecisionWeek, rel: func(a time.Time, _ tense) (time.Time, bool) {
			mm := addMonths(a, off)
			return pick(mm.Year(), mm.Month()), true
		}}, true
	}
	return hit{}, false
}

// loadPeriodTables builds the word tables of period.go; loadTables calls it once.
func loadPeriodTables() {
	ordinalWords = numbered(1, 1, `first second third fourth fifth sixth seventh eighth ninth tenth
eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth`)
	seasonContext = setOf(`in during over since until till through throughout by before after into
from this that early late mid`)
	decadeWords = numbered(1920, 10, `twenties thirties forties fifties sixties seventies eighties nineties`)
	boundaryWords = setOf(`end beginning start middle close turn`)
	dayLead = setOf(`on by until till since before after from to through`)
}
