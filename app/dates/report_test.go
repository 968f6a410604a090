package dates

import "testing"

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
