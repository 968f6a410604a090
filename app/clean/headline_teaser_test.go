package clean

import "testing"

// TestTeaserOverHeadline: a teaser for the story itself in a box above the
// article, as long as the headline right above the lede or longer and
// telling as much of it, does not win the tie: the headline is the line
// nearer the article.
func TestTeaserOverHeadline(t *testing.T) {
	lede := []string{
		"Ferry crews on the island route will strike from Friday after talks on rosters broke down, the union said, leaving the morning crossings cancelled.",
		"The operator said it would run a reduced timetable on the island route with managers at the helm, and refunds would be paid for cancelled crossings.",
		"Talks on rosters may resume next week, according to the union's regional secretary.",
	}
	teaser := "Ferry crews strike over rosters on island"
	headline := "Island ferry crews strike over rosters"
	page := append([]string{"Home", "News", "Travel", "Weather", teaser, "Travel", "Mon, 9 Mar 2026", headline}, lede...)
	if got, _ := learnedHeadline(page, teaser, headline); got != headline {
		t.Errorf("headline %q, want the headline over the lede, not the teaser above", got)
	}
}
