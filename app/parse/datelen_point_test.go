package parse

import "testing"

// TestDateLenDayPoint reads an English month after a day written with a
// point, as European sites do ("4. Dec 2026"), and leaves a numbered
// sentence alone.
func TestDateLenDayPoint(t *testing.T) {
	for in, want := range map[string]int{
		"4. Dec 2026, 07:12":     len("4. Dec 2026"),
		"12. December 2026":      len("12. December 2026"),
		"4. Decisions were made": 0,
	} {
		if got := DateLen(in); got != want {
			t.Errorf("DateLen(%q) = %d, want %d", in, got, want)
		}
	}
}
