package clean

import "testing"

// TestBodyOverFooter: a league blog's photo post, scraped without its
// title line: a headline, a byline, one paragraph the classifier doubts
// (removed at 0.67), the pictures' captions and credits, a share bar, then
// the post's footer ("Posted in: Touchline | comments |") and the comment
// guidelines, which the classifier keeps. The body found was the
// guidelines, and the footer the title; the post's paragraph above the
// footer is the body. A categories line under a headline-shaped sentence
// ("Categories: Travel, Food") counts no comments and ends no post.
func TestBodyOverFooter(t *testing.T) {
	lines := []articleRunLine{
		{"Official Blog of the Harbour League", "", true, 0.99},
		{"Home", "", true, 0.99},
		{"Best of Round 9 in Pictures", "", true, 0.8},
		{"By League Staff |", "", true, 0.94},
		{"Each week of the season our photographers pick their favourite frames from the grounds, and here are the picks for Round 9.", "", true, 0.67},
		{"Eastport Gulls at Northfield Rams", "", true, 0.83},
		{"(Ada Morrow/League Photos)", "", true, 0.81},
		{"Westmere Otters at Coldwater Pikes", "", true, 0.89},
		{"(Lew Hart/Press Pool)", "", true, 0.86},
		{"Share this:", "", true, 0.95},
		{"Email", "", true, 0.99},
		{"Posted in: Touchline | comments |", "", true, 0.88},
		{"Guidelines: Comments should follow the league's community rules, and those that do not will be removed by the moderators.", "", false, 0.27},
		{"Comments may be no longer than 1500 characters and appear on the site shortly after they are sent.", "", false, 0.2},
	}
	const post, guidelines = 4, 12
	d, dec := articleRunDoc(t, lines)
	first := d.firstProse()
	if first != post {
		t.Fatalf("first prose %d, want %d", first, post)
	}
	if got := bodyOverFooter(d, dec, first, guidelines); got != post {
		t.Errorf("body %d (%q), want the post's paragraph %d", got, d.blocks[max(got, 0)].text, post)
	}

	lines = []articleRunLine{
		{"Morning Brew: five things to know before you leave the house today.", "", true, 0.8},
		{"Categories: Travel, Food, Weather", "", true, 0.9},
		{"Good morning, readers, and welcome back to the list we send out before the first train leaves the station.", "", false, 0.3},
	}
	d, dec = articleRunDoc(t, lines)
	if first := d.firstProse(); first != 0 {
		t.Fatalf("first prose %d, want 0", first)
	} else if got := bodyOverFooter(d, dec, first, 2); got != 2 {
		t.Errorf("body %d (%q), want the body found, 2", got, d.blocks[max(got, 0)].text)
	}
}
