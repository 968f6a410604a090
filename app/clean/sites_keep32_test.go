package clean

import "testing"

// TestSitesWrappedRelease cleans a press release as a wire's site prints its
// plain text, broken at a fixed width, one line a block: the dateline's line
// that breaks off its sentence ("... in Montreal, the ferry" / "operator
// Harbourline Inc. announced ...") and the lines that carry on a kept
// line of a paragraph stay, however the classifier scores the fragments;
// the site's furniture under it still goes.
func TestSitesWrappedRelease(t *testing.T) {
	checkSites(t, []siteCase{{
		file:      "keep32-wire-wrapped-style.txt",
		title:     "Harbourline launches river ferry app in Ottawa",
		publisher: "-",
		kept: []string{
			"OTTAWA, Jan. 6 /Newswire/ - Today at the transit fair in Montreal, the ferry",
			"operator Harbourline Inc. announced that its booking app will be available in",
			"means a lost pass. Riders can also start a sync from the website as soon",
			"as they have logged in to their account.",
		},
		removed: []gone{{"Related Links", ReasonRelated}, {"Privacy Policy", ReasonNav}},
	}})
}
