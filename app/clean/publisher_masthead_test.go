package clean

import (
	"strings"
	"testing"
)

// TestMastheadName: a masthead's link names the site; a section's
// homepage link and "Make us your homepage" name none.
func TestMastheadName(t *testing.T) {
	for in, want := range map[string]string{
		"The Guardian - Back to homepage":     "The Guardian",
		"Back to The Harbour Ledger homepage": "The Harbour Ledger",
		"Make Boston.com your homepage":       "Boston.com",
		"Make us your home page":              "",
		"Make This Your Home Page":            "",
		"Sport Homepage":                      "",
		"Back to homepage":                    "",
		"Home page":                           "",
	} {
		if got := mastheadName(in, strings.ToLower(in)); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
	page := "Skip to main content\nSign in\nThe Guardian - Back to homepage\nNews\nOpinion\nSport\nCulture\n" +
		"Turkey earthquake: rescuers pull survivors from rubble five days after disaster\n" +
		"Rescuers in southern Turkey have pulled several people alive from collapsed buildings, five days after the earthquake that has killed more than 21,000 people.\n" +
		"A seven-year-old boy was rescued in Hatay province on Friday night after spending 131 hours under the debris, state broadcaster TRT reported.\n" +
		"Explore more on these topics\nTurkey\nSyria\nReuse this content\n"
	if got := Clean(page).Publisher; got != "The Guardian" {
		t.Errorf("publisher %q, want The Guardian", got)
	}
}

// TestMastheadFirstLine: with nothing else naming the publisher, a first
// line of a few capitalised words is the site's masthead; a copyright line,
// a line with digits or the headline itself is not.
func TestMastheadFirstLine(t *testing.T) {
	body := "\nNational\nBusiness\nFinance\nSports\nWorld\nSeoul to expand free shuttle buses to all districts\nBy Lee Jung-joo\nPublished : Dec. 2, 2026 - 16:21\nShare\nSeoul plans to expand its free autonomous shuttle bus service to all 25 districts by 2028, the city government said Tuesday.\n\nThe service carried more than 1.2 million passengers last year, according to the city.\n"
	for first, want := range map[string]string{
		"The Korea Herald":          "The Korea Herald",
		"All Rights Reserved":       "",
		"Nokia Asha 305 Gallery":    "",
		"Breaking: Seoul buses run": "",
		"Go to Contents":            "",
	} {
		if got := Clean(first + "\n" + body).Publisher; got != want {
			t.Errorf("first line %q: publisher %q, want %q", first, got, want)
		}
	}
}
