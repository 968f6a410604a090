package clean

import (
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/boiler"
)

// punPage is a page scraped without its title line: a menu, a punning
// headline the header rules took out, a date, its deck, a byline and the
// story, which names none of the headline's words.
var punPage = []string{
	"Home", "News", "Sport", "Weather", "Classifieds",
	"Bells ring for the lighthouse",
	"Fri, March 13, 2026",
	"Council agrees to sell old beacon to a local charity",
	"By Staff",
	"The harbour council voted on Thursday to sell the disused beacon on the north pier to a charity that plans to open it to visitors next summer.",
	"The charity will pay a token sum and take on the repairs, which engineers put at about half a million over five years.",
	"Councillors said the sale would spare the town the cost of the upkeep while keeping the building in local hands.",
}

// headlineOn runs headline on page with the lines in gone removed by the
// header rules and every line but the prose doubted by the classifier, as on
// a page scraped without its title line.
func headlineOn(page []string, gone ...string) string {
	d := newDoc(strings.Join(page, "\n\n"))
	out := map[string]bool{}
	for _, g := range gone {
		out[g] = true
	}
	decisions := make([]boiler.Decision, len(d.blocks))
	for i, b := range d.blocks {
		decisions[i] = boiler.Decision{P: 0.9, Boilerplate: true, Reason: boiler.ReasonHeader}
		if b.prose() {
			decisions[i] = boiler.Decision{P: 0.1}
		}
		if out[b.text] {
			b.removed = boiler.ReasonHeader
		}
	}
	if h := headline(d, decisions); h >= 0 {
		return d.blocks[h].text
	}
	return ""
}

// TestHeadlinePunOverDeck: a punning headline that shares no word with the
// story stands right over its deck, past the date; the deck, which tells
// the story, is not the headline. A label naming the deck's subject over it
// ("Harbour + 2 more") and a line ending a list of other stories are no
// headline.
func TestHeadlinePunOverDeck(t *testing.T) {
	if got := headlineOn(punPage, punPage[5], punPage[6], punPage[8]); got != punPage[5] {
		t.Errorf("headline %q, want %q", got, punPage[5])
	}
	list := append([]string{}, punPage[:5]...)
	list = append(list, "Ferry timetable changes for the spring season", "Bells ring for the lighthouse")
	list = append(list, punPage[6:]...)
	if got := headlineOn(list, list[5], list[6], list[7], list[9]); got == list[6] {
		t.Errorf("a list's last entry over the deck taken for the headline")
	}
	for _, tc := range []struct {
		over string
		want int
	}{{punPage[5], 5}, {"Council sale + 2 more", -1}} {
		page := append(append(append([]string{}, punPage[:5]...), tc.over), punPage[6:]...)
		d := newDoc(strings.Join(page, "\n\n"))
		decisions := make([]boiler.Decision, len(d.blocks))
		for i := range d.blocks {
			decisions[i] = boiler.Decision{P: 0.9, Boilerplate: true}
			if i < 9 && i != 7 {
				d.blocks[i].removed = boiler.ReasonHeader
			}
		}
		if e := headlineOverDeck(d, 7, 9, decisions); e != tc.want {
			t.Errorf("over the deck %q: headlineOverDeck = %d, want %d", tc.over, e, tc.want)
		}
	}
}

// TestHeadlineOverDateFarBelow: the headline over the date line right
// above the story, which shares a word with it, is the headline, though the
// page's first line (its masthead and motto) shares a word with the story
// too.
func TestHeadlineOverDateFarBelow(t *testing.T) {
	page := []string{
		"Harbour Radio - the voice of the coast",
		"Listen live", "Programmes", "Schedule", "Podcasts", "Contact", "Home > News > Latest",
		"Reading the papers",
		"Posted at 6:47am on 13 Mar 2026",
		"All the papers on the coast lead on the council's sale of the old beacon on the north pier to a local charity.",
		"The coast's weekly notes the charity plans to open the building to visitors by next summer.",
	}
	if got := headlineOn(page, page[1], page[2], page[3], page[4], page[5], page[6], page[7], page[8]); got != page[7] {
		t.Errorf("headline %q, want %q", got, page[7])
	}
}
