package boiler

import "testing"

// standInPage is a page scraped without its HTML title line: a menu whose
// last entries repeat each other's words, then the headline over its byline
// and the story.
var standInPage = []string{
	"EDITION: North Vale",
	"Home",
	"Vale",
	"North",
	"Weather",
	"Sport",
	"Harbour cranes return to Millbrook after a long winter",
	"By Tamsin Orley, Staff Writer",
	"Updated 9:12 AM, Tuesday March 3, 2026",
	"The three cranes that left the harbour at Millbrook in the autumn came back on Monday, towed by two tugs from the yard at Fenwick.",
	"They had been away for repairs to their arms and cabins, the harbour board said, and the work took longer than the board had hoped.",
	"Dock workers gathered on the quay to watch them arrive, and some of them said that the harbour had looked empty without them.",
	"The board expects the cranes to be working again by the end of the month, when the first of the spring ships is due in.",
}

func TestStandInHeadline(t *testing.T) {
	lex := Default().lexicon()
	rows, st := features(standInPage, lex)
	start, _ := mainRegion(st)
	if h := standInHeadline(standInPage, st, duplicates(standInPage), start); h != 6 {
		t.Fatalf("stand-in headline %d, want 6", h)
	}
	// The headline is the line the features place the others against
	// ("North" repeats the first line's words, but names no story).
	for i := range standInPage {
		f := rows[i*numFeatures : (i+1)*numFeatures]
		if f[fHasHeadline] != 1 {
			t.Fatalf("line %d: no headline", i)
		}
		if want := float32(max(min(i-6, 20), -20)) / 20; f[fHeadline] != want {
			t.Errorf("line %d: headline feature %v, want %v", i, f[fHeadline], want)
		}
	}
	// With its title line, the headline under it repeats it: no stand-in.
	titled := append([]string{"Harbour cranes return to Millbrook after a long winter - The Millbrook Post"}, standInPage...)
	rows, _ = features(titled, lex)
	if f := rows[7*numFeatures:]; f[fHeadline] != 0 || f[fTitleOverlap] != 1 {
		t.Errorf("titled page: headline feature %v, overlap %v", f[fHeadline], f[fTitleOverlap])
	}
}

// TestStandInHeadlineNot: a writer's role under the byline, and a comment's
// name over its stamp (the stamp repeated down the thread), stand in for
// no headline.
func TestStandInHeadlineNot(t *testing.T) {
	for _, page := range [][]string{
		{"Home", "News", "By Orla Finch", "Harbour and Shipping Reporter", "March 3, 2026",
			standInPage[9], standInPage[10], standInPage[11], standInPage[12]},
		{"Home", "Comments", "The quiet reader", "March 3, 2026 | Permalink", "Lovely!",
			"Mara from the hill", "March 3, 2026 | Permalink", "So true.",
			"Old harbour hand", "March 3, 2026 | Permalink", "Agreed.",
			"Fenwick dock fan", "March 3, 2026 | Permalink",
			standInPage[9], standInPage[10], standInPage[11], standInPage[12]},
	} {
		_, st := features(page, Default().lexicon())
		start, _ := mainRegion(st)
		if h := standInHeadline(page, st, duplicates(page), start); h >= 0 {
			t.Errorf("stand-in %q on %q", page[h], page[2])
		}
	}
}

// TestStandInHeadlineLong: a headline long enough to open the main region
// (twelve words, function words among them) stands in all the same.
func TestStandInHeadlineLong(t *testing.T) {
	page := append([]string{"Skip to content", "Home", "Harbour", "Weather",
		"Why the harbour board waited so long to bring the cranes back home",
		"by Tamsin Orley on March 3, 2026"}, standInPage[9:]...)
	_, st := features(page, Default().lexicon())
	start, _ := mainRegion(st)
	if h := standInHeadline(page, st, duplicates(page), start); h != 4 {
		t.Errorf("stand-in %d (main region from %d), want 4", h, start)
	}
}
