package clean

import (
	"strings"
	"testing"
)

// TestMastheadNotFurnitureWord: a page scraped without its title line
// that opens with one word of its furniture ("Loading", a word the
// classifier learned as boilerplate) names no publisher by it; a brand's
// one word does.
func TestMastheadNotFurnitureWord(t *testing.T) {
	body := []string{
		"Home", "News", "Sport", "Opinion",
		"Council approves new ferry timetable",
		"The island council approved a new ferry timetable on Tuesday that adds two early crossings on weekdays from May.",
		"Councillors said the change followed a survey in which most commuters asked for an earlier boat to the mainland.",
		"The ferry operator will publish the new times next week.",
	}
	for first, want := range map[string]string{"Web": "", "Travel": "", "Quayside": "Quayside"} {
		page := append([]string{first}, body...)
		if first == "Quayside" {
			page = append(page, "About Quayside", "Contact")
		}
		if got := Clean(strings.Join(page, "\n\n")).Publisher; got != want {
			t.Errorf("opening with %q: publisher %q, want %q", first, got, want)
		}
	}
}
