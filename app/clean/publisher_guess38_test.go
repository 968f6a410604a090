package clean

import (
	"strings"
	"testing"
)

// TestMastheadGuessOutweighed: a page scraped without its title line opens
// with a city picker's button ("City"), which reads as a masthead; the
// furniture names the site again and again ("Welcome to Harbour Eats",
// "Follow Harbour Eats"): the site is the publisher, not the button.
func TestMastheadGuessOutweighed(t *testing.T) {
	page := strings.Join([]string{
		"City",
		"Maps", "Openings", "Closings", "Reviews", "Newsletter",
		"Welcome to Harbour Eats",
		"Sign up for the Harbour Eats newsletter",
		"Where to eat oysters on the quay right now",
		"by Jo Reed",
		"Three new oyster bars opened on the quay this spring, and the old fish market's counter reopened after its winter repairs last week.",
		"The best of them serves the bay's own oysters with a sharp shallot vinegar, and keeps its kitchen open until midnight on weekends.",
		"Prices run from two to four dollars an oyster, and all three take bookings for tables of six or more.",
		"Follow Harbour Eats",
		"About Harbour Eats",
		"Contact", "Privacy",
	}, "\n\n")
	if r := Clean(page); r.Publisher != "Harbour Eats" {
		t.Errorf("publisher %q, want %q", r.Publisher, "Harbour Eats")
	}
}
