package clean

import (
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/parse"
)

// TestDatesHoldFourDigits: firstDate skips a text without four digits in a
// row, as every date parse.DateLen reads holds its year's; a new form of
// date without them must change firstDate's shortcut too.
func TestDatesHoldFourDigits(t *testing.T) {
	for _, s := range []string{"2024-03-25", "2024/3/5", "25/03/2024", "25.03.2024", "March 25, 2024",
		"Mar. 25 2024", "25 March 2024", "Wednesday, 30 October 2024", "1st May 2019", "Sept 3rd, 2021"} {
		n := parse.DateLen(s)
		if n == 0 {
			t.Errorf("DateLen(%q) = 0", s)
			continue
		}
		if !fourDigits(s[:n]) {
			t.Errorf("date %q has no four digits in a row", s[:n])
		}
	}
	for s, want := range map[string]bool{"": false, "123": false, "12 34 56": false, "a1234": true, "x 2024": true, "99-999": false} {
		if got := fourDigits(s); got != want {
			t.Errorf("fourDigits(%q) = %v, want %v", s, got, want)
		}
	}
	if got := firstDate("Posted on March 25 at 10:30"); got != "" {
		t.Errorf("a date without a year: %q", got)
	}
	if got := firstDate("Posted on March 25, 2024 at 10:30"); got != "2024-03-25" {
		t.Errorf("got %q, want 2024-03-25", got)
	}
}

// TestPublisherMatcher: the matcher finds the publisher cues a line holds,
// as strings.Contains does, wherever they stand in it.
func TestPublisherMatcher(t *testing.T) {
	for _, s := range []string{"© 2024 example news", "copyright (c) 2010 the times", "support the moscow times!",
		"a message from the team at example", "more from analysis and more from x", "(c) ", "nothing here", "supported by"} {
		found := publisherMatcher.mask(s, false)
		for i, c := range publisherCues {
			if got, want := found&(1<<i) != 0, strings.Contains(s, c); got != want {
				t.Errorf("%q, cue %q: matcher %v, Contains %v", s, c, got, want)
			}
		}
	}
}

// TestPageTitleSplitAgain: the page's title line is split again when its
// text changed (a repaired word, a rule that set it anew), not matched by
// the split of the line it was.
func TestPageTitleSplitAgain(t *testing.T) {
	d := &doc{blocks: []*block{{text: "Summit ends in deadlock | Example News"}}}
	if site, ok := d.pageTitle().echo("Summit ends in deadlock"); !ok || site != "Example News" {
		t.Fatalf("got %q %v, want Example News", site, ok)
	}
	d.blocks[0].text = "Talks resume after summit | Other Daily"
	if _, ok := d.pageTitle().echo("Summit ends in deadlock"); ok {
		t.Error("matched the old title line")
	}
	if site, ok := d.pageTitle().echo("Talks resume after summit"); !ok || site != "Other Daily" {
		t.Errorf("got %q %v, want Other Daily", site, ok)
	}
}
