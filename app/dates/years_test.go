package dates

import (
	"strings"
	"testing"
	"time"
)

// TestNumbersThatAreNotYears: wire copy's times of day, ranges of counts and
// model numbers are not years; the years beside them still are.
func TestNumbersThatAreNotYears(t *testing.T) {
	anchor := AnchorOn(1987, time.April, 8)
	for _, c := range []struct{ text, want string }{
		{"The NYSE said it will not allow an order after 1530 EST Friday.", "1987-04-10"},
		{"The right will terminate after 1700 EST April 9.", "1987-04-09"},
		{"steers - choice 2-4 1100-1400 lbs 66.50-67.50, two loads", ""},
		{"It said the boards let its PC 6300s series display video.", ""},
		{"Output rose to 1100-1400 tonnes a day in 1985-1986.", "1985,1986"},
		{"The mine, started in 1896 by a U.S. company, is untapped.", "1896"},
		{"Reuters has kept a bureau in Japan since the 1870s.", "1870"},
		{"The plant closed in 1986 after 1530 workers were laid off.", "1986"},
		{"Mar 2901 2905 2890", ""},                          // a futures price in a table, not a year
		{"Aug 12414\n Oct 13929\n Dec 1403\n Mar 2901", ""}, // a market's open positions
		{"Constantinople fell in May 1453, the historian said.", "1453-05"},
		{"The lease runs until March 2150.", "2150-03"},
	} {
		var got []string
		for _, e := range Find(c.text, anchor) {
			got = append(got, e.Date)
		}
		if strings.Join(got, ",") != c.want {
			t.Errorf("%q: found %q, want %q", c.text, got, c.want)
		}
	}
}
