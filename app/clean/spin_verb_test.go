package clean

import (
	"strings"
	"testing"
)

// TestAfterNoWriter: in a spun article, a word WordNet knows as a verb
// alone right after an article or a possessive, or as neither a verb nor
// an adverb right after a modal, is the spinner's, repaired to its one
// original where the decision doubted it ("the locate of": site); after
// "her", which may be an object, and in a clean article it stays.
func TestAfterNoWriter(t *testing.T) {
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
	tab := loadTable()
	for text, want := range map[string]bool{
		"the exceed": true, "his publish": true, "angstrom locate": true, // "a locate"
		"will drama": true, "would usage": true, "volition offering": true, // "will offering"
		"her locate": false, "the drama": false, "will exceed": false, "the top": false,
		"will expel": false, "of publish": true, "they drama": false, "May delivery": false, // expel: a word news prose rarely writes
	} {
		tk := tokenize([]Segment{{Text: text}}, text, lower(text))
		// The word before as repaired: "angstrom" (the news model's),
		// "volition" (the rules').
		repl := []string{map[string]string{"angstrom": "a", "volition": "will"}[tk[0].low], ""}
		if got := tab.afterNoWriter(tk, repl, 1); got != want {
			t.Errorf("%q: afterNoWriter %v, want %v", text, got, want)
		}
	}
}
