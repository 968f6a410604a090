package clean

import (
	"strings"
	"testing"
)

// TestVerbAfterArticle: in a spun article, a word WordNet knows as a verb
// alone right after an article or a possessive is the spinner's, repaired
// to its one original where the decision doubted it ("the locate of":
// site); after "her", which may be an object, and in a clean article it
// stays.
func TestVerbAfterArticle(t *testing.T) {
	spun := "The sojourn comes arsenic North Korean troops are grooming successful Russia and could beryllium deployed to combat Ukraine. " +
		"%s He said helium would not comment connected the details of the talks, which volition continue next week.\n"
	for _, c := range []struct{ in, want string }{
		{"The group moved to the locate of the old mill.", "to the site of"},
		{"He asked them to help her locate the files.", "help her locate"},
	} {
		if got := shownBody(strings.Replace(spun, "%s", c.in, 1)); !strings.Contains(got, c.want) {
			t.Errorf("spun article, %q: %q", c.in, got)
		}
	}
	clean := "The visit comes as troops are training in Russia. It climbed into the exceed three of the league.\n"
	if got := shownBody(clean); !strings.Contains(got, "the exceed three") {
		t.Errorf("clean article repaired: %q", got)
	}
	if e, ok := loadTable().entry("exceed"); !ok || !e.verb {
		t.Errorf("exceed: %+v, want a verb alone", e)
	}
	if e, ok := loadTable().entry("top"); ok && e.verb {
		t.Errorf("top: %+v, not a verb alone", e)
	}
}
