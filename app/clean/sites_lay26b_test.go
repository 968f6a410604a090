package clean

import (
	"testing"
)

// TestSitesEuropeNorthAmericaOceania cleans pages written here in the
// layouts of more newsrooms in Europe, North America and Oceania as they
// are scraped today (testdata/sites: EUobserver, Euractiv, the Metro, the
// i Paper, ITV News, the Evening Standard, The Sun), each read as a new
// user would; every case below is a fault that reading found.
func TestSitesEuropeNorthAmericaOceania(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file:      "euobserver-style.txt",
			publisher: "EUobserver",
			kept:      []string{"Members of the European Parliament's civil liberties committee"},
			// A caption closing on its labelled credit, no full stop
			// before it.
			removed: []gone{{"A Frontex patrol vessel off the Greek island of Samos (Photo: Frontex)", ReasonCaption}},
		},
		{
			file:      "euractiv-style.txt",
			publisher: "Euractiv",
			kept:      []string{"The European Commission has agreed to delay"},
			// A picture library's credit in brackets.
			removed: []gone{{"Batteries on a production line at a plant in Sweden.", ReasonCaption}},
		},
		{
			file:      "metro-style.txt",
			publisher: "-",
			kept:      []string{"A man who found £12,000 in cash stitched into the lining"},
			removed:   []gone{{"Daniel Hughes found the cash in the lining of a coat (Picture: Daniel Hughes/SWNS)", ReasonCaption}},
		},
		{
			file:      "ipaper-style.txt",
			publisher: "-",
			kept:      []string{"Nurses in England will be asked whether they want to strike"},
			removed:   []gone{{"Nurses at a protest outside Downing Street earlier this year (Photo: Guy Smallman/Getty)", ReasonCaption}},
		},
		{
			file:      "itv-style.txt",
			publisher: "-",
			kept:      []string{"More than twenty flood warnings are in place across Wales"},
			// "Credit:" and the names it labels.
			removed: []gone{{"Flooding in Carmarthen on Wednesday morning Credit: ITV Wales", ReasonCaption}},
		},
		{
			file:      "standard-style.txt",
			publisher: "The Standard",
			kept:      []string{"Tube drivers on the Central line will strike for 48 hours"},
			removed:   []gone{{"Central line trains at White City depot (Getty Images)", ReasonCaption}},
		},
		{
			file:      "thesun-style.txt",
			publisher: "The Sun",
			kept:      []string{"Flights were diverted to Stansted and Luton"},
			// The caption over its "Credit:" line.
			removed: []gone{{"Passengers at the South Terminal on Wednesday morning", ReasonCaption}},
		},
	})
}

// TestSitesOddSiteNames names the publisher of pages whose title line ends
// on a site's name that is no run of capitalised words (testdata/sites:
// Notes from Poland, the i Paper, Swissinfo, news.com.au).
func TestSitesOddSiteNames(t *testing.T) {
	checkSites(t, []siteCase{
		{file: "notesfrompoland-style.txt", publisher: "Notes from Poland"},
		{file: "ipaper-style.txt", publisher: "The i Paper"},
		{file: "swissinfo-style.txt", publisher: "SWI swissinfo.ch"},
		// Not the copyright line's company, "Nationwide News Pty".
		{file: "newscomau-style.txt", publisher: "news.com.au"},
	})
}

// TestSitesAppealsAndPolicies removes the appeals, pitches and notices
// these pages print under their stories (testdata/sites: Notes from
// Poland, The Scotsman, Yle News, ITV News).
func TestSitesAppealsAndPolicies(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file:      "notesfrompoland-style.txt",
			publisher: "Notes from Poland",
			kept:      []string{"Poland currently generates around 55% of its electricity from coal."},
			removed: []gone{
				// In the paper's third person: a non-profit funded by
				// its readers' donations.
				{"Notes from Poland is run by a small editorial team", ReasonDonation},
				// The editor's bio naming the title's site after "of".
				{"Daniel Tilles is editor-in-chief of Notes from Poland.", ReasonBio},
			},
		},
		{
			file:      "scotsman-style.txt",
			publisher: "The Scotsman",
			kept:      []string{"Construction is expected to begin in 2028 and finish in 2032."},
			// A pitch of 36 words telling two offers.
			removed: []gone{{"Did you know with a Digital Subscription to The Scotsman", ReasonDonation}},
		},
		{
			file:      "yle-style.txt",
			publisher: "Yle",
			kept:      []string{"Youth unemployment, among those aged 15 to 24, stood at 24 percent."},
			removed:   []gone{{"Users with an Yle ID can leave comments on our news stories.", ReasonComments}},
		},
		{
			file:      "itv-style.txt",
			publisher: "-",
			kept:      []string{"The Met Office has issued an amber warning for rain until midnight."},
			removed:   []gone{{"Want a quick and expert briefing on the biggest news stories?", ReasonPromo}},
		},
	})
}

// TestSitesPostmedia keeps the last paragraph of a page in Postmedia's
// layout (the National Post), which its labels between paragraphs
// ("Article content") and its empty ad slot ("This advertisement has not
// loaded yet, but your article continues below.") had the classifier take
// for the page's tail.
func TestSitesPostmedia(t *testing.T) {
	checkSites(t, []siteCase{{
		file:      "nationalpost-style.txt",
		publisher: "National Post",
		kept:      []string{"The Conservatives said the findings showed the policy was not working."},
		removed: []gone{
			{"Article content", ReasonNav},
			{"This advertisement has not loaded yet", ReasonAd},
		},
	}})
}

// TestSitesNorthAmericanCaptions removes captions in the shapes North
// American papers credit them (testdata/sites: Global News, CTV News, the
// Miami Herald, The Boston Globe, CalMatters).
func TestSitesNorthAmericanCaptions(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file:      "globalnews-style.txt",
			publisher: "-",
			kept:      []string{"Ontario will fund 2,000 new long-term care beds"},
			// The Canadian Press' outlet in capitals, then the name.
			removed: []gone{{"Ontario's long-term care minister speaks at Queen's Park", ReasonCaption}},
		},
		{
			file:      "ctv-style.txt",
			publisher: "CTV News",
			// The caption repeats the lede: the lede stays.
			kept:    []string{"The woman, in her 60s, was hit by a southbound pickup truck"},
			removed: []gone{{"on Tuesday night. (File photo)", ReasonCaption}},
		},
		{
			file:      "miamiherald-style.txt",
			publisher: "Miami Herald",
			kept:      []string{"Miami-Dade commissioners on Wednesday approved"},
			removed:   []gone{{"Flooding on Brickell Avenue after heavy rain in June. MATIAS J. OCNER", ReasonCaption}},
		},
		{
			file:      "bostonglobe-style.txt",
			publisher: "The Boston Globe",
			kept:      []string{"Shuttle buses will replace trains between Kenmore and Cleveland Circle."},
			removed:   []gone{{"A Green Line train at Cleveland Circle.", ReasonCaption}},
		},
		{
			file:      "calmatters-style.txt",
			publisher: "CalMatters",
			kept:      []string{"About 900,000 students attend summer programs in the state."},
			// The credit line under it, which parse glues on.
			removed: []gone{{"Students at an elementary school in Sacramento on Nov. 12, 2026.", ReasonCaption}},
		},
	})
}

// TestSitesStampedBylines dates pages by a byline run into its stamp and
// a dateline with the day's point (testdata/sites: The Boston Globe,
// EUobserver).
func TestSitesStampedBylines(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file:      "bostonglobe-style.txt",
			publisher: "The Boston Globe",
			date:      "2026-12-03",
			removed:   []gone{{"By Taylor Dolven Globe Staff,Updated December 3, 2026, 5:12 p.m.", ReasonMetadata}},
		},
		{
			file:      "euobserver-style.txt",
			publisher: "EUobserver",
			date:      "2026-12-04",
		},
	})
}

// TestSitesAmericanStamps dates American pages by stamps in their own
// shapes (testdata/sites: Reason, The Intercept).
func TestSitesAmericanStamps(t *testing.T) {
	checkSites(t, []siteCase{
		{
			// "12.3.2026 10:30 AM": dotted, but month first, as the
			// 12-hour clock tells; not 12 March.
			file:      "reason-style.txt",
			publisher: "-",
			date:      "2026-12-03",
		},
		{
			// "December 3 2026, 11:15 a.m.": the time's points end no
			// sentence.
			file:      "intercept-style.txt",
			publisher: "The Intercept",
			date:      "2026-12-03",
			removed:   []gone{{"December 3 2026, 11:15 a.m.", ReasonMetadata}},
		},
	})
}

// TestSitesCaptionLabelsAndEditors removes the AP's "FILE - " caption, a
// screenshot's credit and the note naming a story's editors and
// translators (testdata/sites: VOA, Radio Free Asia, Euractiv).
func TestSitesCaptionLabelsAndEditors(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file:      "voa-style.txt",
			publisher: "-",
			date:      "2026-12-03", // not the caption's
			kept:      []string{"Aid agencies warned of cholera outbreaks in temporary shelters."},
			removed:   []gone{{"FILE - People wade through floodwaters in Beira", ReasonCaption}},
		},
		{
			file:      "rfa-style.txt",
			publisher: "Radio Free Asia",
			kept:      []string{"His lawyer said he would appeal."},
			removed: []gone{
				{"Blogger in court in Hanoi on Wednesday. (Screenshot from state media)", ReasonCaption},
				{"Translated by Anna Vu. Edited by Malcolm Foster.", ReasonMetadata},
			},
		},
		{
			file:      "euractiv-style.txt",
			publisher: "Euractiv",
			removed:   []gone{{"[Edited by Nathalie Weatherald]", ReasonMetadata}},
		},
	})
}

// TestSitesVoxAppeal removes Vox's appeal, which asks for a gift.
func TestSitesVoxAppeal(t *testing.T) {
	checkSites(t, []siteCase{{
		file:      "vox-style.txt",
		publisher: "Vox",
		kept:      []string{"In some states, regulators have approved rate increases"},
		removed:   []gone{{"One of our core beliefs here at Vox", ReasonDonation}},
	}})
}

// TestSitesLanguageMenu removes a site's language menu, each language on
// its line in its own tongue (testdata/sites: Swissinfo, ERR News).
func TestSitesLanguageMenu(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file:      "swissinfo-style.txt",
			publisher: "SWI swissinfo.ch",
			kept:      []string{"No canton approved the proposal."},
			removed: []gone{
				{"English", ReasonNav},
				{"Deutsch", ReasonNav},
				{"Italiano", ReasonNav},
			},
		},
		{
			file:      "err-style.txt",
			publisher: "-",
			removed:   []gone{{"Eesti", ReasonNav}, {"Русский", ReasonNav}},
		},
	})
}

// TestSitesLabels removes labels and buttons these pages print around
// their stories (testdata/sites: the Standard, the National Post, The
// Texas Tribune, Patch).
func TestSitesLabels(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file:      "standard-style.txt",
			publisher: "-",
			removed:   []gone{{"MORE ABOUT", ReasonNav}},
		},
		{
			file:      "nationalpost-style.txt",
			publisher: "-",
			removed:   []gone{{"Author of the article:", ReasonCrumb}},
		},
		{
			file:      "texastribune-style.txt",
			publisher: "The Texas Tribune",
			kept:      []string{"Local officials warned the change would strain city and county budgets."},
			removed:   []gone{{"Join our conversation", ReasonShare}},
		},
		{
			file:      "patch-style.txt",
			publisher: "-",
			kept:      []string{"The Bellevue Avenue branch will stay open with longer hours."},
			removed:   []gone{{"Find out what's happening in Montclair with free, real-time updates from Patch.", ReasonPromo}},
		},
	})
}

// TestSitesOddMastheadsUntitled names the publisher of pages without their
// title line by a masthead that is no run of capitalised words
// (testdata/sites: Notes from Poland, Swissinfo, news.com.au).
func TestSitesOddMastheadsUntitled(t *testing.T) {
	for file, want := range map[string]string{
		"notesfrompoland-style.txt": "Notes from Poland", // not "Notes", of "Support Notes from Poland"
		"swissinfo-style.txt":       "SWI swissinfo.ch",
		"newscomau-style.txt":       "news.com.au", // not the copyright's "Nationwide News Pty"
	} {
		if got := cleanSiteUntitled(t, file).Publisher; got != want {
			t.Errorf("%s without its title line: publisher %q, want %q", file, got, want)
		}
	}
}

// TestSitesFundingDisclosure removes a nonprofit newsroom's note on who
// funds it (testdata/sites: The Texas Tribune).
func TestSitesFundingDisclosure(t *testing.T) {
	checkSites(t, []siteCase{{
		file:      "texastribune-style.txt",
		publisher: "The Texas Tribune",
		kept:      []string{"Under current law, the taxable value of a homestead can rise"},
		removed:   []gone{{"Disclosure: The Texas Association of Realtors has been a financial supporter", ReasonMetadata}},
	}})
}

// TestSitesAppBadges removes the app stores' badges and a share button
// kept as headings (testdata/sites: the Belfast Telegraph, SBS News).
func TestSitesAppBadges(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file:      "belfasttelegraph-style.txt",
			publisher: "-",
			kept:      []string{"Passenger numbers on the line have risen by 40% since 2019."},
			removed:   []gone{{"Get it on Google Play", ReasonShare}},
		},
		{
			file:      "sbs-style.txt",
			publisher: "SBS News",
			kept:      []string{"The fall was driven by fewer international students arriving."},
			removed:   []gone{{"Share this with family and friends", ReasonShare}},
		},
	})
}

// TestSitesBareBylineUnderStandfirst removes the writer's name alone
// between a standfirst and the date (testdata/sites: CalMatters).
func TestSitesBareBylineUnderStandfirst(t *testing.T) {
	r := cleanSite(t, "calmatters-style.txt")
	for _, b := range r.Blocks {
		if b.Source() == "Carolyn Jones" && b.Removed == "" {
			t.Errorf("calmatters-style.txt: the byline %q kept", b.Source())
		}
	}
	if b := blockWith(r, "About 900,000 students attend summer programs"); b == nil || b.Removed != "" {
		t.Errorf("calmatters-style.txt: the story's line not kept (%v)", b)
	}
}
