package clean

import (
	"strings"
	"testing"
)

// TestSitesHeadlineUnderMenuCopy cleans a magazine's story whose headline
// stands three times: in the page's title line, as a link in the section's
// menu of stories, and over the article's byline and prose. The title
// block is the article's own headline, not the menu's link to it.
func TestSitesHeadlineUnderMenuCopy(t *testing.T) {
	const head = "Harbour Board Rejects Ferry Operator's Claim to Pier Rights"
	for _, untitled := range []bool{false, true} {
		var r Result
		if untitled {
			r = cleanSiteUntitled(t, "keep35-headline-menu-copy-style.txt")
		} else {
			r = cleanSite(t, "keep35-headline-menu-copy-style.txt")
		}
		if r.Title != head {
			t.Errorf("untitled %v: title %q, want %q", untitled, r.Title, head)
		}
		// The last copy, over the byline, is the title block.
		last := -1
		for i, b := range r.Blocks {
			if strings.HasPrefix(b.Source(), head) {
				last = i
			}
		}
		if last < 0 || r.Blocks[last].Kind != "title" || r.Blocks[last].Removed != "" || !strings.HasPrefix(r.Blocks[last+1].Source(), "By Marta") {
			t.Errorf("untitled %v: the headline over the byline is not the title block (%v)", untitled, r.Blocks[max(last, 0)])
		}
	}
}

// TestSitesReaderQuestion cleans a gardening blog's post that closes with
// the writer's question to the readers and a call to answer it in the
// comments: the post's last paragraph, kept; the share bar under it goes.
func TestSitesReaderQuestion(t *testing.T) {
	checkSites(t, []siteCase{{
		file:      "keep35-reader-question-style.txt",
		title:     "Five Ways to Keep Basil Alive Indoors",
		publisher: "-",
		kept: []string{
			"Pinch out the tops every week.",
			"Have you found another trick that keeps your basil going",
		},
		removed: []gone{{"Share this:", ReasonShare}},
	}})
}
