package clean

import (
	"strings"
	"testing"
)

// TestPublisherRepeatedMasthead: a blog scraped without its title line,
// its name in the header under a skip link and the office's masthead, and
// twice again in the sidebar and footer: the name is the publisher. A
// network's sister site in its menus ("Regional Coast"), repeated as often,
// names none.
func TestPublisherRepeatedMasthead(t *testing.T) {
	blog := []string{
		"Skip to main content | Skip to footer", "The Harbour Office. Serving the Port since 1850",
		"Get Email Updates", "Contact Us", "The Harbour Office Blog", "Photos & Videos", "Live Streams",
		"New ferry timetable starts on Monday",
		"The harbour office has published the new ferry timetable, which adds an early crossing on weekdays and a late one on Saturdays.",
		"Passengers with season tickets need not renew them, the office said, and the fares stay as they were.",
		"Home • The Harbour Office Blog", "The Harbour Office Blog", "Other Harbour Office Blogs", "The Harbour Office Blog",
		"Privacy Policy",
	}
	if r := Clean(strings.Join(blog, "\n\n")); r.Publisher != "The Harbour Office Blog" {
		t.Errorf("blog: publisher %q, want %q", r.Publisher, "The Harbour Office Blog")
	}
	network := []string{
		"Home", "Coast FM", "Harbour Radio", "Regional Coast", "Classifieds",
		"New ferry timetable starts on Monday",
		"The harbour office has published the new ferry timetable, which adds an early crossing on weekdays and a late one on Saturdays.",
		"Passengers with season tickets need not renew them, the office said, and the fares stay as they were.",
		"News", "Local News", "Regional Coast", "National", "TV", "Regional Coast", "All Channels",
	}
	if r := Clean(strings.Join(network, "\n\n")); r.Publisher == "Regional Coast" {
		t.Errorf("network: publisher %q, a sister site in the menus", r.Publisher)
	}
}
