package clean

import (
	"strings"
	"testing"
)

// TestPublisherStaff: a sports blog scraped without its title line, whose
// byline and list of writers credit the site's staff by its address
// ("By Harbourleague.com Staff |", "Harbourleague.com staff"), names that
// site; a writer's line naming a staff of another kind names none.
func TestPublisherStaff(t *testing.T) {
	page := strings.Join([]string{
		"Home", "Scores", "Teams", "Blogs",
		"Rovers keeper signs two-year extension",
		"By Harbourleague.com Staff |",
		"Published: March 3rd, 2026 | Tags: Rovers, transfers",
		"The Rovers have tied down their first-choice goalkeeper for two more seasons, the club announced on Tuesday after weeks of talks.",
		"The keeper kept eleven clean sheets last season and was named the league's young player of the year.",
		"Our writers", "Harbourleague.com staff", "Jo Reed",
	}, "\n\n")
	if r := Clean(page); r.Publisher != "Harbourleague.com" {
		t.Errorf("publisher %q, want %q", r.Publisher, "Harbourleague.com")
	}
	for _, c := range []struct{ line, want string }{
		{"NFL.com staff", "NFL.com"}, {"By Harbourleague.com Staff |", "Harbourleague.com"},
		{"Harbour Weekly staff", ""}, {"Ask the coaching staff", ""}, {"Harbourleague.com staff picks for the week", ""},
	} {
		b := newDoc("Home\n\n" + c.line).blocks[1]
		b.removed = ReasonNav
		if got := staffSite(b); got != c.want {
			t.Errorf("staffSite(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
