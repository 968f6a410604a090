package clean

import (
	"strings"
	"testing"
)

// TestPublisherAddressUnderPortalBar: a scraped page without its title
// line (written here, in the layout of a news site framed by a portal's
// bar) opens with the portal's name and its services, and its copyright
// line names the site by its address: the address is the publisher, not
// the portal's name over the bar.
func TestPublisherAddressUnderPortalBar(t *testing.T) {
	lines := []string{"Portalo", "Mail", "More", "Autos", "My Portalo", "Video", "Careers & Jobs", "Weather", "Games", "Real Estate", "Horoscopes",
		"Shopping", "Local Edition", "Traffic", "Maps & Directions", "Travel", "Full Portalo Index", "HarbourNews.com sites & shows:", "Nightly Report",
		"Home", "US", "World", "Politics", "Business", "Sports",
		"Ferry workers vote to strike over the new rosters",
		"Crews on the island ferries voted on Tuesday to walk out next month unless the operator drops the new rosters it announced in the spring.",
		"The union says the rosters would add two hours to some shifts without extra pay, and that the operator did not consult the crews.",
		"The operator said it would meet the union again this week and hoped a strike could be avoided before the summer timetable starts.",
		"Islanders who depend on the ferries for work and school said they feared a repeat of the strike three years ago.",
		"About us", "Contact", "Privacy policy", "© 2026 HarbourNews.com"}
	r := Clean(strings.Join(lines, "\n\n"))
	if r.Publisher != "HarbourNews.com" {
		t.Fatalf("publisher %q, want %q (the copyright line's address)", r.Publisher, "HarbourNews.com")
	}
}

// TestPublisherAddressSpelled: the same page, its footer writing the
// address's name out in words ("Harbour News"): the publisher is named as
// the page writes it.
func TestPublisherAddressSpelled(t *testing.T) {
	lines := []string{"Portalo", "Mail", "More", "Autos", "My Portalo", "Video", "Careers & Jobs", "Weather", "Games", "Real Estate", "Horoscopes",
		"Shopping", "Local Edition", "Traffic", "Maps & Directions", "Travel", "Full Portalo Index", "HarbourNews.com sites & shows:", "Nightly Report",
		"Home", "US", "World", "Politics", "Business", "Sports",
		"Ferry workers vote to strike over the new rosters",
		"Crews on the island ferries voted on Tuesday to walk out next month unless the operator drops the new rosters it announced in the spring.",
		"The union says the rosters would add two hours to some shifts without extra pay, and that the operator did not consult the crews.",
		"The operator said it would meet the union again this week and hoped a strike could be avoided before the summer timetable starts.",
		"Islanders who depend on the ferries for work and school said they feared a repeat of the strike three years ago.",
		"About us", "Harbour News", "Contact", "Privacy policy", "© 2026 HarbourNews.com"}
	r := Clean(strings.Join(lines, "\n\n"))
	if r.Publisher != "Harbour News" {
		t.Fatalf("publisher %q, want %q (the address as the footer spells it)", r.Publisher, "Harbour News")
	}
}
