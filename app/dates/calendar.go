package dates

import "time"

// date returns the calendar day y-m-d at UTC midnight (normalised by time.Date).
func date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// daysIn returns the number of days in month m of year y.
func daysIn(y int, m time.Month) int {
	return date(y, m+1, 0).Day()
}

// validDay reports whether y-m-d exists (February 29 only in leap years).
func validDay(y int, m time.Month, d int) bool {
	return m >= time.January && m <= time.December && d >= 1 && d <= daysIn(y, m)
}

// monday returns the Monday of t's ISO week.
func monday(t time.Time) time.Time {
	off := (int(t.Weekday()) + 6) % 7
	return t.AddDate(0, 0, -off)
}

// addMonths moves t to the first day of the month n months away.
func addMonths(t time.Time, n int) time.Time {
	return date(t.Year(), t.Month()+time.Month(n), 1)
}
