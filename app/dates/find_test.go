package dates

import (
	"testing"
	"time"
)

// want is one expected expression: its text, date and precision.
type want struct {
	text, date string
	prec       Precision
}

func check(t *testing.T, sentence string, a Anchor, wants []want) {
	t.Helper()
	got := Find(sentence, a)
	if len(got) != len(wants) {
		t.Errorf("Find(%q, %v):\n got %d: %+v\nwant %d: %+v", sentence, a.Date.Format("2006-01-02"), len(got), got, len(wants), wants)
		return
	}
	for i, w := range wants {
		g := got[i]
		if g.Text != w.text || g.Date != w.date || g.Precision != w.prec {
			t.Errorf("Find(%q, %s)[%d] = %q %q %s, want %q %q %s", sentence, a.Date.Format("2006-01-02 Mon"), i, g.Text, g.Date, g.Precision, w.text, w.date, w.prec)
		}
		if sentence[g.Start:g.End] != g.Text {
			t.Errorf("offsets %d:%d do not give %q", g.Start, g.End, g.Text)
		}
		if g.Resolved != (g.Date != "") {
			t.Errorf("%q: Resolved=%v with Date %q", g.Text, g.Resolved, g.Date)
		}
	}
}

func TestAbsolute(t *testing.T) {
	a := AnchorOn(2024, 3, 25)
	cases := []struct {
		s string
		w []want
	}{
		{"The armistice was signed on July 27, 1953.", []want{{"July 27, 1953", "1953-07-27", PrecisionDay}}},
		{"The armistice was signed on 27 July 1953.", []want{{"27 July 1953", "1953-07-27", PrecisionDay}}},
		{"It opened on Sept. 5, 2023, in Seoul.", []want{{"Sept. 5, 2023", "2023-09-05", PrecisionDay}}},
		{"It opened on Sept 5 2023 in Seoul.", []want{{"Sept 5 2023", "2023-09-05", PrecisionDay}}},
		{"It opened on Jan. 12, 2020.", []want{{"Jan. 12, 2020", "2020-01-12", PrecisionDay}}},
		{"It opened on the 25th of March 2024.", []want{{"25th of March 2024", "2024-03-25", PrecisionDay}}},
		{"It opened on March 25th, 2024.", []want{{"March 25th, 2024", "2024-03-25", PrecisionDay}}},
		{"Published Monday, March 25, 2024 at 10:00", []want{{"Monday, March 25, 2024", "2024-03-25", PrecisionDay}}},
		{"Published Sun, 24 Mar 2024 08:00:00 GMT", []want{{"Sun, 24 Mar 2024", "2024-03-24", PrecisionDay}}},
		{"The summit took place in September 2018.", []want{{"September 2018", "2018-09", PrecisionMonth}}},
		{"The summit took place in September of 2018.", []want{{"September of 2018", "2018-09", PrecisionMonth}}},
		{"Talks began in 2010.", []want{{"2010", "2010", PrecisionYear}}},
		{"Talks had been under way since 2018.", []want{{"2018", "2018", PrecisionYear}}},
		{"since the end of the Korean War in 1953", []want{{"1953", "1953", PrecisionYear}}},
		{"Russia launched its 2022 invasion of Ukraine.", []want{{"2022", "2022", PrecisionYear}}},
		{"From 2018 to 2020 nothing happened.", []want{{"2018", "2018", PrecisionYear}, {"2020", "2020", PrecisionYear}}},
		{"The 2018-2020 talks failed.", []want{{"2018", "2018", PrecisionYear}, {"2020", "2020", PrecisionYear}}},
		{"Dated 2024-03-25.", []want{{"2024-03-25", "2024-03-25", PrecisionDay}}},
		{"Dated 2024/03/25.", []want{{"2024/03/25", "2024-03-25", PrecisionDay}}},
		{"Dated 25/03/2024.", []want{{"25/03/2024", "2024-03-25", PrecisionDay}}},
		{"Dated 03/25/2024.", []want{{"03/25/2024", "2024-03-25", PrecisionDay}}},
		{"Dated 25.03.2024.", []want{{"25.03.2024", "2024-03-25", PrecisionDay}}},
		{"Dated 03/04/2024 (ambiguous).", []want{{"03/04/2024", "2024", PrecisionYear}}},
		{"Dated 2024-02-30 is not a day.", nil},
		{"In the 1990s famine struck.", []want{{"the 1990s", "1990", PrecisionDecade}}},
		{"In the early 1990s famine struck.", []want{{"the early 1990s", "1990", PrecisionDecade}}},
		{"Growth slowed in mid-2023.", []want{{"mid-2023", "2023", PrecisionYear}}},
		{"Growth slowed in early 2023.", []want{{"early 2023", "2023", PrecisionYear}}},
		{"It was founded in 1592.", []want{{"1592", "1592", PrecisionYear}}},
		{"In 2024, Putin visited Pyongyang.", []want{{"2024", "2024", PrecisionYear}}},
		{"Leap day: February 29, 2024.", []want{{"February 29, 2024", "2024-02-29", PrecisionDay}}},
		// an impossible day keeps only what is sure: the year
		{"Not a day: February 29, 2023.", []want{{"2023", "2023", PrecisionYear}}},
	}
	for _, c := range cases {
		check(t, c.s, a, c.w)
		// absolute expressions do not need an anchor
		for _, e := range Find(c.s, Anchor{}) {
			if e.Relative || !e.Resolved {
				t.Errorf("%q without anchor: %+v", c.s, e)
			}
		}
	}
}

func TestFalsePositives(t *testing.T) {
	a := AnchorOn(2024, 3, 25)
	for _, s := range []string{
		"Analysts say Pyongyang may be seeking to manufacture a crisis.",
		"May I ask a question?",
		"Thousands March on Washington.",
		"Protesters march through the city.",
		"The Sun reported the story.",
		"The Sun, a tabloid, and Wed, a magazine.",
		"The attack left at least 139 fatalities.",
		"please support us monthly starting from just $2.",
		"10,000 North Korean soldiers were training in Russia.",
		"confirmed the destruction at 2:50 PM local time.",
		"An uneasy peace has remained in the region for the intervening 70 years.",
		"The incident left a tragic toll of 133 dead.",
		"About 2000 people fled; 1500 villagers stayed.",
		"Prices rose 2023% and cost $2024.",
		"You will receive it in your mailbox every Friday.",
		"Good Friday is a holiday.",
		"He read USA Today on the plane.",
		"The model number was F-1953.",
		"Jan Smith and Mar Garcia met.",
		"The score was 3.5 out of 10.",
		"COVID-19 spread.",
	} {
		if got := Find(s, a); len(got) != 0 {
			t.Errorf("Find(%q) = %+v, want nothing", s, got)
		}
	}
}

// TestModelYear checks that a car's model year is no date, while a year
// before a make that is the company's report, or after "in", still is.
func TestModelYear(t *testing.T) {
	a := AnchorOn(1999, 1, 22)
	for _, s := range []string{
		"Kopp's 1987 Chevrolet Cavalier was discovered at the airport.",
		"Police found a 1994 Ford pickup near the house.",
		"He drove a 1996 Toyota.",
	} {
		if got := Find(s, a); len(got) != 0 {
			t.Errorf("Find(%q) = %+v, want nothing", s, got)
		}
	}
	check(t, "Analysts cut their 1990 Toyota earnings estimates.", a, []want{{"1990", "1990", PrecisionYear}})
	check(t, "The 1991 Ford Motor Co. results were weak.", a, []want{{"1991", "1991", PrecisionYear}})
	check(t, "In 1987 Chevrolet Cavalier sales fell.", a, []want{{"1987", "1987", PrecisionYear}})
}

func TestWeekday(t *testing.T) {
	mon := AnchorOn(2024, 3, 25) // a Monday
	wed := AnchorOn(2024, 3, 27) // a Wednesday
	cases := []struct {
		a Anchor
		s string
		w []want
	}{
		// past → previous occurrence
		{mon, "This visit, occurring early Tuesday, was to offer condolences.", []want{{"early Tuesday", "2024-03-19", PrecisionDay}}},
		{mon, "The Kremlin on Tuesday called for restraint.", []want{{"Tuesday", "2024-03-19", PrecisionDay}}},
		{wed, "The Kremlin on Tuesday called for restraint.", []want{{"Tuesday", "2024-03-26", PrecisionDay}}},
		{wed, "North Korea blew up the office on Sunday.", []want{{"Sunday", "2024-03-24", PrecisionDay}}},
		// the anchor's weekday in past tense is the anchor day
		{mon, "The United States said Monday that troops were training.", []want{{"Monday", "2024-03-25", PrecisionDay}}},
		{wed, "Officials met Wednesday morning.", []want{{"Wednesday morning", "2024-03-27", PrecisionDay}}},
		// future → next occurrence
		{mon, "Talks will be held on Friday.", []want{{"Friday", "2024-03-29", PrecisionDay}}},
		{wed, "The minister is set to arrive on Monday.", []want{{"Monday", "2024-04-01", PrecisionDay}}},
		{wed, "The minister plans to visit Tuesday.", []want{{"Tuesday", "2024-04-02", PrecisionDay}}},
		{wed, "He said on Tuesday that talks will be held on Friday.", []want{{"Tuesday", "2024-03-26", PrecisionDay}, {"Friday", "2024-03-29", PrecisionDay}}},
		// present or unknown → previous (news)
		{wed, "Friday's attack is a concern.", []want{{"Friday", "2024-03-22", PrecisionDay}}},
		// explicit modifiers
		{mon, "They met last Monday.", []want{{"last Monday", "2024-03-18", PrecisionDay}}},
		{mon, "They meet next Monday.", []want{{"next Monday", "2024-04-01", PrecisionDay}}},
		{mon, "They will meet this Sunday.", []want{{"this Sunday", "2024-03-31", PrecisionDay}}},
		{wed, "They met this Monday.", []want{{"this Monday", "2024-03-25", PrecisionDay}}},
		// year boundary
		{AnchorOn(2024, 1, 2), "Officials said on Friday.", []want{{"Friday", "2023-12-29", PrecisionDay}}},
		{AnchorOn(2023, 12, 29), "The vote will take place on Tuesday.", []want{{"Tuesday", "2024-01-02", PrecisionDay}}},
	}
	for _, c := range cases {
		check(t, c.s, c.a, c.w)
	}
}

func TestRelative(t *testing.T) {
	mon := AnchorOn(2024, 3, 25)
	jan2 := AnchorOn(2024, 1, 2)
	cases := []struct {
		a Anchor
		s string
		w []want
	}{
		{mon, "It happened yesterday.", []want{{"yesterday", "2024-03-24", PrecisionDay}}},
		{mon, "It happens today.", []want{{"today", "2024-03-25", PrecisionDay}}},
		{mon, "It happens tomorrow morning.", []want{{"tomorrow morning", "2024-03-26", PrecisionDay}}},
		{mon, "It happened last night.", []want{{"last night", "2024-03-24", PrecisionDay}}},
		{mon, "It happened two days ago.", []want{{"two days ago", "2024-03-23", PrecisionDay}}},
		{mon, "It happened 10 days ago.", []want{{"10 days ago", "2024-03-15", PrecisionDay}}},
		{mon, "It happened three weeks ago.", []want{{"three weeks ago", "2024-03-04", PrecisionWeek}}},
		{mon, "It happened a month ago.", []want{{"a month ago", "2024-02", PrecisionMonth}}},
		{mon, "It happened two years ago.", []want{{"two years ago", "2022", PrecisionYear}}},
		{mon, "They will meet in two weeks.", []want{{"two weeks", "2024-04-08", PrecisionWeek}}},
		{mon, "Lawmakers voted last week.", []want{{"last week", "2024-03-18", PrecisionWeek}}},
		{AnchorOn(2024, 3, 24), "Lawmakers voted last week.", []want{{"last week", "2024-03-11", PrecisionWeek}}},
		{mon, "Lawmakers vote this week.", []want{{"this week", "2024-03-25", PrecisionWeek}}},
		{mon, "Lawmakers vote next week.", []want{{"next week", "2024-04-01", PrecisionWeek}}},
		{mon, "Lawmakers voted unanimously past week.", []want{{"past week", "2024-03-18", PrecisionWeek}}},
		{mon, "Over the past week, prices rose.", nil},
		{mon, "Prices rose last month.", []want{{"last month", "2024-02", PrecisionMonth}}},
		{jan2, "Prices rose last month.", []want{{"last month", "2023-12", PrecisionMonth}}},
		{mon, "Prices will rise next month.", []want{{"next month", "2024-04", PrecisionMonth}}},
		{AnchorOn(2024, 12, 30), "Prices will rise next month.", []want{{"next month", "2025-01", PrecisionMonth}}},
		{mon, "Prices rose earlier this month.", []want{{"earlier this month", "2024-03", PrecisionMonth}}},
		{mon, "Kim visited Russia last year.", []want{{"last year", "2023", PrecisionYear}}},
		{mon, "Kim will visit next year.", []want{{"next year", "2025", PrecisionYear}}},
		{mon, "Kim visited late last year.", []want{{"late last year", "2023", PrecisionYear}}},
		{mon, "the summit in September last year", []want{{"September last year", "2023-09", PrecisionMonth}}},
		{mon, "the summit in September of last year", []want{{"September of last year", "2023-09", PrecisionMonth}}},
		{mon, "the summit last September", []want{{"last September", "2023-09", PrecisionMonth}}},
		{AnchorOn(2024, 10, 5), "the summit last September", []want{{"last September", "2024-09", PrecisionMonth}}},
		{mon, "the summit next September", []want{{"next September", "2024-09", PrecisionMonth}}},
		{mon, "It rained over the weekend.", []want{{"over the weekend", "2024-03-18", PrecisionWeek}}},
		{AnchorOn(2024, 3, 24), "It rained over the weekend.", []want{{"over the weekend", "2024-03-18", PrecisionWeek}}},
		{mon, "The day before yesterday it rained.", []want{{"The day before yesterday", "2024-03-23", PrecisionDay}}},
		{AnchorOn(2024, 3, 1), "It happened two days ago.", []want{{"two days ago", "2024-02-28", PrecisionDay}}},
		{AnchorOn(2023, 3, 1), "It happened two days ago.", []want{{"two days ago", "2023-02-27", PrecisionDay}}},
		{AnchorOn(2024, 3, 1), "It happened yesterday.", []want{{"yesterday", "2024-02-29", PrecisionDay}}},
	}
	for _, c := range cases {
		check(t, c.s, c.a, c.w)
	}
}

func TestLastWeekOnMonday(t *testing.T) {
	// For every weekday of an anchor week, "last week" is the previous week's Monday.
	for d := 25; d <= 31; d++ {
		check(t, "They voted last week.", AnchorOn(2024, 3, d), []want{{"last week", "2024-03-18", PrecisionWeek}})
		check(t, "They vote this week.", AnchorOn(2024, 3, d), []want{{"this week", "2024-03-25", PrecisionWeek}})
	}
	// across a year boundary: 2024-01-01 is a Monday
	check(t, "They voted last week.", AnchorOn(2024, 1, 1), []want{{"last week", "2023-12-25", PrecisionWeek}})
}

func TestMonthWithoutYear(t *testing.T) {
	mar := AnchorOn(2024, 3, 25)
	jan2 := AnchorOn(2024, 1, 2)
	cases := []struct {
		a Anchor
		s string
		w []want
	}{
		{mar, "The attack happened on March 22.", []want{{"March 22", "2024-03-22", PrecisionDay}}},
		{mar, "The attack happened on 22 March.", []want{{"22 March", "2024-03-22", PrecisionDay}}},
		// past tense, a date after the anchor → previous year
		{mar, "The summit was held on April 10.", []want{{"April 10", "2023-04-10", PrecisionDay}}},
		{jan2, "Prices rose in December.", []want{{"December", "2023-12", PrecisionMonth}}},
		{jan2, "Prices rose on December 15.", []want{{"December 15", "2023-12-15", PrecisionDay}}},
		// future tense, a date before the anchor → next year
		{AnchorOn(2023, 12, 20), "The vote will be held on January 5.", []want{{"January 5", "2024-01-05", PrecisionDay}}},
		{AnchorOn(2023, 12, 20), "Elections will take place in March.", []want{{"March", "2024-03", PrecisionMonth}}},
		{mar, "Elections will take place in May.", []want{{"May", "2024-05", PrecisionMonth}}},
		// a modal in the expression's clause outweighs a past verb before it
		{mar, "A spokesman said on Wednesday that it could slip to early April.", []want{{"Wednesday", "2024-03-20", PrecisionDay}, {"early April", "2024-04", PrecisionMonth}}},
		{mar, "Officials said the vote may be delayed until June.", []want{{"June", "2024-06", PrecisionMonth}}},
		// unknown tense → nearest
		{jan2, "The December 28 deadline.", []want{{"December 28", "2023-12-28", PrecisionDay}}},
		{mar, "Since early March, prices climb.", []want{{"early March", "2024-03", PrecisionMonth}}},
		{mar, "Growth in mid-March is strong.", []want{{"mid-March", "2024-03", PrecisionMonth}}},
		// past tense and "September" → never the future
		{mar, "They met in September.", []want{{"September", "2023-09", PrecisionMonth}}},
		{mar, "They met in March and April.", []want{{"March", "2024-03", PrecisionMonth}, {"April", "2023-04", PrecisionMonth}}},
		// a past verb in another clause: a date in the coming weeks is the
		// coming one, across the new year too
		{AnchorOn(2026, 11, 28), "The board voted on Thursday to double the fees, starting January 1, in a move firms opposed.",
			[]want{{"Thursday", "2026-11-26", PrecisionDay}, {"January 1", "2027-01-01", PrecisionDay}}},
		// what "since" reaches back to is past, whatever the clause's verb;
		// "since" as a reason with a verb of its own is not
		{AnchorOn(2026, 11, 30), "The two sides are expected to review progress since their last meeting in June.", []want{{"June", "2026-06", PrecisionMonth}}},
		{AnchorOn(2026, 11, 30), "Talks are expected to slow, since it will take effect in June.", []want{{"June", "2027-06", PrecisionMonth}}},
		// leap years
		{AnchorOn(2024, 3, 10), "It was signed on February 29.", []want{{"February 29", "2024-02-29", PrecisionDay}}},
		{AnchorOn(2023, 3, 10), "It was signed on February 29.", []want{{"February 29", "2020-02-29", PrecisionDay}}},
		{AnchorOn(2023, 3, 10), "It will be signed on February 29.", []want{{"February 29", "2024-02-29", PrecisionDay}}},
	}
	for _, c := range cases {
		check(t, c.s, c.a, c.w)
	}
}

func TestUnanchored(t *testing.T) {
	s := "On Tuesday, two days ago, last week and in September last year, and in 1953, and on March 22."
	got := Find(s, Anchor{})
	var rel, abs int
	for _, e := range got {
		if e.Relative {
			rel++
			if e.Resolved || e.Date != "" {
				t.Errorf("%q resolved without anchor: %+v", e.Text, e)
			}
		} else {
			abs++
			if !e.Resolved {
				t.Errorf("%q absolute but unresolved", e.Text)
			}
		}
	}
	if rel != 5 || abs != 1 {
		t.Errorf("got %d relative, %d absolute: %+v", rel, abs, got)
	}
}

func TestTense(t *testing.T) {
	loadTables() // tenseAt is called directly, without Find
	cases := []struct {
		s    string
		expr string
		want tense
	}{
		{"The Kremlin on Tuesday called for restraint.", "Tuesday", tensePast},
		{"Talks will be held on Friday.", "Friday", tenseFuture},
		{"The minister is set to arrive on Monday.", "Monday", tenseFuture},
		{"The meeting is on Monday.", "Monday", tenseUnknown},
		{"He said on Tuesday that talks will be held on Friday.", "Tuesday", tensePast},
		{"He said on Tuesday that talks will be held on Friday.", "Friday", tenseFuture},
		{"He said on Tuesday that talks could resume in April.", "April", tenseFuture},
		{"Talks resumed in May after a pause.", "May", tensePast},
		{"This visit, occurring early Tuesday, was to offer condolences.", "Tuesday", tensePastFar},
	}
	for _, c := range cases {
		toks := tokenize(c.s)
		for i, tk := range toks {
			if tk.text == c.expr {
				if got := tenseAt(toks, cuesOf(toks), i, i+1); got != c.want {
					t.Errorf("tense of %q in %q = %v, want %v", c.expr, c.s, got, c.want)
				}
			}
		}
	}
}

func TestFormat(t *testing.T) {
	d := time.Date(2024, 3, 27, 15, 0, 0, 0, time.UTC)
	for p, w := range map[Precision]string{PrecisionDay: "2024-03-27", PrecisionWeek: "2024-03-25", PrecisionMonth: "2024-03", PrecisionYear: "2024", PrecisionDecade: "2020"} {
		if g := Format(d, p); g != w {
			t.Errorf("Format(%s) = %q, want %q", p, g, w)
		}
	}
	if a := ParseAnchor("2024-03-25"); !a.Known || a.Date.Day() != 25 {
		t.Errorf("ParseAnchor: %+v", a)
	}
	if a := ParseAnchor(""); a.Known {
		t.Errorf("ParseAnchor(\"\") known")
	}
}

// TestModifierAtSentenceEnd: a period modifier that ends the sentence
// ("from the beginning of", as newswire text cut at a line break has it)
// finds nothing and does not panic.
func TestModifierAtSentenceEnd(t *testing.T) {
	for _, s := range []string{"The backlog at Harris is up 30 pct from the beginning of", "at the end of", "the start of", "by the middle of"} {
		if got := Find(s, Anchor{}); len(got) != 0 {
			t.Errorf("%q: %v", s, got)
		}
	}
}
