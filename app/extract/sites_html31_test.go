package extract_test

import "testing"

// TestSitesLeftovers reads four of html30's pages whose leftovers stayed:
// Mail Online's bullets under a headline in an <h2> (no <h1>) were lost,
// and the BBC's regional call for stories ("... tell us about a story you
// think we should be covering here."), NPR's transcript disclaimer
// (class="disclaimer") and Wikinews' licence and sister-project boxes
// ("licensetpl", "sisterproject") were kept.
func TestSitesLeftovers(t *testing.T) {
	checkHTMLSites(t, []htmlSite{
		{
			file: "dailymail-mol.page", title: "Village postmistress, 81, retires after 60 years behind the counter", publisher: "Mail Online", date: "2026-11-27",
			kept: []string{"Edna Hargreaves started at the post office in Little Sowerby in 1966", "She has sold stamps to four generations", "A postmistress who has worked"},
		},
		{
			file: "bbc-components.page", title: "Village shop saved by 300 residents buying shares", publisher: "BBC News", date: "2026-11-29",
			kept:    []string{"rural community council."},
			notKept: []string{"Listen to highlights", "we should be covering"},
		},
		{
			file: "npr-story.page", title: "A small-town orchestra that refuses to retire", publisher: "NPR", date: "2026-11-30",
			kept:    []string{"Harcourt has already marked her part."},
			notKept: []string{"transcripts may vary"},
			raw:     []string{"transcripts may vary"},
		},
		{
			file: "wikinews-article.page", title: "Volunteers count record number of swifts over Lake Brenna", publisher: "Wikinews", date: "2026-06-02",
			kept:    []string{"fallen by more than half since the 1990s."},
			notKept: []string{"Find more on Wikipedia", "Creative Commons"},
			raw:     []string{"Find more on Wikipedia", "Creative Commons"},
		},
	}, true)
}
