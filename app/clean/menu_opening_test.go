package clean

import (
	"strings"
	"testing"
)

// menuUnderOpening is a scraped page (written here) whose first lines read
// as prose, a headline that is a question and a sign-in notice in
// sentences, over the site's menu: the classifier used to take such a page
// for a clean article and leave it unscored, menu and all.
const menuUnderOpening = `Is the city council ready for another winter of flooding on the river?
Skip to main content
Welcome to the Riverside Courier website. Please sign in or register to take part in the conversation.
Home
News
Politics
Business
Sport
Culture
Weather
Opinion
Obituaries
Puzzles
Is the city council ready for another winter of flooding on the river?
The council's flood plan, published on Monday, promises new barriers along the river by next autumn, but residents of the lower town say they have heard such promises before.
Three winters ago the river burst its banks twice in a month, and more than two hundred homes were flooded, some of them for the second time in a decade.
The plan sets aside four million pounds for barriers and pumps, and the council says work on the first stretch will start in the spring if the government approves its share of the money.
"We have waited long enough," said one resident, whose kitchen was under a metre of water in the last flood. "Every autumn we move the furniture upstairs and hope."
The council's leader said the barriers would be finished before the next wet season, and that the town's drains would be cleared every month until then.
`

// TestMenuUnderOpeningSentences: a run of short lines near the top of a page
// is evidence of a scraped page even when two sentences open it, so the
// menu goes and every paragraph of the article stays.
func TestMenuUnderOpeningSentences(t *testing.T) {
	r := Clean(menuUnderOpening)
	kept := map[string]bool{}
	for _, b := range r.Body() {
		kept[b.Text()] = true
	}
	for _, entry := range []string{"Politics", "Business", "Culture", "Weather", "Obituaries", "Puzzles"} {
		if kept[entry] {
			t.Errorf("menu entry %q kept", entry)
		}
	}
	for _, l := range strings.Split(menuUnderOpening, "\n") {
		if len(strings.Fields(l)) >= 12 && !strings.Contains(l, "sign in") && !strings.HasPrefix(l, "Is the city") && !kept[l] {
			t.Errorf("paragraph lost: %q", l)
		}
	}
}

// A clean article with a list of short lines under its first paragraphs (a
// draw, a line-up) stays unscored: the list is the article's.
func TestListInCleanArticleKept(t *testing.T) {
	text := `Cup draw pairs holders with league leaders
The holders will travel to the league leaders in the pick of the fourth-round ties, drawn on Monday evening at the national stadium.
The non-league side, the last amateur club left in the competition, were rewarded for their giant-killing run with a home tie against a Premier League team.
The ties will be played over the weekend of the last Saturday of January, with replays abolished for the first time this season.
Town v Rovers
United v Athletic
City v Wanderers
Albion v Villa
Forest v County
Rangers v Palace
Harriers v Dons
Hotspur v Argyle
Each of the ties will be shown live on the broadcaster's website, which has bought the rights for the next three seasons.
`
	r := Clean(text)
	kept := map[string]bool{}
	for _, b := range r.Body() {
		kept[b.Text()] = true
	}
	for _, tie := range []string{"Town v Rovers", "Forest v County", "Hotspur v Argyle"} {
		if !kept[tie] {
			t.Errorf("tie %q removed from a clean article", tie)
		}
	}
}
