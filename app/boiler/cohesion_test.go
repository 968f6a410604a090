package boiler

import "testing"

// TestCohesion: an article's last paragraph, which reuses the article's
// words, shares most of its content words with the main region; a related
// headline and a footer share none; a word found only on the line itself
// does not count as shared (page written here, after a news site's).
func TestCohesion(t *testing.T) {
	lines := []string{
		"Menu",
		"The harbour reopened to traffic on Monday after a closure that left fishing boats stranded, the port authority said.",
		"Engineers repaired the harbour wall, which collapsed during a storm, and the fishing boats returned on Monday.",
		"Traders said the closure of the harbour had cost them dearly, and the port authority promised a review.",
		"Download the app to share this story: the harbour review and the engineers' report follow in spring.",
		"Celebrity chef opens vegan bakery downtown",
		"Subscribe newsletter privacy cookies",
	}
	sc := newScratch()
	rows, st := featuresIn(sc, lines, lexicon(nil))
	start, end := mainRegion(st)
	if start != 1 || end != 5 {
		t.Fatalf("main region [%d, %d), want [1, 5)", start, end)
	}
	content, shared := cohesion(sc, len(lines), start, end)
	share := func(i int) float32 {
		s := cohesionShare(content[i], shared[i])
		if f := rows[i*numFeatures+fCohesion]; f != s {
			t.Errorf("line %d: feature %v, share %v", i, f, s)
		}
		return s
	}
	if s := share(4); s < 0.3 {
		t.Errorf("the article's last paragraph shares %.2f of its words, want 0.3 or more", s)
	}
	for _, i := range []int{5, 6} {
		if s := share(i); s != 0 {
			t.Errorf("line %d shares %.2f of its words with the article, want 0: %s", i, s, lines[i])
		}
	}
	if share(0) != 0 || content[0] != 1 {
		t.Errorf("menu: %d content words, %d shared; want 1, 0", content[0], shared[0])
	}
	// "download", "story", "spring" are on line 4 alone: not shared.
	if shared[4] == content[4] {
		t.Errorf("line 4: all %d words shared, its own words counted", content[4])
	}
	if got := cohesionShare(0, 0); got != -1 {
		t.Errorf("no content words: %v, want -1", got)
	}
}
