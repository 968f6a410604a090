package clean

import "testing"

// TestTitleNotCommentCount: a blog's line of categories and its comments'
// count ("In Gardening, Allotments | No Comment"), first on a page scraped
// without its title line and its headline, is the post's metadata, not its
// title; a headline of words is no such line.
func TestTitleNotCommentCount(t *testing.T) {
	page := "In Gardening, Allotments | No Comment\n" +
		"Raised beds are the easiest way to start an allotment when the soil is heavy clay and drains slowly.\n" +
		"Build them from untreated timber, fill them with compost and topsoil, and plant the first crops within a week.\n"
	r := Clean(page)
	if r.Title == "In Gardening, Allotments" || r.Title == "In Gardening, Allotments | No Comment" {
		t.Errorf("title %q, want none from the category line", r.Title)
	}
	if r.Publisher == "No Comment" {
		t.Errorf("publisher %q, want none", r.Publisher)
	}
	for s, want := range map[string]bool{
		"In Networking, Social Media | No Comment":   true,
		"1 Comment » | Published in Architecture":    true,
		"Posted in Carnivals | 12 Responses":         true,
		"Council Votes On Comments | Harbour Ledger": false,
		"No Comments": false,
	} {
		if got := commentCountLine(s); got != want {
			t.Errorf("commentCountLine(%q) = %v, want %v", s, got, want)
		}
	}
}
