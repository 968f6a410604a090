package clean

import "testing"

// TestHeadlineOverLongerDeck: a headline in sentence case over its deck,
// a longer sentence that retells more of the lede's words, past the date
// between them: the headline is the shorter line on top. A headline in
// capitals under a label does not give way to it.
func TestHeadlineOverLongerDeck(t *testing.T) {
	lede := []string{
		"A fisheries inspector said on Monday the harbour wall that collapsed in last week's storm had been weakened by years of missed repairs, and the fleet may stay ashore for a month.",
		"The wall, built in 1911, protects the inner harbour where forty boats moor; the council had put off its repairs twice since 2019 to save money.",
		"Skippers say each idle week costs them thousands, and the council has promised an answer on the repairs by Friday.",
	}
	above := []string{"Home", "News", "Local", "Sport", "Weather"}
	headline := "Storm wall 'neglected for years'"
	deck := "Fisheries inspector says the harbour wall that collapsed had missed repairs and the fleet may stay ashore for a month"
	page := append(append(append([]string{}, above...), headline, "Mon, 9 Mar 2026 10:15", deck), lede...)
	if got, _ := learnedHeadline(page, deck); got != headline {
		t.Errorf("headline %q, want the headline over its deck", got)
	}
}

// TestHeadlineOverCaptionOneWord: a short headline naming the story by one
// word ("Marsh raring to go again") over the date and a picture's caption
// in sentence case, three words longer, that names more of the lede: the
// headline is the line on top.
func TestHeadlineOverCaptionOneWord(t *testing.T) {
	lede := []string{
		"Jo Marsh is ready to race again after a season in which her yacht was damaged twice and her crew left for a rival team.",
		"The 31-year-old skipper, speaking at the launch of the new boat in Cowes, said she had never felt fitter.",
		"Her first race of the season is in May.",
	}
	headline := "Marsh raring to go again"
	caption := "Jo Marsh attended the launch of the new yacht in Cowes"
	page := append([]string{"Home", "Sport", "Sailing", headline, "Monday, 9 Mar 2026 22:36", caption}, lede...)
	if got, _ := learnedHeadline(page, caption); got != headline {
		t.Errorf("headline %q, want the headline over the caption", got)
	}
}
