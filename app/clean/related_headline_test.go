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

// TestRelatedIntroInWords: a short line that starts with "Related" in words
// of its site's own ("Related posts worth a look", "Related Recipes &
// Stories:") heads a list of links like the intros it knows; the list goes
// with it as related stories, the article stays.
func TestRelatedIntroInWords(t *testing.T) {
	page := commentsArticle + "\nRelated posts worth a look\n\nNew work: Harbour Pilots (9)\n\nNew work: Ferry Timetables (17)\n\nNew work: Breakwater Survey (5)\n"
	r := Clean(page)
	for _, b := range r.Blocks {
		text := b.Text()
		switch {
		case strings.HasPrefix(text, "New work") && b.Removed != ReasonRelated:
			t.Errorf("%q: removed %q, want %q", text, b.Removed, ReasonRelated)
		case strings.Contains(text, "western arm") && b.Removed != "":
			t.Errorf("the article lost %q (%s)", text, b.Removed)
		}
	}
}
