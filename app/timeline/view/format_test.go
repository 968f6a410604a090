package view

import (
	"testing"

	"github.com/dossierapp/dossier/app/dates"
)

func TestFormatDate(t *testing.T) {
	cases := []struct {
		date string
		p    dates.Precision
		want string
		html string
	}{
		{"2024-03-19", dates.PrecisionDay, "19 Mar 2024", "2024-03-19"},
		{"2024-03-18", dates.PrecisionWeek, "week of 18 Mar 2024", "2024-03-18"},
		{"2023-09", dates.PrecisionMonth, "Sep 2023", "2023-09"},
		{"2019-SU", dates.PrecisionSeason, "summer 2019", "2019"},
		{"2019-WI", dates.PrecisionSeason, "winter 2019", "2019"},
		{"2024-Q1", dates.PrecisionQuarter, "Q1 2024", "2024"},
		{"2023-H2", dates.PrecisionHalf, "H2 2023", "2023"},
		{"2023", dates.PrecisionYear, "2023", "2023"},
		{"1990", dates.PrecisionDecade, "the 1990s", "1990"},
		{"1900", dates.PrecisionCentury, "the 20th century", "1900"},
		{"2000", dates.PrecisionCentury, "the 21st century", "2000"},
		{"1000", dates.PrecisionCentury, "the 11th century", "1000"},
		{"PRESENT_REF", dates.PrecisionRef, "PRESENT_REF", "PRESENT_REF"},
	}
	for _, c := range cases {
		if got := FormatDate(c.date, c.p); got != c.want {
			t.Errorf("formatDate(%q, %s) = %q, want %q", c.date, c.p, got, c.want)
		}
		if got := HTMLDate(c.date, c.p); got != c.html {
			t.Errorf("htmlDate(%q, %s) = %q, want %q", c.date, c.p, got, c.html)
		}
	}
	for p, want := range map[dates.Precision]Shape{
		dates.PrecisionDay: ShapeDay, dates.PrecisionMonth: ShapeBar, dates.PrecisionSeason: ShapeSpan,
		dates.PrecisionQuarter: ShapeSpan, dates.PrecisionDecade: ShapeSpan, dates.PrecisionCentury: ShapeSpan,
	} {
		if got := ShapeOf(p); got != want {
			t.Errorf("shapeOf(%s) = %v, want %v", p, got, want)
		}
	}
}

// testReader is the reader's address of an article in the tests.
func testReader(id string) string { return "/a/" + id }
