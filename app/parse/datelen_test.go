package parse

import "testing"

// TestDateLen: a date at the start of a line, with its length; a year glued
// to the time after it ("20263:14") ends at the year; five digits with no
// time after them are no year.
func TestDateLen(t *testing.T) {
	for in, want := range map[string]int{
		"November 20, 2026 3:14 AM GMT":                   len("November 20, 2026"),
		"November 20, 20263:14 AM GMTUpdated 2 hours ago": len("November 20, 2026"),
		"20 November 202611:05 GMT":                       len("20 November 2026"),
		"November 20, 20263 people":                       0,
		"2024-03-25 Following":                            len("2024-03-25"),
		"Wednesday, 30 October 2024":                      len("Wednesday, 30 October 2024"),
		"Novel 20, 2026":                                  0,
	} {
		if got := DateLen(in); got != want {
			t.Errorf("DateLen(%q) = %d, want %d", in, got, want)
		}
	}
}
