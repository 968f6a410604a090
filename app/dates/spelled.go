package dates

import "time"

// This file reads years spelled out in words, as broadcast transcripts
// write them ("nineteen ninety-six", "the year two thousand"), and the
// holidays whose date a calendar rule gives ("Thanksgiving Day").

// unitWords and tensWords are the number words of a spelled-out year.
var unitWords, teenWords, tensWords map[string]int

// loadSpelledTables builds the word tables of spelled.go; loadTables calls it once.
func loadSpelledTables() {
	unitWords = numbered(1, 1, `one two three four five six seven eight nine`)
	teenWords = numbered(10, 1, `ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen`)
	tensWords = numbered(20, 10, `twenty thirty forty fifty sixty seventy eighty ninety`)
}

// spelledYear reads a year in words at token i: "nineteen ninety-six",
// "nineteen eighty", "two thousand", "two thousand and one". It returns
// the year and the index after it.
func (f *finder) spelledYear(i int) (y, next int, ok bool) {
	switch f.low(i) {
	case "nineteen", "eighteen", "twenty":
		if f.low(i) == "twenty" && f.tok(i+1).text == "-" {
			return 0, i, false // "twenty-five"
		}
		c := 2000
		switch f.low(i) {
		case "nineteen":
			c = 1900
		case "eighteen":
			c = 1800
		}
		w := f.low(i + 1)
		if v, found := teenWords[w]; found {
			return c + v, i + 2, true
		}
		if v, found := tensWords[w]; found {
			k := i + 2
			if f.tok(k).text == "-" {
				if u, found := unitWords[f.low(k+1)]; found {
					return c + v + u, k + 2, true
				}
			}
			return c + v, k, true
		}
	case "two":
		if f.low(i+1) != "thousand" {
			break
		}
		k := i + 2
		if f.low(k) == "and" {
			k++
		}
		if u, found := unitWords[f.low(k)]; found {
			return 2000 + u, k + 1, true
		}
		if v, found := teenWords[f.low(k)]; found {
			return 2000 + v, k + 1, true
		}
		return 2000, i + 2, true
	}
	return 0, i, false
}

// yearAt reads a year at token i, in digits or in words, and returns it
// with the index after it (y < 0 when there is none).
func (f *finder) yearAt(i int) (y, next int) {
	if y := f.yearNum(i); y > 0 {
		return y, i + 1
	}
	if y, k, ok := f.spelledYear(i); ok && f.low(i) != "two" {
		return y, k
	}
	return -1, i
}

// spelledYearHit matches a year in words standing alone: "in nineteen
// ninety-one", "Atlanta nineteen ninety-six", "the year two thousand".
func (f *finder) spelledYearHit(i int) (hit, bool) {
	j := i
	if f.low(i) == "the" && f.low(i+1) == "year" {
		j = i + 2
	}
	y, k, ok := f.spelledYear(j)
	if !ok {
		return hit{}, false
	}
	// "two thousand" is a count unless "the year" or a preposition says
	// otherwise; so is a year in words before a plural noun.
	if f.low(j) == "two" && j == i && !strongPrep[f.prevWord(i)] {
		return hit{}, false
	}
	if n := f.tok(k); n.kind == kWord && !n.capitalized() && countNouns[n.lower] {
		return hit{}, false
	}
	return hit{end: k, prec: PrecisionYear, abs: date(y, 1, 1)}, true
}

// holidays are the holidays whose date follows from the year: the month
// and day, or for movable ones a function of the year.
var holidays = map[string]func(y int) time.Time{
	"christmas": func(y int) time.Time { return date(y, time.December, 25) },
	"halloween": func(y int) time.Time { return date(y, time.October, 31) },
	"thanksgiving": func(y int) time.Time { // the fourth Thursday of November (US)
		return nthWeekday(y, time.November, time.Thursday, 4)
	},
	"easter": easter,
}

// namedDays are holidays named by two words ending in "Day".
var namedDays = map[string]func(y int) time.Time{
	"independence": func(y int) time.Time { return date(y, time.July, 4) },
	"election": func(y int) time.Time { // the Tuesday after the first Monday of November (US)
		return nthWeekday(y, time.November, time.Monday, 1).AddDate(0, 0, 1)
	},
	"valentine": func(y int) time.Time { return date(y, time.February, 14) },
}

// nthWeekday returns the n-th weekday w of month m of year y.
func nthWeekday(y int, m time.Month, w time.Weekday, n int) time.Time {
	first := date(y, m, 1)
	off := (int(w) - int(first.Weekday()) + 7) % 7
	return first.AddDate(0, 0, off+7*(n-1))
}

// easter returns Easter Sunday of year y (the Gregorian computus).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	g := (8*b + 13) / 25
	h := (19*a + b - d - g + 15) % 30
	j, k := c/4, c%4
	m := (a + 11*h) / 319
	r := (2*e + 2*j - k - h + m + 32) % 7
	n := (h - m + r + 90) / 25
	p := (h - m + r + n + 19) % 32
	return date(y, time.Month(n), p)
}

// holiday matches "Thanksgiving Day", "Christmas", "Christmas Eve", "New
// Year's Day", "Election Day", "last Thanksgiving", "Easter Sunday". The
// year is chosen like a date without a year: from the tense, or the
// nearest.
func (f *finder) holiday(i int) (hit, bool) {
	j := i
	off := 0
	switch f.low(j) {
	case "last":
		off, j = -1, j+1
	case "next", "this":
		off, j = 1, j+1
		if f.low(i) == "this" {
			off = 0
		}
	}
	t := f.tok(j)
	if t.kind != kWord || !t.capitalized() {
		return hit{}, false
	}
	var rule func(int) time.Time
	end := j + 1
	eve := false
	switch {
	case holidays[t.lower] != nil:
		rule = holidays[t.lower]
		switch f.tok(end).text {
		case "Day", "Sunday":
			end++
		case "Eve":
			end++
			eve = true
		}
	case t.lower == "new" && f.low(j+1) == "year" && f.toks[j+1].base < f.toks[j+1].hi:
		rule = func(y int) time.Time { return date(y, time.January, 1) }
		end = j + 2
		switch f.tok(end).text {
		case "Day":
			end++
		case "Eve":
			end++
			eve = true
		default:
			return hit{}, false
		}
	case namedDays[t.lower] != nil && f.tok(j+1).text == "Day":
		rule = namedDays[t.lower]
		end = j + 2
	default:
		return hit{}, false
	}
	if t.lower == "valentine" && t.base == t.hi {
		return hit{}, false
	}
	if n := f.tok(end); end == j+1 && j == i && n.kind == kWord && !n.capitalized() && !afterDay[n.lower] {
		// "Christmas shopping", "Thanksgiving dinner"; but "Thanksgiving Day
		// clinging to", "last Thanksgiving following", "Christmas in Rome"
		return hit{}, false
	}
	day := rule
	if eve {
		day = func(y int) time.Time { return rule(y).AddDate(0, 0, -1) }
	}
	return hit{end: end, prec: PrecisionDay, rel: func(a time.Time, tn tense) (time.Time, bool) {
		cands := [3]time.Time{day(a.Year() - 1), day(a.Year()), day(a.Year() + 1)}
		switch {
		case off < 0 || j == i && (tn == tensePast || tn == tensePastFar):
			// "last Thanksgiving", "this Christmas" (past), or past tense:
			// the latest not after the anchor
			for k := 2; k >= 0; k-- {
				if !cands[k].After(a) && !(off < 0 && cands[k].Equal(a)) {
					return cands[k], true
				}
			}
		case off > 0 && j > i || tn == tenseFuture:
			for _, c := range cands {
				if !c.Before(a) {
					return c, true
				}
			}
		}
		best := cands[1]
		for _, c := range cands {
			if absDur(c.Sub(a)) < absDur(best.Sub(a)) {
				best = c
			}
		}
		return best, true
	}}, true
}

// absDur returns the absolute value of d.
func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}
