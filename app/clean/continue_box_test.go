package clean

import (
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/boiler"
)

// TestContinueAfterBox: the article's sentences after a box the named rules
// took out (a newsletter sign-up) come back when the classifier only
// doubts them; a near-certain one stays out, and so do sentences after a
// line the classifier itself removed (a commenter's name), as comments.
func TestContinueAfterBox(t *testing.T) {
	s := func(n int) string {
		return "The council said on Tuesday that the bridge would stay closed for " + strings.Repeat("another ", n) + "year."
	}
	lines := []string{
		s(1),                         // 0 kept sentence
		"Sign up for our newsletter", // 1 box (named rule)
		s(2),                         // 2 cut, doubtful: back
		s(3),                         // 3 cut, doubtful: back (follows one that came back)
		s(4),                         // 4 cut, near-certain: stays out
		s(5),                         // 5 cut, doubtful but after a near-certain one: stays out
		s(6),                         // 6 kept sentence
		"Jane Doe",                   // 7 cut by the classifier (a name)
		s(7),                         // 8 cut, doubtful, after the classifier's own removal: stays out
		"Newsletter box",             // 9 box
		s(8),                         // 10 cut, doubtful, after a box but no kept sentence since 7: stays out
	}
	d := newDoc(strings.Join(lines, "\n\n"))
	if len(d.blocks) != len(lines) {
		t.Fatalf("%d blocks, want %d", len(d.blocks), len(lines))
	}
	decisions := make([]boiler.Decision, len(lines))
	var cut []int
	for _, i := range []int{2, 3, 4, 5, 7, 8, 10} {
		decisions[i] = boiler.Decision{P: 0.8, Boilerplate: true}
		d.blocks[i].removed = "boilerplate"
		cut = append(cut, i)
	}
	decisions[4].P = 0.99
	d.blocks[1].removed = ReasonNewsletter
	d.blocks[9].removed = ReasonNewsletter
	continueAfterBox(d, cut, decisions)
	want := []bool{true, false, true, true, false, false, true, false, false, false, false}
	for i, b := range d.blocks {
		if b.kept() != want[i] {
			t.Errorf("line %d %q: kept %v, want %v", i, lines[i], b.kept(), want[i])
		}
	}
}

// TestContinueAfterBoxRelated: a list of other stories the named rules
// took out ends the article, so a doubted paragraph under it (the site's
// "about us" blurb) does not come back as the article's.
func TestContinueAfterBoxRelated(t *testing.T) {
	lines := []string{
		"The council said on Tuesday that the bridge would stay closed for another year.", // 0 kept sentence
		"Related coverage",                           // 1 related (named rule)
		"Bridge repairs delayed again as costs rise", // 2 related (named rule)
		"The Daily Example is an independent news organization dedicated to factual reporting.", // 3 cut, doubtful: stays out
	}
	d := newDoc(strings.Join(lines, "\n\n"))
	if len(d.blocks) != len(lines) {
		t.Fatalf("%d blocks, want %d", len(d.blocks), len(lines))
	}
	decisions := make([]boiler.Decision, len(lines))
	decisions[3] = boiler.Decision{P: 0.8, Boilerplate: true}
	d.blocks[1].removed = ReasonRelated
	d.blocks[2].removed = ReasonRelated
	d.blocks[3].removed = "boilerplate"
	continueAfterBox(d, []int{3}, decisions)
	if d.blocks[3].kept() {
		t.Errorf("%q came back after a list of related stories", lines[3])
	}
	// The same paragraph after a newsletter box comes back.
	d.blocks[1].removed = ReasonNewsletter
	d.blocks[2].removed = ReasonNewsletter
	continueAfterBox(d, []int{3}, decisions)
	if !d.blocks[3].kept() {
		t.Errorf("%q did not come back after a newsletter box", lines[3])
	}
}

// TestContinueAfterBoxTeaser checks that a sentence after an inline teaser
// (a label and one headline) comes back when it tells the article's story,
// and stays out when it does not (a site's blurb).
func TestContinueAfterBoxTeaser(t *testing.T) {
	for _, c := range []struct {
		after string
		back  bool
	}{
		{"The ferry operator said the new timetable would start in April, after the harbour works.", true},
		{"The Daily Example is an independent news organization dedicated to factual reporting.", false},
	} {
		lines := []string{
			"The ferry operator cut its winter timetable to two crossings a day on Monday.", // 0 kept sentence
			"Read also:", // 1 related (named rule)
			"Bridge repairs delayed again as costs rise", // 2 related (named rule)
			c.after, // 3 cut by the classifier
		}
		d := newDoc(strings.Join(lines, "\n\n"))
		decisions := make([]boiler.Decision, len(lines))
		decisions[3] = boiler.Decision{P: 0.85, Boilerplate: true}
		d.blocks[1].removed = ReasonRelated
		d.blocks[2].removed = ReasonRelated
		d.blocks[3].removed = "boilerplate"
		continueAfterBox(d, []int{3}, decisions)
		if d.blocks[3].kept() != c.back {
			t.Errorf("%q kept %v after an inline teaser, want %v", c.after, d.blocks[3].kept(), c.back)
		}
	}
}

// TestContinueAfterBoxLabel checks that a sentence under a kept label
// ("Notes to editors:") comes back when it speaks of the article's story.
func TestContinueAfterBoxLabel(t *testing.T) {
	lines := []string{
		"The ministry will pay for twelve new ferries for the island routes by 2029.", // 0 kept sentence
		"Notes to editors:", // 1 kept label
		"The twelve island routes are listed on the ministry's ferries page.", // 2 cut by the classifier
	}
	d := newDoc(strings.Join(lines, "\n\n"))
	decisions := make([]boiler.Decision, len(lines))
	decisions[2] = boiler.Decision{P: 0.88, Boilerplate: true}
	d.blocks[2].removed = "boilerplate"
	continueAfterBox(d, []int{2}, decisions)
	if !d.blocks[2].kept() {
		t.Errorf("%q under a kept label did not come back", lines[2])
	}
}
