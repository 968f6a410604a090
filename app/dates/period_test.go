package dates

import "testing"

func TestPeriods(t *testing.T) {
	oct := AnchorOn(1989, 10, 26) // a Thursday in the fourth quarter
	jan := AnchorOn(1990, 1, 15)
	apr := AnchorOn(1999, 4, 10)
	cases := []struct {
		a Anchor
		s string
		w []want
	}{
		// quarters
		{oct, "Net income rose 5% in the third quarter.", []want{{"the third quarter", "1989-Q3", PrecisionQuarter}}},
		{oct, "Third-quarter profit fell.", []want{{"Third-quarter", "1989-Q3", PrecisionQuarter}}},
		{jan, "Fourth-quarter profit fell.", []want{{"Fourth-quarter", "1989-Q4", PrecisionQuarter}}},
		{oct, "Profit fell in the third quarter of 1984.", []want{{"the third quarter of 1984", "1984-Q3", PrecisionQuarter}}},
		{oct, "Profit fell in the 1988 second quarter.", []want{{"the 1988 second quarter", "1988-Q2", PrecisionQuarter}}},
		{oct, "Profit fell in this year's third quarter.", []want{{"this year's third quarter", "1989-Q3", PrecisionQuarter}}},
		{oct, "It expects a loss in next year's first quarter.", []want{{"next year's first quarter", "1990-Q1", PrecisionQuarter}}},
		{oct, "It earned $5 million in the fiscal first quarter.", []want{{"the fiscal first quarter", "1989-Q1", PrecisionQuarter}}},
		{oct, "Sales rose in Q2 2024.", []want{{"Q2 2024", "2024-Q2", PrecisionQuarter}}},
		{oct, "In the quarter, sales rose.", []want{{"the quarter", "1989-Q3", PrecisionQuarter}}},
		{oct, "Sales rose in the latest quarter.", []want{{"the latest quarter", "1989-Q3", PrecisionQuarter}}},
		{oct, "Sales will rise in the current quarter.", []want{{"the current quarter", "1989-Q4", PrecisionQuarter}}},
		{oct, "Sales fell from the year-ago quarter.", []want{{"the year-ago quarter", "1988-Q3", PrecisionQuarter}}},
		{oct, "Sales fell from the year-earlier period.", []want{{"the year-earlier period", "1988-Q3", PrecisionQuarter}}},
		{oct, "Sales rose last quarter.", []want{{"last quarter", "1989-Q3", PrecisionQuarter}}},
		{oct, "Sales will rise next quarter.", []want{{"next quarter", "1990-Q1", PrecisionQuarter}}},
		{oct, "Sales for last year's quarter were lower.", []want{{"last year's quarter", "1988-Q3", PrecisionQuarter}}},
		{oct, "Sales rose from the same period last year.", []want{{"the same period last year", "1988-Q3", PrecisionQuarter}}},
		// a quarter by its last day: mostly the calendar quarter of its middle month
		{oct, "In the quarter ended July 31, sales rose.", []want{{"the quarter", "1989-Q2", PrecisionQuarter}, {"July 31", "1989-07-31", PrecisionDay}}},
		{oct, "In the quarter ended Sept. 30, sales rose.", []want{{"the quarter", "1989-Q3", PrecisionQuarter}, {"Sept. 30", "1989-09-30", PrecisionDay}}},
		{oct, "In the quarter ended Oct. 1, sales rose.", []want{{"the quarter", "1989-Q3", PrecisionQuarter}, {"Oct. 1", "1989-10-01", PrecisionDay}}},
		{oct, "In the latest period ended Aug. 31, 1988, sales rose.", []want{{"the latest period", "1988-Q3", PrecisionQuarter}, {"Aug. 31, 1988", "1988-08-31", PrecisionDay}}},
		{oct, "Sales will rise in the quarter ending Dec. 31.", []want{{"the quarter", "1989-Q4", PrecisionQuarter}, {"Dec. 31", "1989-12-31", PrecisionDay}}},
		// halves
		{oct, "Sales rose in the first half of this year.", []want{{"the first half of this year", "1989-H1", PrecisionHalf}}},
		{oct, "Sales rose in the second half of 1988.", []want{{"the second half of 1988", "1988-H2", PrecisionHalf}}},
		{oct, "Sales rose in the last half of 1989.", []want{{"the last half of 1989", "1989-H2", PrecisionHalf}}},
		{oct, "First-half sales rose.", []want{{"First-half", "1989-H1", PrecisionHalf}}},
		// seasons (northern hemisphere; winter starts in December)
		{apr, "He was killed last fall.", []want{{"last fall", "1998-FA", PrecisionSeason}}},
		{apr, "He was killed last winter.", []want{{"last winter", "1998-WI", PrecisionSeason}}},
		{apr, "They will meet this summer.", []want{{"this summer", "1999-SU", PrecisionSeason}}},
		{apr, "They met this past spring.", []want{{"this past spring", "1998-SP", PrecisionSeason}}},
		{apr, "They will meet next winter.", []want{{"next winter", "1999-WI", PrecisionSeason}}},
		{apr, "They met in the summer of 1994.", []want{{"the summer of 1994", "1994-SU", PrecisionSeason}}},
		{apr, "They met in winter 2019.", []want{{"winter 2019", "2019-WI", PrecisionSeason}}},
		{apr, "They met in the early summer.", []want{{"the early summer", "1998-SU", PrecisionSeason}}},
		{apr, "They will meet in the summer.", []want{{"the summer", "1999-SU", PrecisionSeason}}},
		{AnchorOn(1999, 1, 20), "It is cold this winter.", []want{{"this winter", "1998-WI", PrecisionSeason}}},
		// fiscal years are calendar years unless the text says otherwise
		{oct, "Profit in fiscal 1989 rose.", []want{{"fiscal 1989", "1989", PrecisionYear}}},
		{oct, "Profit in the current fiscal year will rise.", []want{{"the current fiscal year", "1989", PrecisionYear}}},
		{oct, "Profit next fiscal year will rise.", []want{{"next fiscal year", "1990", PrecisionYear}}},
		// centuries and decades
		{oct, "It was the worst war of the 20th century.", []want{{"the 20th century", "1900", PrecisionCentury}}},
		{oct, "It began in the eleventh century.", []want{{"the eleventh century", "1000", PrecisionCentury}}},
		{oct, "Music of the nineties.", []want{{"the nineties", "1990", PrecisionDecade}}},
		{oct, "Prices fell in the mid-1990s.", []want{{"the mid-1990s", "1990", PrecisionDecade}}},
		// the end, beginning or middle of a period is that period
		{oct, "It closes at the end of the year.", []want{{"the end of the year", "1989", PrecisionYear}}},
		{oct, "It closes by the end of March.", []want{{"the end of March", "1990-03", PrecisionMonth}}},
		{oct, "It opened at the beginning of 1985.", []want{{"the beginning of 1985", "1985", PrecisionYear}}},
		{oct, "Prices peaked in the middle of the 1980s.", []want{{"the middle of the 1980s", "1980", PrecisionDecade}}},
		{oct, "Debt rose at year-end.", []want{{"year-end", "1989", PrecisionYear}}},
		// a year used as a modifier
		{oct, "A 2009 analysis found nothing.", []want{{"2009", "2009", PrecisionYear}}},
		{oct, "The 1953 team won.", []want{{"1953", "1953", PrecisionYear}}},
	}
	for _, c := range cases {
		check(t, c.s, c.a, c.w)
	}
}

func TestSpelledYears(t *testing.T) {
	a := AnchorOn(1998, 2, 27)
	cases := []struct {
		s string
		w []want
	}{
		{"Atlanta nineteen ninety-six. A bomb blast.", []want{{"nineteen ninety-six", "1996", PrecisionYear}}},
		{"In nineteen seventy-nine the Soviet Union invaded.", []want{{"nineteen seventy-nine", "1979", PrecisionYear}}},
		{"January nineteen ninety-seven. Atlanta again.", []want{{"January nineteen ninety-seven", "1997-01", PrecisionMonth}}},
		{"The level we saw in the winter of nineteen ninety-four.", []want{{"the winter of nineteen ninety-four", "1994-WI", PrecisionSeason}}},
		{"His promise to halve it by the year two thousand failed.", []want{{"the year two thousand", "2000", PrecisionYear}}},
		{"Two thousand people marched.", nil},
		{"Nineteen fifty people marched.", nil},
	}
	for _, c := range cases {
		check(t, c.s, a, c.w)
	}
}

func TestPeriodFalsePositives(t *testing.T) {
	a := AnchorOn(1999, 4, 10)
	for _, s := range []string{
		"Prices may fall further.",
		"The idea will fall to dust.",
		"It was the fall of Saigon.",
		"He scored in the second half, and a quarter of the fans left.",
		"It is at a quarter-century low.",
		"The quarter-to-quarter comparison improved.",
		"His half-brother stayed.",
		"They spent the fiscal year preparing.",
		"The hot spring was closed.",
	} {
		if got := Find(s, a); len(got) != 0 {
			t.Errorf("Find(%q) = %+v, want nothing", s, got)
		}
	}
}

// TestDurationsAndSets: durations and sets are not dates.
func TestDurationsAndSets(t *testing.T) {
	a := AnchorOn(1998, 8, 18)
	for _, s := range []string{
		"The program lasted for three years.",
		"The government acted in 100 days.",
		"They finished the work in three weeks.",
		"Meetings are held every Monday.",
		"The store is open each Friday.",
		"A day earlier, trucks streamed in.",
		"Net for the year-earlier nine months rose.",
		"Over the past two months, prices rose.",
	} {
		if got := Find(s, a); len(got) != 0 {
			t.Errorf("Find(%q) = %+v, want nothing", s, got)
		}
	}
	check(t, "They will meet in two weeks.", a, []want{{"two weeks", "1998-08-31", PrecisionWeek}})
}

func TestRefs(t *testing.T) {
	a := AnchorOn(1998, 8, 18)
	cases := []struct {
		s string
		w []want
	}{
		{"Right now my evidence is scant.", []want{{"Right now", PresentRef, PrecisionRef}}},
		{"Iraq now controls 20 percent of the oil.", []want{{"now", PresentRef, PrecisionRef}}},
		{"Transplant organs are currently rationed.", []want{{"currently", PresentRef, PrecisionRef}}},
		{"Now the alliance is larger.", []want{{"Now", PresentRef, PrecisionRef}}},
		{"Now, he says, it looks different.", nil},
		{"Joblessness is high these days.", []want{{"these days", PresentRef, PrecisionRef}}},
		{"He recently moved.", []want{{"recently", PastRef, PrecisionRef}}},
		{"In the past, they refused.", []want{{"the past", PastRef, PrecisionRef}}},
		{"At the time, nobody knew.", []want{{"At the time", PastRef, PrecisionRef}}},
		{"Prices rose in recent years.", []want{{"recent years", PastRef, PrecisionRef}}},
		{"We will face it in the future.", []want{{"the future", FutureRef, PrecisionRef}}},
		{"They will strike again soon.", nil}, // "soon" is too often a narrative "soon after"
		// not references
		{"Return him as soon as possible.", nil},
		{"The now-unused office was destroyed.", nil},
		{"Prices rose over the past two months.", nil},
		{"Prices rose in the past decade.", nil},
		{"It will open two weeks from now.", nil},
		{"At the time of its founding, NATO had 12 members.", nil},
		// "at the time" as a conjunction; "the future" as the prospects
		{"At the time Howes was captured, the group was united.", nil},
		{"He said at the time he was willing to leave.", []want{{"at the time", PastRef, PrecisionRef}}},
		{"Sales were bad, and the future looks anything but good.", nil},
		{"They had no rational approach to the future.", []want{{"the future", FutureRef, PrecisionRef}}},
		{"What happens in the future is up to him.", []want{{"the future", FutureRef, PrecisionRef}}},
		// a reference needs no anchor
	}
	for _, c := range cases {
		check(t, c.s, a, c.w)
		for _, e := range Find(c.s, Anchor{}) {
			if e.Precision == PrecisionRef && (!e.Resolved || e.Relative) {
				t.Errorf("%q without anchor: %+v", c.s, e)
			}
		}
	}
}

// TestDirection checks both directions for every kind of expression
// without a year: the clause's tense, modals, "plans to", "is due to",
// "until" and "postponed until" choose the next occurrence; past tense and
// no cue the previous one (or, for dates, the nearest).
func TestDirection(t *testing.T) {
	wed := AnchorOn(1999, 2, 17) // a Wednesday
	cases := []struct {
		s string
		w []want
	}{
		// weekdays
		{"The team planned to leave on Thursday.", []want{{"Thursday", "1999-02-18", PrecisionDay}}},
		{"The team left on Thursday.", []want{{"Thursday", "1999-02-11", PrecisionDay}}},
		{"The vote was postponed until Saturday.", []want{{"Saturday", "1999-02-20", PrecisionDay}}},
		{"Until Saturday, they had not called him a suspect.", []want{{"Saturday", "1999-02-13", PrecisionDay}}},
		{"The report is due to be published on Monday.", []want{{"Monday", "1999-02-22", PrecisionDay}}},
		{"It had been due to expire on Monday.", []want{{"Monday", "1999-02-15", PrecisionDay}}},
		// dates
		{"Ministers will attend a ceremony on March 12.", []want{{"March 12", "1999-03-12", PrecisionDay}}},
		{"Ministers attended a ceremony on March 12.", []want{{"March 12", "1998-03-12", PrecisionDay}}},
		{"He invited them to a ceremony in Independence, Mo., on March 12.", []want{{"March 12", "1999-03-12", PrecisionDay}}},
		{"He must be returned to his father by Jan. 14.", []want{{"Jan. 14", "2000-01-14", PrecisionDay}}},
		{"The dividend is payable Dec. 15 to stock of record Nov. 20.", []want{{"Dec. 15", "1999-12-15", PrecisionDay}, {"Nov. 20", "1999-11-20", PrecisionDay}}},
		{"The offer was extended to March 1.", []want{{"March 1", "1999-03-01", PrecisionDay}}},
		{"The fund has fallen 2% this year through Feb. 10.", []want{{"this year", "1999", PrecisionYear}, {"Feb. 10", "1999-02-10", PrecisionDay}}},
		// months
		{"The paper is due to be published in May.", []want{{"May", "1999-05", PrecisionMonth}}},
		{"The paper was published in May.", []want{{"May", "1998-05", PrecisionMonth}}},
		{"Stay through June.", []want{{"June", "1999-06", PrecisionMonth}}},
		{"Qantas will double its flights by August.", []want{{"August", "1999-08", PrecisionMonth}}},
		// a time of day belongs to its day, and the word before it leads
		{"INS extended its deadline until 9 a.m. EST Tuesday.", []want{{"9 a.m. EST Tuesday", "1999-02-23", PrecisionDay}}},
		{"The offer expired at 5 p.m. Friday.", []want{{"5 p.m. Friday", "1999-02-12", PrecisionDay}}},
		{"Trading is to resume in Paris Tuesday.", []want{{"Tuesday", "1999-02-23", PrecisionDay}}},
		// holidays
		{"He was found on Thanksgiving Day.", []want{{"Thanksgiving Day", "1998-11-26", PrecisionDay}}},
		{"They will meet again on Thanksgiving Day.", []want{{"Thanksgiving Day", "1999-11-25", PrecisionDay}}},
		{"He was found last Thanksgiving.", []want{{"last Thanksgiving", "1998-11-26", PrecisionDay}}},
		{"The vote is on Election Day.", []want{{"Election Day", "1998-11-03", PrecisionDay}}},
		{"They will marry on Christmas Eve.", []want{{"Christmas Eve", "1999-12-24", PrecisionDay}}},
		{"They married on Easter Sunday.", []want{{"Easter Sunday", "1998-04-12", PrecisionDay}}},
		{"Christmas shopping rose.", nil},
		// ordinal days and weeks
		{"The vote will be held on the 20th.", []want{{"the 20th", "1999-02-20", PrecisionDay}}},
		{"The vote was held on the 20th.", []want{{"the 20th", "1999-01-20", PrecisionDay}}},
		{"Talks will resume in the first week of March.", []want{{"the first week of March", "1999-03-01", PrecisionWeek}}},
		{"Talks resumed in the first week of March.", []want{{"the first week of March", "1998-02-23", PrecisionWeek}}},
		{"Talks resumed in the last week of May 2024.", []want{{"the last week of May 2024", "2024-05-20", PrecisionWeek}}},
		{"It is the 20th anniversary.", nil},
		// quarters and seasons
		{"Profit will rise in the fourth quarter.", []want{{"the fourth quarter", "1999-Q4", PrecisionQuarter}}},
		{"Profit rose in the fourth quarter.", []want{{"the fourth quarter", "1998-Q4", PrecisionQuarter}}},
		{"They will meet in the fall.", []want{{"the fall", "1999-FA", PrecisionSeason}}},
		{"They met in the fall.", []want{{"the fall", "1998-FA", PrecisionSeason}}},
	}
	for _, c := range cases {
		check(t, c.s, wed, c.w)
	}
	// "could have" is a past, not a modal future
	check(t, "On August 8, investigators, wondering how he could have escaped, searched.", AnchorOn(1999, 5, 5),
		[]want{{"August 8", "1998-08-08", PrecisionDay}})
}

// TestContext: in a report on a quarter, "a year earlier", "year-earlier"
// and "that quarter" refer to it; without one they are plain years.
func TestContext(t *testing.T) {
	a := AnchorOn(1989, 10, 26)
	var ctx Context
	steps := []struct {
		s string
		w []want
	}{
		{"A year earlier, net was $5 million.", []want{{"A year earlier", "1988", PrecisionYear}}},
		{"Net rose 5% in the third quarter.", []want{{"the third quarter", "1989-Q3", PrecisionQuarter}}},
		{"A year earlier, net was $5 million.", []want{{"A year earlier", "1988-Q3", PrecisionQuarter}}},
		{"Year-earlier results included a gain.", []want{{"Year-earlier", "1988-Q3", PrecisionQuarter}}},
		{"In that quarter, sales fell.", []want{{"that quarter", "1989-Q3", PrecisionQuarter}}},
		{"It earned $2 million in the 1988 quarter.", []want{{"the 1988 quarter", "1988-Q3", PrecisionQuarter}}},
		{"Sales for 1989 will rise.", []want{{"1989", "1989", PrecisionYear}}},
		{"A year earlier, sales were lower.", []want{{"A year earlier", "1988", PrecisionYear}}},
		// the quarter a year before, however it is said
		{"Net rose 5% in the third quarter.", []want{{"the third quarter", "1989-Q3", PrecisionQuarter}}},
		{"Sales for last year's quarter were $3 million.", []want{{"last year's quarter", "1988-Q3", PrecisionQuarter}}},
		{"It earned $2 million in the corresponding period last year.", []want{{"the corresponding period last year", "1988-Q3", PrecisionQuarter}}},
		{"For the quarter a year ago, it earned $2 million.", []want{{"the quarter a year ago", "1988-Q3", PrecisionQuarter}}},
		{"Sales fell last year.", []want{{"last year", "1988", PrecisionYear}}},
		// a duration of nine months is no report on them
		{"Net rose 5% in the third quarter.", []want{{"the third quarter", "1989-Q3", PrecisionQuarter}}},
		{"The strike lasted for nine months.", nil},
		{"A year earlier, net was $5 million.", []want{{"A year earlier", "1988-Q3", PrecisionQuarter}}},
		// a report on the nine months: "a year earlier" is the year before
		{"For the nine months, net was $9 million, up from $7 million a year earlier.", []want{{"a year earlier", "1988", PrecisionYear}}},
		{"In the 1988 period, it lost money.", []want{{"the 1988 period", "1988", PrecisionYear}}},
		{"In the first six months, net rose, compared with year-earlier net of $2 million.", []want{{"year-earlier", "1988", PrecisionYear}}},
		{"In the quarter, sales fell.", []want{{"the quarter", "1989-Q3", PrecisionQuarter}}},
		{"A year earlier, net was $5 million.", []want{{"A year earlier", "1988-Q3", PrecisionQuarter}}},
	}
	for _, st := range steps {
		got := FindIn(st.s, a, &ctx)
		if len(got) != len(st.w) {
			t.Errorf("FindIn(%q) = %+v, want %+v", st.s, got, st.w)
			continue
		}
		for i, w := range st.w {
			if g := got[i]; g.Text != w.text || g.Date != w.date || g.Precision != w.prec {
				t.Errorf("FindIn(%q)[%d] = %q %q %s, want %q %q %s", st.s, i, g.Text, g.Date, g.Precision, w.text, w.date, w.prec)
			}
		}
	}
}
