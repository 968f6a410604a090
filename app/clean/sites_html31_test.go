package clean

import "testing"

// TestSitesTwoSentenceHeadline cleans pages written here whose headline is
// two short sentences ending in a full stop, as Business Insider writes
// some: the whole line is the title, not its first sentence inferred from
// a paragraph, and not the masthead above the menu.
func TestSitesTwoSentenceHeadline(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file:      "html31-bi-twosentences-style.txt",
			title:     "Shipping rates doubled. Here's why retailers aren't worried yet.",
			publisher: "Business Insider",
			kept:      []string{"Freight rates on the main Asia-to-Europe route"},
		},
		{
			file:      "html31-twosentences-style.txt",
			title:     "The council froze fares. Bus users shrugged.",
			publisher: "-",
			kept:      []string{"The city council voted on Thursday"},
		},
	})
	if r := cleanSiteUntitled(t, "html31-bi-twosentences-style.txt"); r.Title != "Shipping rates doubled. Here's why retailers aren't worried yet." {
		t.Errorf("without the title line: title %q", r.Title)
	}
}
