package dates

import "testing"

// TestAnaphors: "that year", "the following month", "the next morning" and
// "later that day" count from the last date of the text, and are not dates
// when the text gave none.
func TestAnaphors(t *testing.T) {
	a := AnchorOn(2000, 2, 24)
	text := func(sentences ...string) [][]Expr {
		var ctx Context
		var out [][]Expr
		for _, s := range sentences {
			out = append(out, FindIn(s, a, &ctx))
		}
		return out
	}
	got := text("Munero fled to Florida in June 1998.", "He returned to Cuba later that year.",
		"On May 22, 1995, he was made a general.", "The following year he was appointed attache.",
		"He was released on Feb. 22.", "He appeared in court the next morning.", "Earlier that day, the family sent a fax.",
		"Imports rose in 1988.", "The following month, the company was sold.")
	want := []struct {
		sentence int
		text     string
		date     string
	}{
		{1, "later that year", "1998"},
		{3, "The following year", "1996"},
		{5, "the next morning", "2000-02-23"},
		{6, "Earlier that day", "2000-02-23"},
	}
	for _, w := range want {
		es := got[w.sentence]
		if len(es) != 1 || es[0].Text != w.text || es[0].Date != w.date {
			t.Errorf("sentence %d: got %+v, want %q %s", w.sentence, es, w.text, w.date)
		}
	}
	if es := got[8]; len(es) != 0 {
		t.Errorf("'the following month' after a year: got %+v, want nothing", es)
	}
	// without an earlier date there is nothing to count from
	check(t, "The following year he was appointed attache.", a, nil)
	check(t, "He was tired that day.", a, nil)
	check(t, "That year, imports rose.", a, nil)
}

// TestBareTimes: a time of day with no day belongs to the last day of the
// text, or to the anchor day unless its clause is past.
func TestBareTimes(t *testing.T) {
	a := AnchorOn(1998, 2, 12)
	var ctx Context
	FindIn("Slepian was killed on Oct. 23.", a, &ctx)
	if es := FindIn("He was shot at 10 p.m. in his kitchen.", a, &ctx); len(es) != 1 || es[0].Text != "10 p.m." || es[0].Date != "1997-10-23" {
		t.Errorf("after a day: got %+v, want 10 p.m. on 1997-10-23", es)
	}
	check(t, "The judge will see him at midday.", a, []want{{"midday", "1998-02-12", PrecisionDay}})
	check(t, "The men appear in the store around 7:15 p.m., police say.", a, []want{{"7:15 p.m.", "1998-02-12", PrecisionDay}})
	check(t, "The men appeared in the store around 7:15 p.m.", a, nil)
	check(t, "For the people of Poland, high noon comes today.", a, []want{{"today", "1998-02-12", PrecisionDay}})
}
