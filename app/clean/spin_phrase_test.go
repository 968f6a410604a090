package clean

import (
	"strings"
	"testing"
)

// TestPhraseRepair: in a spun article, "past" before a gerund is the
// spinner's "by", "hold to" before a verb its "have to" ("departure to":
// "going to"; "hold" before a participle "have"), "similar" before a noun
// phrase "like", "wholly", "subsequently" and "approximately" before a
// noun phrase's article or possessive its "all", "after" and "about"
// ("some" before "of"; "about" before a pronoun too), and "piece" opening
// a clause its "while", which the news model leaves; the function words' swaps after a determiner that is a
// pronoun or a conjunction too ("such arsenic Intel", "her astatine the
// time", "which volition also") and "as many arsenic" are repaired; "past" after a determiner or a preposition ("any
// past marketing") and "approximately" before a number stay, and a clean
// article is never repaired.
func TestPhraseRepair(t *testing.T) {
	spun := "The sojourn comes arsenic North Korean troops are grooming successful Russia and could beryllium deployed to combat Ukraine. " +
		"%s He said helium would not comment connected the details of the talks, which volition continue next week.\n"
	for _, c := range []struct{ in, want string }{
		{"It can be avoided past doing this.", "avoided by doing this"},
		{"Past signing the deal, the club secured its future.", "By signing the deal"},
		{"It spent more than on any past marketing effort.", "any past marketing"},
		{"The firm will hold to sell the plant.", "will have to sell"},
		{"Prosecutors dropped wholly the charges against him.", "dropped all the charges"},
		{"Prices kept dipping subsequently the storm.", "dipping after the storm"},
		{"She spoke publicly approximately her illness.", "publicly about her illness"},
		{"They needed approximately of the votes.", "needed some of the votes"},
		{"The firm sells approximately 60% of its output.", "approximately 60% of"},
		{"Smith scored twice piece Jones added a third.", "twice while Jones"},
		{"He waited outside piece she was inside.", "outside while she"},
		{"It cost him a piece of his savings.", "a piece of his"},
		{"Oil prices hold soared to new highs.", "prices have soared"},
		{"It was departure to be hard, he said.", "was going to be"},
		{"It is not similar the old days.", "not like the old"},
		{"Nobody was talking approximately it.", "talking about it"},
		{"Rivals such arsenic Intel were slower.", "such as Intel"},
		{"It hit as many arsenic two million people.", "as many as two million"},
		{"Police were interviewing her astatine the time.", "her at the time"},
		{"The cost is put astatine that astatine least 100 jobs.", "that at least"},
		{"It is a plan which volition also cut costs.", "which will also"},
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

// TestPhraseDoubt: where the learned decision doubts a word the lattice
// weighed strongly (log-odds under phraseDoubt), the phrase rules leave it
// as written ("hold to" may be "agree to"); where it doubts less, or
// decides nothing, they repair it.
func TestPhraseDoubt(t *testing.T) {
	const text = "The sojourn comes arsenic North Korean troops are grooming successful Russia and could beryllium deployed to combat Ukraine. " +
		"The firm will hold to sell the plant. He said helium would not comment connected the details of the talks.\n"
	tab := loadTable()
	defer func(f repairForest) { tab.forest = f }(tab.forest)
	for _, c := range []struct {
		leaf, want string // the one tree's log-odds (thousandths), the words shown
	}{
		{"1000", "will hold to sell"},
		{"3000", "will have to sell"},
		{"", "will have to sell"},
	} {
		tab.forest = repairForest{}
		if c.leaf != "" {
			tab.forest.parseLine("#d 3250 4900 1")
			tab.forest.parseLine("#t 0 0 " + c.leaf + " " + c.leaf)
			if tab.forest.leaf == nil {
				t.Fatal("test forest not read")
			}
		}
		if got := shownBody(text); !strings.Contains(got, c.want) {
			t.Errorf("decision's log-odds %q: %q lacks %q", c.leaf, got, c.want)
		}
	}
}
