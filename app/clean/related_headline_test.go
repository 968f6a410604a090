package clean

import (
	"strings"
	"testing"
)

// TestRelatedListEndsAtHeadline: the list of links under "Most popular" ends
// at the headline the page's title line holds beside the site's name: the
// headline, the byline under it and the article's opening stay.
func TestRelatedListEndsAtHeadline(t *testing.T) {
	lines := []string{
		"Notes on tide tables — The Harbour Log",
		"Home",
		"Most popular",
		"The Harbour Log",
		"A blog about boats and weather",
		"Notes on tide tables",
		"by Anna on March 3, 2012",
		"This spring I compared three tide tables for the same small harbour and found a surprise:",
		"Two of them disagreed by almost an hour on the morning of the equinox, and neither said why.",
	}
	d := newDoc(strings.Join(lines, "\n\n"))
	ruleRelated(d)
	want := map[string]string{
		"Most popular":                   ReasonRelated,
		"The Harbour Log":                ReasonRelated,
		"A blog about boats and weather": ReasonRelated,
		"Notes on tide tables":           "",
		"by Anna on March 3, 2012":       "",
		lines[7]:                         "",
		lines[8]:                         "",
	}
	for _, b := range d.blocks {
		if w, ok := want[b.text]; ok && b.removed != w {
			t.Errorf("%q: removed %q, want %q", b.text, b.removed, w)
		}
	}
}
