package clean

import (
	"strings"
	"testing"
)

func TestSplitTitleSiteFirst(t *testing.T) {
	for _, c := range []struct{ in, headline, site string }{
		{"Riverside Evening Star - Council approves new bridge", "Council approves new bridge", "Riverside Evening Star"},
		{"examplenews.com - Council approves new bridge", "Council approves new bridge", "examplenews.com"},
		{"The Daily Ledger : Business : Bank raises rates again", "Bank raises rates again", "The Daily Ledger"},
		{"Bank raises rates again : The Daily Ledger", "Bank raises rates again", "The Daily Ledger"},
		// Not a site: one word, or a rest too short to be a headline.
		{"Ukraine - Russia talks resume", "Ukraine - Russia talks resume", ""},
		{"Evening Star - Sport", "Evening Star - Sport", ""},
		{"Opinion - Why the bridge matters", "Opinion - Why the bridge matters", ""},
	} {
		h, s := splitTitle(c.in)
		if h != c.headline || s != c.site {
			t.Errorf("splitTitle(%q) = %q, %q; want %q, %q", c.in, h, s, c.headline, c.site)
		}
	}
}

// TestHeadlineEchoesPageTitle: on a scraped page the headline is the line
// the page's title line repeats, even below a welcome line that reads as
// prose, and not the first menu line that looks like a headline.
func TestHeadlineEchoesPageTitle(t *testing.T) {
	page := strings.Join([]string{
		"Council approves new bridge over the river - Local - Riverside Evening Star",
		"Welcome to the Riverside Evening Star. Skip directly to: Search, Sections, Content, Text version.",
		"NEWS | SPORT | BUSINESS | TRAVEL | JOBS",
		"Member centre | Log in | Register",
		"Home » Local » Article",
		"Email this article to a friend",
		"Council approves new bridge over the river",
		"Print this story",
		"Large font",
		"The city council voted on Tuesday night to build a new bridge across the river, ending a debate that has lasted for more than ten years.",
		"The bridge will cost about 40 million dollars and should open in three years, the mayor told reporters after the vote.",
		"Opponents said the money would be better spent on repairing the roads that the city already has, and they promised to keep up the fight.",
		"Email this story",
		"Print this story",
		"Copyright 2024 Riverside Evening Star. All rights reserved.",
	}, "\n\n")
	r := Clean(page)
	if r.Title != "Council approves new bridge over the river" {
		t.Errorf("title %q, want the headline the title line echoes", r.Title)
	}
}

// TestStoryPartOfTitle: of a title line in three or more parts, the title is
// the part that tells the story of the first paragraphs; a line none of
// whose parts does keeps all but its site's name.
func TestStoryPartOfTitle(t *testing.T) {
	const prose = "\n\nThe FBI will post the mug shots of wanted criminals on digital billboards across the country, officials said on Tuesday.\n\n" +
		"The billboards will show the faces of fugitives within hours of a request from local police, the bureau said.\n"
	for line, want := range map[string]string{
		"Mug shots of fugitives go on billboards | STATE NEWS | Breaking Houston News, Weather, Sports, Traffic | 11 News": "Mug shots of fugitives go on billboards",
		"TheStar.com | News | Criminal mug shots go up on billboards":                                                      "Criminal mug shots go up on billboards",
		"Houston weather warning | Traffic delays on the freeway | KHOU 11":                                                "Houston weather warning | Traffic delays on the freeway",
	} {
		if got := Clean(line + prose).Title; got != want {
			t.Errorf("%q: title %q, want %q", line, got, want)
		}
	}
}

// TestWireHeadlineInCapitals: a wire's headline in capitals keeps what
// follows its dash, whom it quotes, and names no publisher; neither does a
// cue word inside it ("SUPPORT", "COPYRIGHT").
func TestWireHeadlineInCapitals(t *testing.T) {
	const body = "\nThe Finance Ministry has asked Japanese commercial banks to moderate their dollar sales, bank dealers said.\n"
	for _, title := range []string{
		"JAPAN ASKS BANKS TO CUT DOLLAR SALES - DEALERS",
		"G-6 WANTS TO HOLD DLR ABOVE 150 YEN - NAKASONE",
		"BANKS URGE SUPPORT FOR DEVELOPMENT BANKS",
		"IBM CANADA FILES COPYRIGHT INFRINGEMENT SUIT",
	} {
		r := Clean(title + body)
		if r.Title != title || r.Publisher != "" {
			t.Errorf("%q: title %q, publisher %q; want the line whole and no publisher", title, r.Title, r.Publisher)
		}
	}
}
