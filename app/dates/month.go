package dates

import "time"

// isAbbrev reports whether a month word is an abbreviation ("Sept", "Jan").
func isAbbrev(lower string) bool {
	return len(lower) <= 4 && lower != "june" && lower != "july" && lower != "may"
}

// month reports the month named by toks[i]. Month names must be capitalised;
// whether a bare name is a month ("May" the verb, "March" the verb) is decided
// by the patterns that use it. A possessive is a month ("December's
// figures") unless the name is also a given name ("May's", "June's"). ok is
// false for anything else.
// The second result is the index after the name and an optional abbreviation
// period ("Sept.").
func month(toks []token, i int) (m time.Month, next int, abbrev, ok bool) {
	if i >= len(toks) || toks[i].kind != kWord || !toks[i].capitalized() || toks[i].base != toks[i].hi && nameMonths[toks[i].lower] {
		return 0, i, false, false
	}
	m, ok = monthNames[toks[i].lower]
	if !ok {
		return 0, i, false, false
	}
	next = i + 1
	abbrev = isAbbrev(toks[i].lower)
	if abbrev && next < len(toks) && toks[next].text == "." && toks[next].lo == toks[i].hi {
		next++
	}
	return m, next, abbrev, true
}

// monthInYear resolves a month without a year against the anchor day a using
// the tense of its clause: past → the latest such month not after a's month,
// future → the earliest not before it, unknown → the nearest.
func monthInYear(a time.Time, m time.Month, t tense) time.Time {
	y := a.Year()
	diff := int(m) - int(a.Month())
	switch t {
	case tensePast:
		if diff > 0 {
			y--
		}
	case tensePastFar:
		// with the past verb in another clause, the month after the
		// anchor's is the coming one ("told U.S., European and Japanese
		// companies of a cutback in September" in August): eleven months
		// back, a writer says "last September"
		switch {
		case diff > 1:
			y--
		case diff == -11: // January in a December text
			y++
		}
	case tenseFuture:
		if diff < 0 {
			y++
		}
	default:
		if diff > 6 {
			y--
		} else if diff < -6 {
			y++
		}
	}
	return date(y, m, 1)
}

// soonAhead is how far ahead of the anchor a date may lie and still be read
// forward when the only past verb is in another clause.
const soonAhead = 60 * 24 * time.Hour

// justPassed is how far behind the anchor a date in the future tense may
// lie and still be read in the anchor's year ("must be returned by Jan. 14"
// in a report of Jan. 15).
const justPassed = 14 * 24 * time.Hour

// dayInYear resolves a month and day without a year against the anchor day a:
// past tense and a date after a → the previous year, future tense and a date
// before a → the next year, unknown tense → the nearest. February 29 moves,
// in the same direction, to a leap year. ok is false for impossible days.
func dayInYear(a time.Time, m time.Month, d int, t tense) (time.Time, bool) {
	if d < 1 || d > 31 || !validDay(2000, m, d) {
		return time.Time{}, false
	}
	y := a.Year()
	if t == tensePastFar {
		// a past verb in another clause: a date in the coming weeks is
		// still ahead ("invited them to a ceremony, on March 12")
		// ("starting January 1" in a report of November 28 is the coming
		// one, in the next year)
		for _, c := range []int{y, y + 1} {
			if ahead := date(c, m, 1).AddDate(0, 0, d-1).Sub(a); validDay(c, m, d) && ahead > 0 && ahead <= soonAhead {
				return date(c, m, d), true
			}
		}
		t = tensePast
	}
	switch t {
	case tensePast:
		if date(y, m, 1).AddDate(0, 0, d-1).After(a) {
			y--
		}
		for !validDay(y, m, d) {
			y--
		}
	case tenseFuture:
		// the first such date on or after the anchor; a deadline that passed
		// in the last days is still that one
		y--
		for !validDay(y, m, d) || date(y, m, d).Before(a.Add(-justPassed)) {
			y++
		}
	default:
		best, bestDist := 0, int64(-1)
		for _, c := range []int{y - 1, y, y + 1} {
			if !validDay(c, m, d) {
				continue
			}
			dist := int64(date(c, m, d).Sub(a))
			if dist < 0 {
				dist = -dist
			}
			if bestDist < 0 || dist < bestDist {
				best, bestDist = c, dist
			}
		}
		if bestDist < 0 { // February 29 with no leap year nearby
			for y = a.Year(); !validDay(y, m, d); y-- {
			}
			best = y
		}
		y = best
	}
	return date(y, m, d), true
}
