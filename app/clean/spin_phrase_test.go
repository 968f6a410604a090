package clean

import (
	"strings"
	"testing"
)

// TestPhraseRepair: in a spun article, "past" before a gerund is the
// spinner's "by" and "hold to" before a verb its "have to", which the news
// model leaves; "past" after a determiner or a preposition ("any past
// marketing") stays, and a clean article is never repaired.
func TestPhraseRepair(t *testing.T) {
	spun := "The sojourn comes arsenic North Korean troops are grooming successful Russia and could beryllium deployed to combat Ukraine. " +
		"%s He said helium would not comment connected the details of the talks, which volition continue next week.\n"
	for _, c := range []struct{ in, want string }{
		{"It can be avoided past doing this.", "avoided by doing this"},
		{"Past signing the deal, the club secured its future.", "By signing the deal"},
		{"It spent more than on any past marketing effort.", "any past marketing"},
		{"The firm will hold to sell the plant.", "will have to sell"},
	} {
		if got := shownBody(strings.Replace(spun, "%s", c.in, 1)); !strings.Contains(got, c.want) {
			t.Errorf("spun article, %q: %q", c.in, got)
		}
	}
	clean := "The visit comes as troops are training in Russia. The firm cut costs past closing time, and they hold to account no one.\n"
	if got := shownBody(clean); !strings.Contains(got, "past closing time, and they hold to account") {
		t.Errorf("clean article repaired: %q", got)
	}
}
