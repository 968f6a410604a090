package clean

import "testing"

// TestPublisherHeadlinePart: a title line whose headline's own dash splits
// it ("Three Rules of Tides - Ebb, Flood and Slack - Harbour Notes") over
// the headline as the page writes it ("Three Rules of Tides – Ebb, Flood
// and Slack"): the headline's first part is no site; the last part is.
func TestPublisherHeadlinePart(t *testing.T) {
	page := "Three Rules of Tides - Ebb, Flood and Slack - Harbour Notes\n" +
		"Ann Kyle\nHome\nAbout\nArchive\n" +
		"Three Rules of Tides – Ebb, Flood and Slack\n" +
		"November 11, 2026 By Ann Kyle\n" +
		"Every sailor who leaves the old harbour learns the tides before anything else, because the channel shifts with them twice a day.\n" +
		"The ebb empties the bay through the narrows, the flood fills it again, and the slack between is the only safe hour to cross the bar.\n"
	r := Clean(page)
	if r.Title != "Three Rules of Tides – Ebb, Flood and Slack" {
		t.Errorf("title %q", r.Title)
	}
	if r.Publisher != "Harbour Notes" {
		t.Errorf("publisher %q, want Harbour Notes", r.Publisher)
	}
	if !headlineOpens("Three Rules of Tides – Ebb, Flood and Slack", "Three Rules of Tides") || headlineOpens("Three Rules of Tides are simple", "Three Rules of Tides") {
		t.Error("headlineOpens")
	}
}
