package clean

import (
	"testing"
	"time"
)

// TestDaysIn checks daysIn against the time package for every month of the
// years normDate accepts.
func TestDaysIn(t *testing.T) {
	for y := 1900; y <= 2100; y++ {
		for m := 1; m <= 12; m++ {
			if got, want := daysIn(y, m), time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day(); got != want {
				t.Errorf("daysIn(%d, %d) = %d, want %d", y, m, got, want)
			}
		}
	}
}

// TestNormDate checks the dates normDate formats, and the ones it rejects.
func TestNormDate(t *testing.T) {
	for in, want := range map[string]string{
		"March 5, 2024":     "2024-03-05",
		"5th March 1999":    "1999-03-05",
		"2020-12-31":        "2020-12-31",
		"25/03/2024":        "2024-03-25",
		"03/25/2024":        "2024-03-25",
		"Feb 29, 2024":      "2024-02-29",
		"Feb 29, 2023":      "",
		"29 February 2000":  "2000-02-29",
		"29 February 1900":  "",
		"April 31, 2024":    "",
		"03/04/2024":        "",
		"January 1, 1900":   "1900-01-01",
		"December 31, 2100": "2100-12-31",
		"January 1, 1899":   "",
		"05.03.2024":        "2024-03-05",
		"31.12.2023":        "2023-12-31",
		"12.31.2023":        "2023-12-31",
	} {
		if got := normDate(in); got != want {
			t.Errorf("normDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFirstDateAmericanZone: a day and month both 12 or under are read
// month first only when an American time zone follows the date.
func TestFirstDateAmericanZone(t *testing.T) {
	for in, want := range map[string]string{
		"12/02/2026 05:00 AM EST":   "2026-12-02",
		"03/04/2024 11:41pm ET":     "2024-03-04",
		"03/04/2024 10:00 GMT":      "",
		"03/04/2024":                "",
		"Updated 03/04/2024 at PST": "2024-03-04",
	} {
		if got := firstDate(in); got != want {
			t.Errorf("firstDate(%q) = %q, want %q", in, got, want)
		}
	}
}
