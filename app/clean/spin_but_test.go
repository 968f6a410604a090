package clean

import (
	"strings"
	"testing"
)

// TestButOpening: in a spun article, "Merely" opening a sentence or a
// clause after a comma before a pronoun ("Merely what happens next is
// unclear", ", merely it is") is the spinner's "But",
// which the news model leaves ("Just" and "Only" read about as well to
// it); in a clean article it stays.
func TestButOpening(t *testing.T) {
	spun := "The sojourn comes arsenic North Korean troops are grooming successful Russia and could beryllium deployed to combat Ukraine. " +
		"Merely what happens next is unclear. " +
		"He said helium would not comment connected the details of the talks, which volition continue next week.\n"
	if got := shownBody(spun); !strings.Contains(got, "But what happens next") {
		t.Errorf("spun article: %q", got)
	}
	spun = strings.Replace(spun, "Merely what happens next is unclear.", "The talks went well, merely their outcome is unclear.", 1)
	if got := shownBody(spun); !strings.Contains(got, "went well, but their outcome") {
		t.Errorf("spun article, after a comma: %q", got)
	}
	if got := shownBody(strings.Replace(spun, "merely their outcome", "merely now their outcome", 1)); strings.Contains(got, "but now") {
		t.Errorf("spun article, \", merely now\" (\", just now\") repaired: %q", got)
	}
	clean := "The visit comes as troops are training in Russia. Merely what happens next is unclear, the spokeswoman said.\n"
	if got := shownBody(clean); !strings.Contains(got, "Merely what happens next") {
		t.Errorf("clean article repaired: %q", got)
	}
}
