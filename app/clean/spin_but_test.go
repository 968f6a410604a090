package clean

import (
	"strings"
	"testing"
)

// TestButOpening: in a spun article, "Merely" opening a sentence before a
// pronoun ("Merely what happens next is unclear") is the spinner's "But",
// which the news model leaves ("Just" and "Only" read about as well to
// it); in a clean article it stays.
func TestButOpening(t *testing.T) {
	spun := "The sojourn comes arsenic North Korean troops are grooming successful Russia and could beryllium deployed to combat Ukraine. " +
		"Merely what happens next is unclear. " +
		"He said helium would not comment connected the details of the talks, which volition continue next week.\n"
	if got := shownBody(spun); !strings.Contains(got, "But what happens next") {
		t.Errorf("spun article: %q", got)
	}
	clean := "The visit comes as troops are training in Russia. Merely what happens next is unclear, the spokeswoman said.\n"
	if got := shownBody(clean); !strings.Contains(got, "Merely what happens next") {
		t.Errorf("clean article repaired: %q", got)
	}
}
