package dates

import "testing"

// TestTenseCues: words that look like cues of a tense but are not, and the
// cues that decide a direction, each in both directions.
func TestTenseCues(t *testing.T) {
	sat := AnchorOn(1998, 8, 8) // a Saturday
	cases := []struct {
		s string
		w []want
	}{
		// "next to" is a place, not the future
		{"A bomb exploded next to the embassy on Friday.", []want{{"Friday", "1998-08-07", PrecisionDay}}},
		{"The talks will resume next to the embassy on Friday.", []want{{"Friday", "1998-08-14", PrecisionDay}}},
		// "plans for" the noun is no plan of the date; "is set for" is
		{"On Friday, when she set aside vacation plans for the trip, the office lifted a warning.", []want{{"Friday", "1998-08-07", PrecisionDay}}},
		{"The vote is set for Friday.", []want{{"Friday", "1998-08-14", PrecisionDay}}},
		// a participle after "get" is passive, not the past tense
		{"The sector is going to start getting beat up in the spring.", []want{{"the spring", "1999-SP", PrecisionSeason}}},
		{"The sector got beat up in the spring.", []want{{"the spring", "1998-SP", PrecisionSeason}}},
		// "that" after a noun starts a clause: its verb is a verb
		{"He is a suspect in shootings that injured doctors in November.", []want{{"November", "1997-11", PrecisionMonth}}},
		{"He is a suspect in shootings that will take place in November.", []want{{"November", "1998-11", PrecisionMonth}}},
		// an attribution after the date says nothing of its time
		{"NATO has decided to admit Poland, Hungary and the Czech Republic in early March, an official said on Wednesday.", []want{{"early March", "1999-03", PrecisionMonth}, {"Wednesday", "1998-08-05", PrecisionDay}}},
		{"NATO admitted Poland, Hungary and the Czech Republic in early March, an official said.", []want{{"early March", "1998-03", PrecisionMonth}}},
		{"In November, it announced plans to buy the unit.", []want{{"November", "1997-11", PrecisionMonth}}},
		// a plan made in the past is for a time on either side of now
		{"The offer had been scheduled to expire at midnight Friday.", []want{{"midnight Friday", "1998-08-07", PrecisionDay}}},
		{"The offer had been set to expire Aug. 12.", []want{{"Aug. 12", "1998-08-12", PrecisionDay}}},
		{"The offer is scheduled to expire at midnight Friday.", []want{{"midnight Friday", "1998-08-14", PrecisionDay}}},
		// the end of a range that starts today lies ahead
		{"It said it bought shares tendered from today through Nov. 17.", []want{{"today", "1998-08-08", PrecisionDay}, {"Nov. 17", "1998-11-17", PrecisionDay}}},
		{"It said it bought shares tendered through Nov. 17.", []want{{"Nov. 17", "1997-11-17", PrecisionDay}}},
		// "this coming Sunday" is ahead; "is coming Tuesday" is a verb
		{"The holiday is this coming Sunday.", []want{{"this coming Sunday", "1998-08-09", PrecisionDay}}},
		{"The holiday was last Sunday.", []want{{"last Sunday", "1998-08-02", PrecisionDay}}},
		{"He said he was coming Tuesday.", []want{{"Tuesday", "1998-08-04", PrecisionDay}}},
		// a negated "could" is past ability, not a future
		{"Neither he nor his parents could be located Wednesday in their hometown.", []want{{"Wednesday", "1998-08-05", PrecisionDay}}},
		{"The officials could not be reached Wednesday.", []want{{"Wednesday", "1998-08-05", PrecisionDay}}},
		{"The talks could resume Wednesday.", []want{{"Wednesday", "1998-08-12", PrecisionDay}}},
		// "the Tuesday deadline" is ahead unless the clause is in the past
		{"Holders tendered 99% of the shares by the Tuesday deadline.", []want{{"Tuesday", "1998-08-04", PrecisionDay}}},
		{"Holders have until the Tuesday deadline to tender.", []want{{"Tuesday", "1998-08-11", PrecisionDay}}},
		// a modal says nothing of a possessive's day; "will" still does
		{"His relatives said they would look for ways around Wednesday's ruling.", []want{{"Wednesday", "1998-08-05", PrecisionDay}}},
		{"His relatives will attend Wednesday's hearing.", []want{{"Wednesday", "1998-08-12", PrecisionDay}}},
		{"His relatives would attend the hearing Wednesday.", []want{{"Wednesday", "1998-08-12", PrecisionDay}}},
	}
	for _, c := range cases {
		check(t, c.s, sat, c.w)
	}
}

// TestTodayPossessive: "today's" and "tomorrow's" are days unless they
// name an age ("today's youth", "tomorrow's leaders").
func TestTodayPossessive(t *testing.T) {
	a := AnchorOn(1998, 3, 3)
	check(t, "The offer was advertised in today's editions.", a, []want{{"today", "1998-03-03", PrecisionDay}})
	check(t, "But tomorrow's vote has international implications.", a, []want{{"tomorrow", "1998-03-04", PrecisionDay}})
	check(t, "Today's youth read less.", a, nil)
	check(t, "The chips are used in many of today's personal computers.", a, nil)
	check(t, "They train tomorrow's leaders.", a, nil)
}

// TestNextMonthInPast: with the past verb in another clause, the month
// after the anchor's is the coming one; in the verb's own clause, or
// further ahead, it is the one before.
func TestNextMonthInPast(t *testing.T) {
	aug := AnchorOn(1990, 8, 16)
	check(t, "Saudi Arabia told U.S., European and Japanese companies of a cutback in September.", aug,
		[]want{{"September", "1990-09", PrecisionMonth}})
	check(t, "Saudi Arabia told U.S., European and Japanese companies of a cutback in October.", aug,
		[]want{{"October", "1989-10", PrecisionMonth}})
	check(t, "Saudi Arabia reduced its supply in September.", aug, []want{{"September", "1989-09", PrecisionMonth}})
	check(t, "Exports told the story, with a record in January.", AnchorOn(1990, 12, 10),
		[]want{{"January", "1991-01", PrecisionMonth}})
}

// TestMoreForms: decades with an apostrophe, pasts with no count, the
// second day of a pair, ordinal centuries without an article, and habits and
// durations that are no dates.
func TestMoreForms(t *testing.T) {
	a := AnchorOn(1998, 2, 13) // a Friday
	check(t, "Sales were flat in the last half of the '80s.", a, []want{{"the '80s", "1980", PrecisionDecade}})
	check(t, "Prices rose in the mid-'90s.", a, []want{{"the mid-'90s", "1990", PrecisionDecade}})
	check(t, "He scored 80s in tests.", a, nil)
	check(t, "The machines were removed a few years ago.", a, []want{{"a few years ago", PastRef, PrecisionRef}})
	check(t, "It rose from 35% several years ago.", a, []want{{"several years ago", PastRef, PrecisionRef}})
	check(t, "A few years later, it closed.", a, nil)
	check(t, "The summit is on April 24 and 25.", a, []want{{"April 24", "1998-04-24", PrecisionDay}, {"25", "1998-04-25", PrecisionDay}})
	check(t, "The summit was on April 24 and 25 in Washington.", a, []want{{"April 24", "1997-04-24", PrecisionDay}, {"25", "1997-04-25", PrecisionDay}})
	check(t, "On April 24 and 25 others were hurt.", a, []want{{"April 24", "1997-04-24", PrecisionDay}})
	check(t, "She is a 20th century democrat.", a, []want{{"20th century", "1900", PrecisionCentury}})
	check(t, "It is the 20th anniversary.", a, nil)
	check(t, "Flights leave on Monday and Tuesday nights.", a, nil)
	check(t, "Flights left on Monday and Tuesday.", a, []want{{"Monday", "1998-02-09", PrecisionDay}, {"Tuesday", "1998-02-10", PrecisionDay}})
	check(t, "Spending rose 0.2% in September, the smallest gain in a year.", a, []want{{"September", "1997-09", PrecisionMonth}})
	check(t, "Spending rose 0.2% in September, and it will rise in a year.", a, []want{{"September", "1997-09", PrecisionMonth}, {"a year", "1999", PrecisionYear}})
}

// TestHolidaysAndPossessives: a holiday with "Day" or a modifier is a day
// whatever follows; a possessive month is a month unless it is a name.
func TestHolidaysAndPossessives(t *testing.T) {
	a := AnchorOn(2000, 1, 7)
	check(t, "Elian was found Thanksgiving Day clinging to an inner tube.", a, []want{{"Thanksgiving Day", "1999-11-25", PrecisionDay}})
	check(t, "He was found in the Atlantic last Thanksgiving following a wreck.", a, []want{{"last Thanksgiving", "1999-11-25", PrecisionDay}})
	check(t, "He spent Christmas in Rome.", a, []want{{"Christmas", "1999-12-25", PrecisionDay}})
	check(t, "Thanksgiving dinner was late.", a, nil)
	check(t, "The revision to December's figures was small.", a, []want{{"December", "1999-12", PrecisionMonth}})
	check(t, "A revision Friday to November's figures was small.", a, []want{{"Friday", "2000-01-07", PrecisionDay}, {"November", "1999-11", PrecisionMonth}})
	check(t, "May's speech was short.", a, nil)
}

// TestNamesAndMarkers: a year in a name, "Now for" as a discourse marker,
// and "most recently" before the date that says when.
func TestNamesAndMarkers(t *testing.T) {
	a := AnchorOn(1998, 4, 18)
	check(t, "He set up a joint venture called Orion 1980, making parts.", a, nil)
	check(t, "Iraq's 1990 invasion failed.", a, []want{{"1990", "1990", PrecisionYear}})
	check(t, "They met in June 1990 and again in Summer 1994.", a, []want{{"June 1990", "1990-06", PrecisionMonth}, {"Summer 1994", "1994-SU", PrecisionSeason}})
	check(t, "Now for the weather.", a, nil)
	check(t, "Now the mission is ill-defined.", a, []want{{"Now", PresentRef, PrecisionRef}})
	check(t, "Doctors were killed, most recently last October.", a, []want{{"last October", "1997-10", PrecisionMonth}})
	check(t, "Doctors were recently killed.", a, []want{{"recently", PastRef, PrecisionRef}})
}

// TestDayRangesAndTimes: "March 12-13" is its first day; "at midnight on
// Thursday" is one expression.
func TestDayRangesAndTimes(t *testing.T) {
	a := AnchorOn(2013, 3, 22) // a Friday
	check(t, "The storm hit on March 12-13.", a, []want{{"March 12-13", "2013-03-12", PrecisionDay}})
	check(t, "Talks are set for April 2-4, 2014.", a, []want{{"April 2-4, 2014", "2014-04-02", PrecisionDay}})
	check(t, "Scores were March 13-12.", a, nil)
	check(t, "The strike began at midnight on Thursday.", a, []want{{"midnight on Thursday", "2013-03-21", PrecisionDay}})
	check(t, "The strike will begin at 9 a.m. on Monday.", a, []want{{"9 a.m. on Monday", "2013-03-25", PrecisionDay}})
}
