package dates

import "time"

// weekday reports the weekday named by toks[i] (capitalised full name; a
// possessive "Friday's" counts).
func weekday(toks []token, i int) (time.Weekday, bool) {
	if i >= len(toks) || toks[i].kind != kWord || !toks[i].capitalized() {
		return 0, false
	}
	w, ok := weekdayNames[toks[i].lower]
	return w, ok
}

// weekdayNear resolves a weekday against the anchor day a. dir < 0 means the
// previous occurrence, dir > 0 the next; the anchor's own weekday is the
// anchor day itself unless strict is set ("last Tuesday", "next Tuesday").
func weekdayNear(a time.Time, w time.Weekday, dir int, strict bool) time.Time {
	if dir > 0 {
		diff := (int(w) - int(a.Weekday()) + 7) % 7
		if diff == 0 && strict {
			diff = 7
		}
		return a.AddDate(0, 0, diff)
	}
	diff := (int(a.Weekday()) - int(w) + 7) % 7
	if diff == 0 && strict {
		diff = 7
	}
	return a.AddDate(0, 0, -diff)
}
