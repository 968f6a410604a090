package clean

import "testing"

// TestSitesKickerOverHeadline cleans pages whose title line is "Kicker:
// Headline | Site" and which print the kicker and the headline on lines of
// their own over the article: the headline is the title, shown once.
func TestSitesKickerOverHeadline(t *testing.T) {
	cases := []siteCase{
		{
			file:      "kick33-kicker-style.txt",
			title:     "Ministers agree quotas",
			publisher: "Example News",
			kept:      []string{"Ministers from both sides of the Channel agreed"},
		},
		{
			file:      "lang32-tagesschau-style.txt",
			title:     "Dresden sperrt Terrassenufer",
			publisher: "tagesschau.de",
			kept:      []string{"Nach tagelangem Regen steigt die Elbe"},
		},
	}
	checkSites(t, cases)
	for _, c := range cases {
		r := cleanSite(t, c.file)
		n := 0
		for _, b := range r.Blocks {
			if b.Removed == "" && b.Source() == c.title {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s: the headline kept %d times, want once", c.file, n)
		}
	}
}
