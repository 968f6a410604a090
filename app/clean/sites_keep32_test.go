package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

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
			"means a lost pass. Riders can also start a sync from the website up to",
			"10 minutes after logging in to their account.",
		},
		removed: []gone{{"Related Links", ReasonRelated}, {"Privacy Policy", ReasonNav}},
	}})
}

// TestSitesBlogBylines cleans a blog's post whose byline ("Written on
// August 9, 2026 by Jane Roe in Theatre") has the shape of the bylines over
// the teasers of its other posts below, and whose header links to its
// comments with the count ("4 Comments") the comment section's heading
// repeats: the post is the article, not the first of the comments; the
// comment section starts at the repeat.
func TestSitesBlogBylines(t *testing.T) {
	checkSites(t, []siteCase{{
		file:      "keep32-blog-bylines-style.txt",
		publisher: "-",
		kept: []string{
			"The Harbour Theatre could not wait until the press night to say it.",
			"Quint is the least expected choice because",
			"She is the one who asks the audience what it wants",
		},
		removed: []gone{{"0 Comments - Leave a comment!", ReasonComments}},
	}})
	raw, err := os.ReadFile(filepath.Join("testdata", "sites", "keep32-blog-bylines-style.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d := newDoc(string(raw))
	for _, at := range datedSignatures(d) {
		if strings.HasPrefix(d.blocks[at].text, "Written on August 9") {
			t.Errorf("the post's own byline signs comments: %q", d.blocks[at].text)
		}
	}
}
