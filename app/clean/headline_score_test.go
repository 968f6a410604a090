package clean

import (
	"strings"
	"testing"
)

// TestHeadlineUnderScore: a sports page scraped without its title line
// sets the game's score over its story's headline; the score, which names
// both teams as the story does, is not the headline. A wire's scoreboard
// alone over its story is.
func TestHeadlineUnderScore(t *testing.T) {
	page := []string{
		"Home", "Sports", "Arts", "Travel", "Jobs",
		"No. 9 Harbour College 24, Valley State 21",
		"Lund and Harbour College end on a high note",
		"Jo Reed/Associated Press",
		"Harbour's coach hugging Ana Lund, who threw three touchdowns.",
		"Sign In to Save This", "Print",
		"By KIT MARSH",
		"Published: December 29, 2026",
		"PORT ELLIS — In the last game of her college career, Harbour College quarterback Ana Lund threw three touchdown passes in a 24-21 win over Valley State on Friday night.",
		"Lund finished with 300 yards passing, and the defence held Valley State to a field goal in the second half.",
	}
	if got := headlineOn(page); got != page[6] {
		t.Errorf("headline %q, want %q", got, page[6])
	}
	for s, want := range map[string]bool{
		"No. 9 Harbour College 24, Valley State 21": true, "COL BKB: Harbour 66, Valley St. 46": true,
		"Harbour beat Valley 24-21": false, "Rovers sign keeper, 24, for two seasons": false,
	} {
		if got := scoreLine(s); got != want {
			t.Errorf("scoreLine(%q) = %v, want %v", s, got, want)
		}
	}
	d := newDoc(strings.Join([]string{page[5], page[6]}, "\n\n"))
	if !d.scoreOverHeadline(0) {
		t.Errorf("score over the headline not seen")
	}
	d = newDoc(strings.Join([]string{"COL BKB: Harbour 66, Valley St. 46", page[13]}, "\n\n"))
	if d.scoreOverHeadline(0) {
		t.Errorf("a scoreboard over its story taken for a score over a headline")
	}
}
