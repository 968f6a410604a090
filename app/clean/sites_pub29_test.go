package clean

import "testing"

// TestSitesFarHeadline cleans a page written here, scraped without its
// title line, whose headline stands over its byline far above the story:
// an email-a-friend form and a list of links between them, and a picture's
// credit line ("Buy a copy of this picture.") right above the story, which
// tells none of it. The headline is the line over the byline, not the
// first line the classifier kept.
func TestSitesFarHeadline(t *testing.T) {
	r := cleanSite(t, "pub29-mailform-style.txt")
	if want := "Pelicans' Varga Signs $88 Million Extension"; r.Title != want {
		t.Errorf("title %q, want %q", r.Title, want)
	}
	if b := blockWith(r, "Nikolai Varga got the longest deal"); b == nil || b.Removed != "" {
		t.Errorf("lede not kept (%v)", b)
	}
}
