package clean

import (
	"strings"
	"testing"
)

// TestHeadlineByStrongEcho: on a page scraped without its title line, a
// list of the site's most read stories stands between the headline and the
// article, and one of its teasers, nearest the text, names a word of the
// story ("Trading plan under fire" over "Under-fire ferry skipper
// ..."); the headline further up names most of it and is the headline. Two
// lines of a list of the site's pages that tell the story alike ("..., Part
// 1", "..., Part 2") are no headline.
func TestHeadlineByStrongEcho(t *testing.T) {
	lines := []string{
		"Home", "News", "Sport", "Weather",
		"Ferry skipper Marsh quits after storm row",
		"Most Read Articles",
		"Mayor opens new library wing",
		"Council backs bigger bins plan",
		"Trading plan under fire",
		"Under-fire ferry skipper Jo Marsh has quit after a storm row, saying a review of the crossing had left her no choice.",
		"Marsh, who took the helm three years ago, said the harbour board had not backed her during the storm.",
	}
	d := newDoc(strings.Join(lines, "\n\n"))
	if e := headlineByEcho(d, 8, 9, nil); e != 4 {
		t.Errorf("headlineByEcho over the teaser = %d, want 4 (the headline)", e)
	}
	lines[6], lines[7] = "Ferry skipper Marsh quits after storm row, Part 1", "Ferry skipper Marsh quits after storm row, Part 2"
	lines[4] = "Harbour Life"
	d = newDoc(strings.Join(lines, "\n\n"))
	if e := headlineByEcho(d, 8, 9, nil); e >= 0 {
		t.Errorf("headlineByEcho over a list of parts = %d (%q), want none", e, d.blocks[e].text)
	}
}
