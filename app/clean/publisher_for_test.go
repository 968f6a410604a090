package clean

import "testing"

// TestPublisherInstitutionFor: a copyright line naming an institution whose
// name joins its words with "for" ("Centre for Coastal Studies Action
// Fund") names it whole, not its first word; an article alone a cue leaves
// ("Follow The") names none.
func TestPublisherInstitutionFor(t *testing.T) {
	page := "Home\nIssues\nAbout\n" +
		"Tide gauges show faster rise on the east shore\n" +
		"Tide gauges along the east shore recorded a rise in the sea level of four millimetres a year over the last decade, a new report says.\n" +
		"The report compares the gauges with those on the west shore, where the rise was half as fast over the same years.\n" +
		"Its authors ask the county to plan the new sea wall for the faster rise.\n" +
		"© 2005-2026 Centre for Coastal Studies Action Fund\n"
	if got := Clean(page).Publisher; got != "Centre for Coastal Studies Action Fund" {
		t.Errorf("publisher %q, want Centre for Coastal Studies Action Fund", got)
	}
	// "Subscribe to the Newsletter" names "The" Newsletter, the
	// newsletter's word no name: no publisher but the copyright's.
	page = "Home\nRoutes\nAbout\n" +
		"Spring classics: the cobbled races\n" +
		"The spring classics are one-day races over cobbled farm roads, most of them in Belgium and the north of France.\n" +
		"Riders who win them are rarely those who win the long stage races of the summer.\n" +
		"Subscribe to the Newsletter\n" +
		"©2026 Harbour Cycling, Inc. All rights reserved.\n"
	if got := Clean(page).Publisher; got != "Harbour Cycling" {
		t.Errorf("publisher %q, want Harbour Cycling", got)
	}
	if got := withFor("Centre for the coast", "Centre"); got != "Centre" {
		t.Errorf("withFor before lower-case words = %q, want Centre", got)
	}
}

// TestPublisherMenuWord: with no title line, a first line of one word that
// the article writes in small letters ("the physics of ...") is its menu's
// first entry, not the masthead.
func TestPublisherMenuWord(t *testing.T) {
	body := "Why glass flows so slowly\n" +
		"For a century the physics of glass has puzzled chemists, who see it behave as a solid and a liquid at once.\n" +
		"A new model treats its molecules as crowds that jam at the doors of a room, and it predicts how slowly old windows sag.\n" +
		"The authors say the same physics, simpler than thought, may hold for sand and for foams.\n"
	if got := Clean("Physics\nMathematics\nBiology\n" + body + "Physics\nMaterials Science\nRelated Articles\n").Publisher; got == "Physics" {
		t.Errorf("a menu's first word taken for the masthead: %q", got)
	}
}
