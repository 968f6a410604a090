package clean

import "testing"

// TestSitesNumberedHead cleans a list article as an imported HTML page
// gives it (the title, the line naming the site and the date, then the
// body): its first item's heading, short under the header's line, went
// as the page's navigation ("1. Curtains that reach the floor").
func TestSitesNumberedHead(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file:      "html32-listicle-style.txt",
			title:     "Six cheap ways to keep a drafty house warm",
			publisher: "Homefront Weekly",
			date:      "2026-11-30",
			kept:      []string{"1. Curtains that reach the floor", "2. A draught snake for the door"},
		},
		{
			// The line without a site: "Published on 2026-10-02".
			file:      "html32-listicle-nosite-style.txt",
			title:     "Four walks for a wet weekend",
			publisher: "-",
			date:      "2026-10-02",
			kept:      []string{"1. Riverside boardwalk", "4. Canal towpath"},
		},
	})
}

// TestSitesRelativeStamp cleans a German regional page whose headline
// stands over "Aktualisiert vor 12 Min.": a time stamp counted back from
// when the page was saved, as "3 hours ago" is in English, kept as a
// line of the article.
func TestSitesRelativeStamp(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file:      "html32-relative-style.txt",
			title:     "Neue Buslinie verbindet Dörfer im Tal mit dem Bahnhof",
			publisher: "-",
			kept:      []string{"Ab dem 1. Juni fährt ein neuer Bus stündlich", "Es gilt der normale Tarif des Verkehrsverbunds."},
			removed:   []gone{{"Aktualisiert vor 12 Min.", ReasonMetadata}},
		},
	})
}
