package dates

import (
	"fmt"
	"testing"
	"time"
)

// steps runs FindIn over sentences of one text in order and checks each.
func steps(t *testing.T, a Anchor, sents []string, wants [][]want) {
	t.Helper()
	var ctx Context
	for k, s := range sents {
		got := FindIn(s, a, &ctx)
		if len(got) != len(wants[k]) {
			t.Errorf("FindIn(%q) = %+v, want %+v", s, got, wants[k])
			continue
		}
		for i, w := range wants[k] {
			if g := got[i]; g.Text != w.text || g.Date != w.date || g.Precision != w.prec {
				t.Errorf("FindIn(%q)[%d] = %q %q %s, want %q %q %s", s, i, g.Text, g.Date, g.Precision, w.text, w.date, w.prec)
			}
		}
	}
}

// TestReportQuarter: an earlier quarter named in a report on the latest
// one is an aside, for its own sentence only; a forecast of the current
// quarter gives way to the quarter reported on.
func TestReportQuarter(t *testing.T) {
	a := AnchorOn(1989, 11, 1)
	steps(t, a, []string{
		"Net rose 20% in the third quarter.",
		"After a flat second quarter, the company gained.",
		"Net was $5 million a year earlier.",
		"In the second quarter, net fell from $3 million a year earlier.",
		"In the year-earlier period, it took charges.",
	}, [][]want{
		{{"the third quarter", "1989-Q3", PrecisionQuarter}},
		{{"second quarter", "1989-Q2", PrecisionQuarter}},
		{{"a year earlier", "1988-Q3", PrecisionQuarter}},
		{{"the second quarter", "1989-Q2", PrecisionQuarter}, {"a year earlier", "1988-Q2", PrecisionQuarter}},
		{{"the year-earlier period", "1988-Q3", PrecisionQuarter}},
	})
	steps(t, a, []string{
		"Sales will rise in the fourth quarter.",
		"Net rose 20% in the third quarter.",
		"Net was $5 million a year earlier.",
	}, [][]want{
		{{"the fourth quarter", "1989-Q4", PrecisionQuarter}},
		{{"the third quarter", "1989-Q3", PrecisionQuarter}},
		{{"a year earlier", "1988-Q3", PrecisionQuarter}},
	})
}

// TestQuarterEndedFiscal: after "the fiscal first quarter", "the quarter
// ended Sept. 30" is that quarter, not the calendar one.
func TestQuarterEndedFiscal(t *testing.T) {
	steps(t, AnchorOn(1989, 10, 26), []string{
		"It earned $5 million in the fiscal first quarter.",
		"Sales for the quarter ended Sept. 30 rose.",
	}, [][]want{
		{{"the fiscal first quarter", "1989-Q1", PrecisionQuarter}},
		{{"the quarter", "1989-Q1", PrecisionQuarter}, {"Sept. 30", "1989-09-30", PrecisionDay}},
	})
}

// TestDayWeekHalfOf: "the day before/after" a day, "the week of" a day and
// "the first/last two quarters of" a year, in both directions.
func TestDayWeekHalfOf(t *testing.T) {
	a := AnchorOn(2000, 2, 24) // a Thursday
	cases := []struct {
		s string
		w []want
	}{
		{"The day before last Tuesday's hearing, he went home.", []want{{"The day before last Tuesday", "2000-02-21", PrecisionDay}}},
		{"He will leave the day after next Tuesday.", []want{{"the day after next Tuesday", "2000-03-01", PrecisionDay}}},
		{"They met the day after March 6.", []want{{"the day after March 6", "1999-03-07", PrecisionDay}}},
		{"They will meet the day after March 6.", []want{{"the day after March 6", "2000-03-07", PrecisionDay}}},
		{"He left the day before yesterday.", []want{{"the day before yesterday", "2000-02-22", PrecisionDay}}},
		{"The day before the vote, he left.", nil},
		{"It may be settled at a hearing the week of March 6.", []want{{"the week of March 6", "2000-03-06", PrecisionWeek}}},
		{"They met the week of March 6.", []want{{"the week of March 6", "1999-03-01", PrecisionWeek}}},
		{"The week of March 6, 1999 was cold.", []want{{"The week of March 6, 1999", "1999-03-01", PrecisionWeek}}},
		{"Sales will fall through the first two quarters of 2001.", []want{{"the first two quarters of 2001", "2001-H1", PrecisionHalf}}},
		{"Sales rose in the last two quarters of last year.", []want{{"the last two quarters of last year", "1999-H2", PrecisionHalf}}},
		{"Sales rose in the first two quarters.", nil},
	}
	for _, c := range cases {
		check(t, c.s, a, c.w)
	}
}

// TestPreviousWeekday: "the previous Friday" is the Friday before the last
// day the text gave, or before the anchor; "the following Monday" after it.
func TestPreviousWeekday(t *testing.T) {
	a := AnchorOn(1989, 10, 30) // a Monday
	steps(t, a, []string{
		"Shares closed Friday at 2082.1.",
		"That was down 4.5% from the previous Friday.",
		"Trading resumed the following Monday.",
	}, [][]want{
		{{"Friday", "1989-10-27", PrecisionDay}},
		{{"the previous Friday", "1989-10-20", PrecisionDay}},
		{{"the following Monday", "1989-10-23", PrecisionDay}},
	})
	check(t, "Shares fell from the previous Friday.", a, []want{{"the previous Friday", "1989-10-27", PrecisionDay}})
	check(t, "Trading resumes the following Monday.", a, []want{{"the following Monday", "1989-11-06", PrecisionDay}})
}

// TestTheYear: "for the year" and "the full year" are the anchor's year;
// "the year ended Sept. 30" and "the year before" are periods of their own.
func TestTheYear(t *testing.T) {
	a := AnchorOn(1989, 11, 2)
	cases := []struct {
		s string
		w []want
	}{
		{"For the year, pet food volume was flat.", []want{{"the year", "1989", PrecisionYear}}},
		{"Sales for the full year were $6.6 billion.", []want{{"the full year", "1989", PrecisionYear}}},
		{"Planting was delayed earlier in the year by rain.", []want{{"the year", "1989", PrecisionYear}}},
		{"For the year ended Sept. 30, it earned $5 million.", []want{{"Sept. 30", "1989-09-30", PrecisionDay}}},
		{"Sales fell from $450 million the year before.", nil},
		{"He was named player of the year.", nil},
		{"For the year-earlier nine months, net fell.", nil},
	}
	for _, c := range cases {
		check(t, c.s, a, c.w)
	}
}

// TestContextUnknownAnchor: without a publication date, what refers back
// to the report's quarter or span stays unresolved, with no date.
func TestContextUnknownAnchor(t *testing.T) {
	for _, text := range []string{
		"Sales rose in Q1 2024. In the quarter, it fell.",
		"Sales rose in Q1 2024. In the quarter ended July 31, it fell.",
		"Sales rose in Q1 2024. In the 1988 quarter, it fell.",
		"For the nine months, net rose. In the 1988 period, it fell.",
	} {
		var ctx Context
		for _, b := range SentenceBounds(text) {
			for _, e := range FindIn(text[b[0]:b[1]], Anchor{}, &ctx) {
				if e.Resolved != (e.Date != "") || e.Relative && e.Resolved {
					t.Errorf("%q: %+v", text, e)
				}
			}
		}
	}
}

// TestFormatYears: Format writes years and months as %04d and %02d would
// (it builds them without fmt, which costs the wasm code).
func TestFormatYears(t *testing.T) {
	for _, y := range []int{1, 9, 10, 99, 800, 999, 1000, 1989, 2024, 9999, 12345} {
		for m := time.January; m <= time.December; m++ {
			d := date(y, m, 15)
			season := y
			if m <= time.February {
				season--
			}
			for p, want := range map[Precision]string{
				PrecisionMonth:   fmt.Sprintf("%04d-%02d", y, int(m)),
				PrecisionQuarter: fmt.Sprintf("%04d-Q%d", y, (int(m)-1)/3+1),
				PrecisionHalf:    fmt.Sprintf("%04d-H%d", y, (int(m)-1)/6+1),
				PrecisionSeason:  fmt.Sprintf("%04d-%s", season, [...]string{"WI", "SP", "SU", "FA", "WI"}[int(m)/3]),
				PrecisionYear:    fmt.Sprintf("%04d", y),
				PrecisionDecade:  fmt.Sprintf("%04d", y/10*10),
				PrecisionCentury: fmt.Sprintf("%04d", y/100*100),
			} {
				if got := Format(d, p); got != want {
					t.Errorf("Format(%v, %s) = %q, want %q", d, p, got, want)
				}
			}
		}
	}
}
