package clean

import (
	"strings"
	"testing"
)

// TestShortHeadlineTitleLineNames: a scraped page (written here, in the
// layout of a chain of city papers' sports pages) whose title line names
// the site, a section and a headline of three words ("Podium for Viking"),
// the headline a line of its own between the menu's last entries and the
// day's date and a longer deck that shares the lede's words: the title
// line's headline is the title, not the deck, though a rule took the
// headline out among the menu's lines.
func TestShortHeadlineTitleLineNames(t *testing.T) {
	if r := Clean(podiumPage()); r.Title != podiumHead {
		t.Fatalf("title %q, want %q (the title line's headline)", r.Title, podiumHead)
	}
}

const podiumHead = "Podium for Viking"

// podiumPage is TestShortHeadlineTitleLineNames's page.
func podiumPage() string {
	head, deck := podiumHead, "Bronze medal picks up slack left by injured Berg"
	lines := []string{"harbourpost.com - Other Sports - " + head, "Tuesday", "March 3", "2026"}
	lines = append(lines, []string{"News", "Sports", "Hockey", "Football", "Other Sports", "Entertainment", "Life", "Comment", "Money", "Travel", "Cars", "Homes", "Jobs", "Classifieds", "Obituaries", "Weather", "Contests", "News Research", "About Us", "Contact Us"}...)
	lines = append(lines, "Mon, March 2, 2026", head, deck, "By HP",
		"KIRKSTALL, Norway -- Mira Lund gave the national ski team a much-needed lift yesterday with a bronze medal in the downhill.",
		"The skier from the coast finished less than half a second behind the winner on a course shortened by the wind.",
		"Two of the team's best racers are out for the season with knee injuries, and the coaches had feared a long winter without a medal.",
		"Lund said she had not slept before the race and skied as if nobody expected anything of her.",
		"Most Popular", "Harbour council votes to close the old ferry terminal", "Local man wins the lottery twice in one year",
		"Copyright © 2026 Harbour Post Media. All rights reserved.")
	return strings.Join(lines, "\n\n")
}

// TestTitleLineHeadlineOverTeaser: a scraped page (written here, in a
// motorcycling site's layout) whose standfirst, a sentence, stands over a
// teaser for the story's first part and the story's own headline, which
// the title line names word for word: the headline is the title, not the
// teaser that shares most of its words and comes first.
func TestTitleLineHeadlineOverTeaser(t *testing.T) {
	head := "Harbour Cup: Island Test Day 2"
	if r := Clean(teaserPage()); r.Title != head {
		t.Fatalf("title %q, want %q (the title line's headline)", r.Title, head)
	}
}

// teaserPage is TestTitleLineHeadlineOverTeaser's page.
func teaserPage() string {
	head := "Harbour Cup: Island Test Day 2"
	return strings.Join([]string{head + " - HarbourMoto.com",
		"Jan Berg showed more of the new bike's speed on Day 2 of the island test, taking a full second off his time of the first day.",
		"Harbour Cup: Island Test Day 1", "Harbour Council Releases 2026 Race Calendar", head, "1/9/2026", "By Ola Dahl",
		"The second day of the winter tests saw new tyres from the team's supplier and faster laps from nearly every rider on the grid.",
		"Ola Nilsen continues to look quick on his new machine and was only a tenth of a second behind the fastest man of the day.",
		"The third rider of the team missed the day through illness but hopes to be back on the track for the last day of the test.",
		"It was a hot day at the island circuit, and the riders found it harder to lower their times on the warm track in the afternoon.",
		"Subscribe to our newsletter", "Copyright © 2026 Harbour Moto Media. All rights reserved."}, "\n\n")
}
