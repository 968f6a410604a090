package clean

import "testing"

// TestTitleInnerDash: with no title line over it, a blog's own headline
// under its menu may end with a dash and a few words of its own ("– Part
// Two"): the line is the headline whole, and those words, which the page's
// furniture names nowhere, no site's name.
func TestTitleInnerDash(t *testing.T) {
	page := "Home\nAbout\nArchive\nContact\n" +
		"Talking Tides With a Harbour Pilot – Part Two\n" +
		"Here is the second half of my talk with Ines Marlowe, who has guided cargo ships into the old harbour for twenty years.\n" +
		"She told me the hardest nights are the foggy ones in late autumn, when the buoys vanish and the radio is all she has.\n" +
		"Marlowe said the new container berths changed the job more than any storm, because the ships grew faster than the channel.\n" +
		"6 Responses to “Talking Tides With a Harbour Pilot – Part Two”\n" +
		"Leave a Reply\n" +
		"© 2026 Quayside Notes\n"
	r := Clean(page)
	if want := "Talking Tides With a Harbour Pilot – Part Two"; r.Title != want {
		t.Errorf("title %q, want %q", r.Title, want)
	}
	if r.Publisher != "Quayside Notes" {
		t.Errorf("publisher %q, want Quayside Notes", r.Publisher)
	}
}
