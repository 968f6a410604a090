package clean

import (
	"strings"
	"testing"
)

// TestSitesSouthernNewsrooms cleans pages written here in the layouts of
// newsrooms of Africa (The Guardian Nigeria, ThisDay, BusinessDay, Sahara
// Reporters, Graphic Online, Citi Newsroom, The New Times, The Herald,
// NewZimbabwe, Lusaka Times, The Namibian, The Citizen, Sowetan, EWN,
// Capital FM, The Star), the Caribbean and Latin America in English (the
// Jamaica Observer, the Trinidad Express, Barbados Today, The Tico Times,
// Colombia Reports, the Buenos Aires Herald, The Brazilian Report), Oceania
// (The Australian, The Age, Guardian Australia, Crikey, The New Daily, The
// Fiji Times, the Post-Courier, the Samoa Observer, RNZ Pacific, Islands
// Business) and Canada (Postmedia's Montreal Gazette and Vancouver Sun, the
// Winnipeg Free Press, The Tyee, CityNews, iPolitics, The Canadian Press),
// read as a new user would; every case below is a fault that reading found.
func TestSitesSouthernNewsrooms(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file:      "guardianng-style.txt",
			publisher: "The Guardian Nigeria News", // not its tagline's "Nigeria and World News"
			date:      "2026-12-04",                // not the masthead's "Sunday, 06 December 2026"
			kept:      []string{"Ferry operators on the Ikorodu-CMS route"},
		},
		{
			file:      "newtimesrw-style.txt",
			publisher: "The New Times",
			date:      "2026-12-04", // "Thursday, December 04, 2026" under the headline
		},
		{
			file:      "ticotimes-style.txt",
			publisher: "The Tico Times", // not "Real Estate", the last of its sections
		},
		{
			file:      "citinewsroom-style.txt",
			publisher: "Citi Newsroom",
			kept:      []string{"The Ghana National Fire Service is still investigating"},
			removed:   []gone{{"Click on the link to join the Citi Newsroom channel on WhatsApp", ReasonPromo}},
		},
		{
			file:      "namibian-style.txt",
			publisher: "The Namibian",
			removed:   []gone{{"Stay informed with The Namibian", ReasonDonation}}, // its "Invest in journalism" asks for money: the appeal rule takes it before the promotion rule
		},
		{
			file:      "jamaicaobserver-style.txt",
			publisher: "Jamaica Observer",
			removed:   []gone{{"Now you can read the Jamaica Observer ePaper anytime", ReasonPromo}},
		},
		{
			file:      "crikey-style.txt",
			publisher: "Crikey",
			removed:   []gone{{"Crikey is committed to hosting lively discussions.", ReasonComments}},
		},
		{
			file:      "citizenza-style.txt",
			publisher: "The Citizen",
			removed: []gone{
				{"Journalist", ReasonMetadata}, // the writer's role under "By Marizka Coetzer"
				{"Published by", ReasonMetadata},
			},
		},
		{
			file:      "winnipegfreepress-style.txt",
			publisher: "Winnipeg Free Press",
			removed:   []gone{{"Report Error", ReasonNav}},
		},
		{
			file:      "montrealgazette-style.txt",
			publisher: "Montreal Gazette",
			kept: []string{
				// The story's lines under Postmedia's sign-up box.
				"Contractors said fuel and wages had gone up sharply.",
				"The opposition at city hall says more of the work",
			},
			removed: []gone{
				{"You can save this article by registering for free here.", ReasonDonation},
				{"A welcome email is on its way.", ReasonNewsletter},
			},
		},
		{
			file:      "vancouversun-style.txt",
			publisher: "Vancouver Sun",
			kept:      []string{"The B.C. government will add $15 million"}, // under "Article content", past the pitch
			removed: []gone{
				{"Unlimited online access to Vancouver Sun", ReasonDonation},
				{"Postmedia is committed to maintaining a lively but civil forum", ReasonComments},
			},
		},
		{
			// The comment policy gone early, the short paragraphs under
			// "Article content" are still no trailing box.
			file:      "nationalpost-style.txt",
			publisher: "National Post",
			kept:      []string{"The Finance Department said it would review the report."},
			removed:   []gone{{"Share this article in your social network", ReasonShare}},
		},
		{
			file:      "graphiconline-style.txt",
			publisher: "Graphic Online",
			date:      "2026-12-04",
			removed:   []gone{{"Dec - 04 - 2026 , 11:30", ReasonMetadata}}, // its dashes between month, day and year
		},
		{
			file:      "capitalfm-style.txt",
			publisher: "Capital News",
			kept:      []string{"NAIROBI, Kenya, Dec 4 – The Nairobi County Government"},
			removed:   []gone{{"Workers clear a drain along Ronald Ngala Street on Thursday/CFM", ReasonCaption}},
		},
		{
			file:      "canadianpress-style.txt",
			publisher: "The Canadian Press",
			kept:      []string{"The paramedics' union said staff shortages"},
			removed:   []gone{{"This report by The Canadian Press was first published Dec. 4, 2026.", ReasonMetadata}},
		},
		{
			file:      "guardianau-live-style.txt",
			publisher: "The Guardian",
			kept:      []string{"The Bureau of Meteorology has issued"},
			removed: []gone{
				// The live blog's stamps over its entries.
				{"10.55am AEDT", ReasonMetadata},
				{"Updated at 11.45am AEDT", ReasonMetadata},
			},
		},
		{
			file:      "winnipegfreepress-column-style.txt",
			publisher: "Winnipeg Free Press",
			kept:      []string{"A more honest approach would be to budget for an average winter"},
			removed: []gone{
				{"Read more by Tom Brodbeck.", ReasonNav},
				{"Every piece of reporting Winnipeg Free Press produces is reviewed", ReasonMetadata},
				{"Our newsroom depends on its audience of readers", ReasonDonation},
			},
		},
		{
			file:      "citynews-video-style.txt",
			publisher: "CityNews Ottawa",
			kept:      []string{"Hydro Ottawa says power has been restored"},
			removed: []gone{
				{"Crews work to restore power in Barrhaven on Friday.", ReasonCaption}, // the video's, over "Autoplay"
				{"Autoplay", ReasonNav},
				{"Watch CityNews anywhere.", ReasonPromo},
			},
		},
		{
			file:      "trinidadexpress-gallery-style.txt",
			publisher: "Trinidad Express Newspapers", // its masthead's name, not the title line's domain
			kept:      []string{"More than 60 large bands have registered"},
			removed: []gone{
				// BLOX's gallery: a counter, the caption, a print to buy.
				{"COSTUMES: Masqueraders of a mas band", ReasonCaption},
				{"The band launch at Queen's Park Savannah on Thursday.", ReasonCaption},
				{"Buy Now", ReasonCrumb},
			},
		},
		{
			file:      "theage-related-style.txt",
			publisher: "The Age",
			kept:      []string{"The review found less evidence that the ban"},
			removed: []gone{
				{"Schools", ReasonRelated}, // the teaser's section and headline under "Related Article"
				{"Teachers say class sizes are growing again", ReasonRelated},
			},
		},
		{
			file:      "montrealgazette-bookmark-style.txt",
			publisher: "Montreal Gazette",
			kept:      []string{"Laval has one of the longest waiting lists"},
			removed: []gone{
				{"Recommended from Editorial", ReasonRelated},
				{"Parents still waiting for daycare spots, report finds", ReasonRelated},
			},
		},
		{
			file:      "colombiareports-patreon-style.txt",
			publisher: "Colombia Reports",
			kept:      []string{"The mayor's office said construction would begin in March."},
			removed: []gone{
				{"Colombia Reports is funded by readers.", ReasonDonation}, // over its button
				{"Become a patron", ReasonCrumb},
			},
		},
		{
			file:      "ipolitics-newsletter-style.txt",
			publisher: "iPolitics",
			kept:      []string{"Automakers welcomed the decision"},
			removed:   []gone{{"Get the day's political news before your first coffee.", ReasonNewsletter}},
		},
		{
			file:      "sowetan-editorial-style.txt",
			title:     "Taxi violence needs more than promises",
			publisher: "SowetanLIVE", // the masthead under a kicker's title line, not the copyright's Arena Holdings
		},
		{
			file:      "namibian-whatsapp-style.txt",
			publisher: "The Namibian",
			removed:   []gone{{"Follow The Namibian on WhatsApp for the latest news.", ReasonShare}},
		},
		{
			file:      "citizenza-premium-style.txt",
			publisher: "The Citizen",
			kept:      []string{"Diesel could drop by about 45c a litre."},
			removed:   []gone{{"This article is only available to Citizen subscribers.", ReasonDonation}},
		},
		{
			file:      "guardianau-style.txt",
			publisher: "The Guardian",
			kept:      []string{"The Australian Institute of Marine Science will publish"}, // "after newsletter promotion"
		},
	})
}

// TestSitesSouthernNewsroomsUntitled cleans some of those pages without
// their title line, as a scraper that keeps only the body writes them.
func TestSitesSouthernNewsroomsUntitled(t *testing.T) {
	r := cleanSiteUntitled(t, "vancouversun-style.txt")
	if r := cleanSiteUntitled(t, "jamaicaobserver-comments-style.txt"); blockWith(r, "We welcome your comments on stories.").Removed != ReasonComments {
		t.Errorf("jamaicaobserver-comments untitled: the comment policy kept")
	}
	for _, g := range []gone{
		{"Exclusive articles by Dan Fumano", ReasonDonation},
		{"Unlimited online access to Vancouver Sun", ReasonDonation},
		{"Share this article in your social network", ReasonShare},
	} {
		if b := blockWith(r, g.text); b == nil || b.Removed != g.reason {
			t.Errorf("vancouversun untitled: %q not removed as %q (%v)", g.text, g.reason, b)
		}
	}
}

// TestLiveBlogUntitled cleans a live blog without its title line: the
// entries under their stamps after the first stay the article's.
func TestLiveBlogUntitled(t *testing.T) {
	r := cleanSiteUntitled(t, "guardianau-live-style.txt")
	for _, k := range []string{"Heatwave warning issued for northern Victoria", "The Bureau of Meteorology has issued",
		"Signal fault disrupts Sydney trains", "Sydney Trains says a signal fault near Central"} {
		if b := lastBlockWith(r, k); b == nil || b.Removed != "" {
			t.Errorf("guardianau-live untitled: %q not kept (%v)", k, b)
		}
	}
}

// TestSectionUnderByline checks The Star's section label between its
// byline and its date ("by MAURICE ALAL" / "Counties" / "05 December 2026
// - 14:10"), the same word as the menu's link above.
func TestSectionUnderByline(t *testing.T) {
	r := cleanSite(t, "thestarke-read-style.txt")
	if b := lastBlockWith(r, "Counties"); b == nil || b.Removed != ReasonMetadata {
		t.Errorf("thestarke-read: the byline's section not removed as metadata (%v)", b)
	}
}

// lastBlockWith returns the last block of r whose text holds s, or nil: a
// live blog's entry, not its line in the key events above.
func lastBlockWith(r Result, s string) *Block {
	for i := len(r.Blocks) - 1; i >= 0; i-- {
		if strings.Contains(r.Blocks[i].Source(), s) {
			return &r.Blocks[i]
		}
	}
	return nil
}

// TestPublisherCamelBrand checks a brand written with a small letter before
// its capital (iPolitics) named by a copyright line, and a copyright line's
// span of years cutting the name short as one year does.
func TestPublisherCamelBrand(t *testing.T) {
	if r := cleanSiteUntitled(t, "ipolitics-style.txt"); r.Publisher != "iPolitics" {
		t.Errorf("ipolitics untitled: publisher %q, want iPolitics", r.Publisher)
	}
	if got := publicationName("eKestrel 2019-2026 Celebrity Photos Copyright Wirepix"); got != "eKestrel" {
		t.Errorf("publicationName: %q, want eKestrel", got)
	}
}
