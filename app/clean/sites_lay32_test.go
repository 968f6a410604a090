package clean

import "testing"

// TestSitesLay32 cleans pages written here in the layouts whose faults
// earlier sessions saw and left (Guardian Australia's live blog, Trinidad
// Express, Puck, UnHerd, VentureBeat, Jacobin, Oman Observer, MaltaToday,
// TheJournal.ie's FactCheck) and of newsrooms the tests had no page of
// (ABS-CBN News, BusinessMirror, Free Malaysia Today, FactCheck.org, the
// Chicago Tribune, News in English Norway, Helsinki Times, The Copenhagen
// Post, Eater, a Scripps station), read as a new user would.
func TestSitesLay32(t *testing.T) {
	checkSites(t, []siteCase{
		{
			// A column's label glued to its headline with a colon.
			file:      "abscbn-analysis-style.txt",
			title:     "Why rice prices did not fall after the tariff cut",
			publisher: "ABS-CBN News",
			date:      "2026-12-05",
			kept:      []string{"Importers say the savings were eaten up"},
		},
		{
			// The title line's domain, which the masthead spells out.
			file:      "trinidadexpress-business-style.txt",
			title:     "Cocoa farmers get new grading centre in Tabaquite",
			publisher: "Trinidad Express Newspapers",
			date:      "2026-12-05",
		},
		{
			// A US magazine's dotted date, month first: the story's
			// other dates are December's, written month first.
			file:      "jacobin-dotted-style.txt",
			publisher: "Jacobin",
			date:      "2026-12-03",
		},
		{
			// The Trending list's last entry is the story's own headline,
			// over it: the headline is the title, the entry goes with
			// its list.
			file:      "omanobserver-trending-port-style.txt",
			title:     "Sohar port handles record container volume",
			publisher: "Oman Observer",
			date:      "2026-12-06",
			removed:   []gone{{"Sohar port handles record container volume", ReasonRelated}},
		},
		{
			// The bio names the byline's writer, a bare name over the
			// date, which no rule had taken when the bios are read.
			file:      "maltatoday-trending-style.txt",
			publisher: "MaltaToday",
			kept:      []string{"The works are expected to cost"},
			removed:   []gone{{"Karl Azzopardi is a journalist at MaltaToday", ReasonBio}},
		},
		{
			// The section's label before the headline in the title line,
			// "FactCheck: ...": the masthead names the publisher.
			file:      "thejournal-factcheck-buses-style.txt",
			title:     "Are Dublin's buses really slower than they were in 2019?",
			publisher: "TheJournal.ie",
		},
		{
			// FMT's caption credit "(Bernama pic)", its call to follow it
			// after "Stay current - ", its initials after its name.
			file:      "fmt-style.txt",
			title:     "Penang to trial cashless parking across the island",
			publisher: "Free Malaysia Today",
			date:      "2026-12-05",
			kept:      []string{"Traders in Chulia Street have asked"},
			removed: []gone{
				{"Parking coupons will be phased out in George Town from March.", ReasonCaption},
				{"Stay current - Follow FMT on WhatsApp", ReasonShare},
			},
		},
		{
			file:      "factcheckorg-style.txt",
			title:     "Post Misrepresents Senate Vote on Veterans' Clinics",
			publisher: "FactCheck.org",
			date:      "2026-12-04",
			kept:      []string{"The bill, which passed 61 to 37"},
		},
		{
			// "More in Transportation" over its teasers.
			file:      "chicagotribune-style.txt",
			title:     "CTA to add late-night trains on Blue Line after rider complaints",
			publisher: "Chicago Tribune",
			date:      "2026-12-05",
			kept:      []string{"The agency also plans to add security staff"},
			removed: []gone{
				{"More in Transportation", ReasonRelated},
				{"Metra to raise fares on three lines", ReasonRelated},
				{"Pace adds bus route to new warehouse district", ReasonRelated},
			},
		},
		{
			file:      "newsinenglish-style.txt",
			title:     "Oslo to limit wood-burning stoves in older flats",
			publisher: "Views and News from Norway",
			date:      "2026-12-04",
			kept:      []string{"The city council is due to vote on the plan in February."},
		},
		{
			file:      "helsinkitimes-style.txt",
			title:     "Tram line to Espoo delayed by a year",
			publisher: "Helsinki Times",
			date:      "2026-12-05",
			kept:      []string{"The city said the extra cost of about 30 million euros"},
		},
		{
			// A station's masthead its dateline tags, "DETROIT (WXYZ) —",
			// over its group's copyright, "Scripps Media, Inc.".
			file:      "scripps-style.txt",
			title:     "Water main break closes two lanes of I-94 in Detroit",
			publisher: "WXYZ 7 Detroit",
			date:      "2026-12-05",
		},
		{
			// The date, its time and the byline after a bar glued to it.
			file:      "cphpost-style.txt",
			title:     "Copenhagen to test driverless buses in Nordhavn",
			publisher: "The Copenhagen Post",
			date:      "2026-12-05",
			kept:      []string{"A safety driver will be on board"},
			removed:   []gone{{"December 5th, 2026 2:45 pm| by Søren Vestergaard", ReasonMetadata}},
		},
		{
			// The standfirst right under the live blog's headline, its
			// first post far below past the key events.
			file:      "guardianau-live-budget-style.txt",
			title:     "Australia news live: Queensland floods cut Bruce Highway near Ingham; RBA holds cash rate",
			publisher: "The Guardian",
			kept:      []string{"Residents north of Townsville told to prepare for more rain", "The Reserve Bank has left the cash rate unchanged"},
		},
		{
			// Without such dates, a dotted date stays day first.
			file:      "jacobin-style.txt",
			publisher: "-",
			date:      "2026-04-12",
		},
	})
}

// TestSitesLay32Untitled cleans pages of those layouts without their
// title line, as a scraper that keeps only the body writes them.
func TestSitesLay32Untitled(t *testing.T) {
	for _, c := range []struct{ file, title, publisher string }{
		// The live blog's headline above its key events, not its
		// latest post's.
		{"guardianau-live-budget-style.txt", "Australia news live: Queensland floods cut Bruce Highway near Ingham; RBA holds cash rate", "The Guardian"},
		// The newsletter's name over the headline, which the lede names
		// ("Welcome back to Capital Notes").
		{"puck-capital-style.txt", "The Quiet Fight Over the Highway Bill", "Puck"},
		{"puck-style.txt", "The Studio Merger Nobody Wants to Talk About", "Puck"},
		// The logo's "VentureBeat Homepage" past the skip link and menu.
		{"venturebeat-robots-style.txt", "Warehouse robot maker adds vision models to its picking arms", "VentureBeat"},
		{"abscbn-analysis-style.txt", "Why rice prices did not fall after the tariff cut", "ABS-CBN News"},
		// The picture's caption, "... (Bernama pic)", is no headline.
		{"fmt-style.txt", "Penang to trial cashless parking across the island", "FMT"},
		// The masthead past the login form's lines, not the copyright's
		// company, "Philippine Business Daily Mirror Publishing, Inc.".
		{"businessmirror-style.txt", "Coconut farmers get P2 billion for replanting", "BusinessMirror"},
		// The logo's link names the site, "Eater NY homepage", over the
		// network's company, "© 2026 Vox Media, LLC".
		{"eater-style.txt", "A Beloved Queens Dumpling Shop Is Moving Two Blocks Away", "Eater NY"},
		{"vox-style.txt", "Why your electricity bill keeps going up", "Vox"},
		// The picture's caption, closing on "(Getty)", is no headline.
		{"unherd-essay-style.txt", "Why nobody trusts the weather forecast anymore", "UnHerd"},
		// The masthead's name and its small word ("from").
		{"newsinenglish-style.txt", "Oslo to limit wood-burning stoves in older flats", "Views and News from Norway"},
		{"omanobserver-trending-port-style.txt", "Sohar port handles record container volume", "Oman Observer"},
	} {
		r := cleanSiteUntitled(t, c.file)
		if r.Title != c.title || r.Publisher != c.publisher {
			t.Errorf("%s untitled: title %q, publisher %q; want %q, %q", c.file, r.Title, r.Publisher, c.title, c.publisher)
		}
	}
	r := cleanSiteUntitled(t, "puck-capital-style.txt")
	if b := blockWith(r, "Capital Notes"); b == nil || b.Removed == "" {
		t.Errorf("puck-capital untitled: the newsletter's name kept (%v)", b)
	}
}
