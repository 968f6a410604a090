package clean

import (
	"strings"
	"testing"
)

// TestSkipLinksLine: a blog scraped without its title line opens with its
// template's skip links ("skip to main | skip to sidebar"): the line goes
// as navigation and is not the title; the post's own heading is. A
// headline that opens with "Jump to" is no skip link.
func TestSkipLinksLine(t *testing.T) {
	page := strings.Join([]string{
		"skip to main | skip to sidebar",
		"New tide tables for the harbour",
		"Thursday, March 5, 2026",
		"Posted by Jo Reed, Harbour Office",
		"The harbour office has published its tide tables for the coming year, with the times of every high and low water at the north pier.",
		"The tables now show the heights in metres as well as in feet, as sailors asked for at last year's meeting.",
		"Newer Post Older Post Home",
	}, "\n")
	r := Clean(page)
	if r.Title != "New tide tables for the harbour" {
		t.Errorf("title %q", r.Title)
	}
	if body := shownBody(page); strings.Contains(body, "skip to") {
		t.Errorf("skip links kept:\n%s", body)
	}
	for s, want := range map[string]bool{
		"skip to main | skip to sidebar": true, "skip to content | jump to navigation": true, "jump to photo #2": true,
		"jump to the moon, say the harbour's children": false, "skip to main | harbour notes": false,
	} {
		if got := skipLinks(s); got != want {
			t.Errorf("skipLinks(%q) = %v, want %v", s, got, want)
		}
	}
}
