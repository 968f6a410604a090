package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSitesToday cleans pages written here in the shapes thirty-seven
// sites are scraped in today (testdata/sites: ABC News, Al Jazeera,
// Anadolu, Ars Technica, Axios, Bloomberg, CBS News, CNN, Daily Mail, Dawn,
// DW, Euronews, Fox News, a Guardian live blog, The Hindu, The Independent,
// The Jerusalem Post, The Korea Herald, Kyiv Independent, The Moscow Times,
// Newsweek, NK News, Politico, PR Newswire, RFE/RL, Sky News, South China
// Morning Post, The Straits Times, Substack, TASS, The Telegraph, The Times
// of India, The Times of Israel, The Verge, The Washington Post, Xinhua and
// Yahoo News pages; a lead's walkthrough found each fault below) and checks
// the title, the publisher, lines that must stay and lines that must go
// with their reason.
func TestSitesToday(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file:      "aljazeera-style.txt",
			title:     "Sudan's RSF seizes key town near El Fasher as civilians flee",
			publisher: "Al Jazeera", // "Source: Al Jazeera and news agencies", not "Forces" of "What is the Rapid Support Forces?"
			kept: []string{
				"Thousands of families are on the move",                   // the standfirst
				"The RSF has been fighting Sudan's army since April 2023", // after "end of list": the list was a box
			},
			removed: []gone{
				{"Displaced Sudanese families arrive at a camp", ReasonCaption}, // "... [File: Reuters]"
				{"Al Jazeera Media Network logo", ReasonNav},
				{"By Staff Writer", ReasonMetadata}, // a role alone is a byline
			},
		},
		{
			file:      "cnn-style.txt",
			title:     "Storm kills at least 14 in Philippines as thousands evacuate",
			publisher: "Cable News Network", // its © line
			kept:      []string{"At least 14 people have died"},
			removed: []gone{
				{"Manila, Philippines CNN —", ReasonMetadata},
				{"Jun Dasmarinas/AFP/Getty Images", ReasonCredit},
			},
		},
		{
			file:      "dawn-style.txt",
			title:     "The Sindh government on Tuesday approved a Rs12 billion package", // no headline: inferred, without "KARACHI:"
			publisher: "Dawn",
			kept:      []string{"KARACHI: The Sindh government on Tuesday"},
			removed: []gone{
				{"Dawn Logo", ReasonNav},
				{"Follow Dawn Business on X, LinkedIn", ReasonShare},
			},
		},
		{
			file:      "kyivindependent-style.txt",
			title:     "Russia launches 120 drones at Ukraine overnight, energy facilities hit in Odesa Oblast",
			publisher: "Kyiv Independent", // "Kyiv Independent © 2026"
			kept:      []string{"Russia launched 120 attack drones"},
			removed:   []gone{{"Firefighters work at the site", ReasonCaption}}, // "(State Emergency Service / Telegram)"
		},
		{
			file:      "pr-newswire-style.txt",
			publisher: "PR Newswire", // "/PRNewswire/" in the dateline
			kept:      []string{"today announced that it has completed the acquisition"},
			removed:   []gone{{"News provided by", ReasonMetadata}},
		},
		{
			file:      "scmp-style.txt",
			publisher: "South China Morning Post", // the masthead, the first line
			title:     "Beijing sets up new agency to oversee data exports",
			kept:      []string{"China has set up a dedicated office"},
			removed:   []gone{{"Published: 6:30pm, 27 Nov 2026", ReasonMetadata}},
		},
		{
			file:      "substack-style.txt",
			title:     "Why Vilnius is buying trains, not tanks", // not its deck, nor lost as the share card's repeat
			publisher: "The Eastern Flank",                       // "Thanks for reading The Eastern Flank!"
			kept:      []string{"Lithuania's government last week approved"},
		},
		{
			file:  "fox-style.txt",
			title: "Senate passes stopgap bill hours before shutdown deadline", // not the video's title under the byline
			kept:  []string{"The Senate passed a stopgap funding bill"},
			removed: []gone{
				{"NEWYou can now listen to Fox News articles!", ReasonShare},
				{"Jane Smith is a congressional reporter for Fox News Digital.", ReasonBio}, // the byline's writer
			},
			publisher: "Fox News", // its masthead over "More from Politics" (a weak cue, a section)
		},
		{
			file:      "hindu-style.txt",
			publisher: "The Hindu",                                                          // the masthead, the first line
			title:     "Kerala to set up 100 new fast-charging stations for electric buses", // not "The Hindu Bureau"
			kept:      []string{"The Kerala government on Tuesday approved"},
			removed:   []gone{{"Published - December 02, 2026 10:14 pm IST", ReasonMetadata}},
		},
		{
			file:      "jpost-style.txt",
			title:     "Israel, Cyprus sign deal on undersea power cable",
			publisher: "The Jerusalem Post", // not "... Newsletter"
			kept:      []string{"Israel and Cyprus signed an agreement on Tuesday"},
			removed: []gone{
				{"Energy Minister Eli Cohen at a conference in Jerusalem", ReasonCaption}, // over "(photo credit: ...)"
				{"Stay updated with the latest news!", ReasonNewsletter},
			},
		},
		{
			file:      "xinhua-style.txt",
			title:     "China launches new Earth observation satellite",
			publisher: "Xinhua", // its masthead over the owner its copyright line names ("XINHUANET.com")
			kept:      []string{"China on Tuesday launched a new Earth observation satellite"},
		},
		{
			file:      "yahoo-style.txt",
			title:     "Wildfire forces evacuations near Los Angeles as winds pick up",
			publisher: "Yahoo News",
			kept:      []string{"No injuries were reported."},
			removed:   []gone{{"Story continues", ReasonNav}},
		},
		{
			file:      "dailymail-style.txt",
			publisher: "Daily Mail", // the masthead, the first line
			title:     "Pensioner, 84, wins £1million on scratchcard bought with change from his newspaper",
			kept:      []string{"A pensioner who bought a scratchcard"},
			removed: []gone{
				{"Lucky man! Enjoy it Frank.", "boilerplate"}, // a reader's comment
			},
		},
		{
			file:    "dw-style.txt",
			title:   "Germany raises defense budget to record €108 billion",
			kept:    []string{"Germany's parliament on Tuesday approved"},
			removed: []gone{{"German lawmakers debated the budget for three days", ReasonCaption}}, // over "Image: ..."
		},
		{
			file:      "koreaherald-style.txt",
			publisher: "The Korea Herald", // the masthead, the first line
			title:     "Seoul to expand free shuttle buses to all districts",
			kept:      []string{"Officials said the expansion would cost"},
			removed:   []gone{{"A free shuttle bus runs in Dongdaemun-gu", ReasonCaption}},
		},
		{
			file:      "moscowtimes-style.txt",
			title:     "Russia Raises Key Rate to 18% as Inflation Persists",
			publisher: "The Moscow Times",
			kept:      []string{"Russia's Central Bank raised its key interest rate"},
			removed: []gone{
				{"The Bank of Russia headquarters in Moscow.", ReasonCaption}, // "... Sergei Kiselyov / Moskva News Agency"
				{"We are facing unprecedented challenges.", ReasonDonation},
			},
		},
		{
			file:      "politico-style.txt",
			title:     "House Republicans unveil $300B farm bill",
			publisher: "POLITICO",
			kept:      []string{"The proposal sets up a clash with Senate Democrats"},
			removed: []gone{
				{"House Agriculture Chair Glenn Thompson said the bill", ReasonCaption}, // "... | Francis Chung/POLITICO"
				{"Playbook", ReasonNewsletter},
				{"The unofficial guide to official Washington", ReasonNewsletter},
			},
		},
		{
			file:      "wapo-style.txt",
			title:     "Supreme Court to hear challenge to state social media laws", // not "Accessibility statement"
			publisher: "The Washington Post",
			kept:      []string{"The Supreme Court agreed Tuesday to decide"},
			removed: []gone{
				{"Accessibility statement", ReasonNav},
				{"The Supreme Court building in Washington on Nov. 14.", ReasonCaption}, // "(Kent Nishimura/Bloomberg News)"
				{"Add to your saved stories", ReasonShare},
			},
		},
		{
			file:      "toi-style.txt",
			title:     "Delhi Metro Phase 4 corridor to open by March, says DMRC", // past a text-size control's lines
			publisher: "The Times of India",
			kept:      []string{"The project was delayed by land acquisition disputes"},
			removed:   []gone{{"Catch all the Delhi News", ReasonNav}},
		},
		{
			file:      "abc-style.txt",
			title:     "Queensland floods: Thousands told to evacuate as Brisbane River rises",
			publisher: "ABC News",
			kept:      []string{"Premier David Crisafulli said the river"},
		},
		{
			file:      "independent-style.txt",
			title:     "Rail fares to rise by 4.6% in March, government confirms",
			publisher: "The Independent",
			kept: []string{
				"Increase is the smallest in three years", // the standfirst
				"Regulated rail fares in England will rise",
			},
		},
		{
			file:      "anadolu-style.txt",
			title:     "Türkiye, Greece agree to resume high-level talks next month",
			publisher: "Anadolu Ajansı",
			kept:      []string{"The decision came after Foreign Minister Hakan Fidan"},
			removed: []gone{
				{"Ahmet Gencturk |02.12.2026", ReasonMetadata},
				{"ANKARA", ReasonMetadata}, // the dateline's place over the first paragraph
			},
		},
		{
			file:      "axios-style.txt",
			title:     "Senate confirms new FAA chief",
			publisher: "Axios",
			kept:      []string{"Why it matters: The FAA has been without"},
			removed:   []gone{{"Go deeper: Air traffic control woes", ReasonRelated}},
		},
		{
			file:      "bloomberg-style.txt",
			title:     "Oil Rises as OPEC+ Signals It May Extend Output Cuts Into 2027", // not inferred past the caption
			publisher: "Bloomberg",
			kept:      []string{"Brent crude futures climbed as much as 1.8%"},
			removed:   []gone{{"Brent crude rose above $78 a barrel on Tuesday.", ReasonCaption}}, // "Photographer: ..."
		},
		{
			file:      "nknews-style.txt",
			title:     "North Korea fires ballistic missile into East Sea, Seoul says",
			publisher: "NK News", // its masthead over the owner its copyright line names ("Korea Risk Group")
			kept:      []string{"Japan's defense ministry said the missile fell"},
			removed:   []gone{{"No part of this content may be reproduced", ReasonMetadata}},
		},
		{
			file:      "toisrael-style.txt",
			title:     "Knesset passes first reading of bill to split attorney general's role",
			publisher: "The Times of Israel",
			kept:      []string{"The bill passed 62-48"},
			removed: []gone{
				{"Justice Minister Yariv Levin at the Knesset", ReasonCaption}, // "(Yonatan Sindel/Flash90)"
				{"Sam Sokol is the Times of Israel's political correspondent.", ReasonBio},
				{"We're really pleased that you've read", ReasonDonation},
			},
		},
		{
			file:      "skynews-style.txt",
			title:     "Junior doctors in England to strike for five days in January",
			publisher: "Sky News",
			kept:      []string{"The union said talks with Health Secretary Wes Streeting"},
			removed: []gone{
				{"Ashish Joshi", ReasonMetadata}, // the byline over the date line
				{"Health correspondent @AshishJoshiSky", ReasonMetadata},
				{"Junior doctors on a picket line", ReasonCaption}, // under a bare "Image:"
				{"Why you can trust Sky News", ReasonNav},
				{"Read more from Sky News:", ReasonRelated},
				{"Nurses to be balloted on industrial action", ReasonRelated}, // the list under it
				{"NHS waiting list falls for third month", ReasonRelated},
			},
		},
		{
			file:      "rferl-style.txt",
			title:     "Uzbek Activist Sentenced To Seven Years For Social Media Posts",
			publisher: "Radio Free Europe/Radio Liberty",
			kept:      []string{"Human rights groups have called the case politically motivated."},
		},
		{
			file:      "euronews-style.txt",
			title:     "EU agrees to fast-track ammunition production for Ukraine",
			publisher: "Euronews",
			kept:      []string{"The funds will go to manufacturers in 15 countries."},
		},
		{
			file:  "verge-style.txt",
			title: "Apple will let EU users delete the App Store under new rules", // not "The Verge homepage"
			kept:  []string{"Apple said the update would arrive in iOS 20.3."},
			removed: []gone{
				{"The Verge homepage", ReasonNav},
				{"If you buy something from a Verge link, Vox Media may earn a commission.", ReasonAd},
			},
			publisher: "The Verge", // the logo's link and the masthead: the page's furniture names it more often than its copyright line's "Vox Media"
		},
		{
			file:      "ars-style.txt",
			title:     "NASA delays Artemis III crew landing to 2028",
			publisher: "Ars Technica", // its logo's link, "Ars Technica home"
			kept:      []string{"NASA said Tuesday it would delay the Artemis III mission"},
			removed:   []gone{{"Artist's illustration of SpaceX's Starship on the Moon.", ReasonCaption}}, // "Credit: SpaceX"
		},
		{
			file:      "guardianlive-style.txt",
			title:     "Starmer faces questions over winter fuel payments – as it happened",
			publisher: "The Guardian",
			kept: []string{
				"Keir Starmer defended the government's winter fuel policy",
				"Around 40 Labour MPs are expected to rebel",
			},
		},
		{
			file:      "straitstimes-style.txt",
			title:     "Singapore to raise GST vouchers for lower-income households in 2027", // not the masthead over it
			publisher: "The Straits Times",                                                   // the masthead over its owner's copyright
			kept:      []string{"The enhancement will cost the government about $1.2 billion"},
			removed:   []gone{{"Join ST's WhatsApp Channel", ReasonShare}},
		},
		{
			file:      "newsweek-style.txt",
			title:     "Texas floods: Map shows where rivers are expected to crest",
			publisher: "Newsweek",
			kept:      []string{"The Guadalupe River is forecast to reach 28 feet"},
		},
		{
			file:      "telegraph-style.txt",
			title:     "Water bills to rise by 9pc from April",
			publisher: "The Telegraph",
			kept:      []string{"Ofwat said the increases would fund"},
			removed:   []gone{{"Noah Keate", ReasonMetadata}},
		},
		{
			file:      "cbs-style.txt",
			title:     "Kansas City-area man charged in deadly hit-and-run", // not the masthead, past "Add CBS News on Google"
			publisher: "CBS News",
			kept:      []string{"He is being held on a $250,000 bond."},
			removed:   []gone{{"Jane Miller is a reporter for CBS News.", ReasonBio}},
		},
		{
			file:      "tass-style.txt",
			title:     "Russia, Iran to sign new energy agreement in early 2027 — deputy PM",
			publisher: "TASS",
			kept:      []string{"Russia and Iran will sign a new agreement"},
		},
	})
}

// siteCase is one page of testdata/sites and what its cleaning must give:
// the title, the publisher, the date when set, lines kept and lines removed
// with their reason.
type siteCase struct {
	file, title, publisher, date string
	kept                         []string
	removed                      []gone
}

// gone is a line a page's cleaning must remove, and the reason it must give.
type gone struct{ text, reason string }

// checkSites cleans each case's page and checks what it must give.
func checkSites(t *testing.T, cases []siteCase) {
	t.Helper()
	for _, c := range cases {
		r := cleanSite(t, c.file)
		if c.title != "" && r.Title != c.title {
			t.Errorf("%s: title %q, want %q", c.file, r.Title, c.title)
		}
		if c.publisher != "-" && r.Publisher != c.publisher { // "-": not checked
			t.Errorf("%s: publisher %q, want %q", c.file, r.Publisher, c.publisher)
		}
		if c.date != "" && r.Date != c.date {
			t.Errorf("%s: date %q, want %q", c.file, r.Date, c.date)
		}
		for _, k := range c.kept {
			if b := blockWith(r, k); b == nil || b.Removed != "" {
				t.Errorf("%s: %q not kept (%v)", c.file, k, b)
			}
		}
		for _, g := range c.removed {
			if b := blockWith(r, g.text); b == nil || b.Removed != g.reason {
				t.Errorf("%s: %q not removed as %q (%v)", c.file, g.text, g.reason, b)
			}
		}
	}
}

// blockWith returns the first block of r whose text holds s, or nil.
func blockWith(r Result, s string) *Block {
	for i, b := range r.Blocks {
		if strings.Contains(b.Source(), s) {
			return &r.Blocks[i]
		}
	}
	return nil
}

// cleanSite cleans the page file of testdata/sites.
func cleanSite(t *testing.T, file string) Result {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "sites", file))
	if err != nil {
		t.Fatal(err)
	}
	return Clean(string(raw))
}

// cleanSiteUntitled cleans a page of testdata/sites without its first line
// (its HTML title), as a scraper that keeps only the body writes it.
func cleanSiteUntitled(t *testing.T, file string) Result {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "sites", file))
	if err != nil {
		t.Fatal(err)
	}
	_, body, _ := strings.Cut(string(raw), "\n")
	return Clean(body)
}
