package clean

import (
	"testing"

	"github.com/dossierapp/dossier/app/boiler"
)

// TestSitesFlattened cleans the HTML pages of app/extract/testdata/sites
// flattened as a simple scraper writes a page (testdata/sites/flat-*.txt:
// one line per block element, the text of its inline elements run
// together, scripts and styles left out; made by
// testdata/sites/flatten.py), the shape the held-out text pages
// have, and nine pages written here in that shape (a CNN-like live page, a
// local TV station's, a portal's syndicated copy, CNBC-, Forbes-,
// Economist-, Atlantic-, Semafor- and ProPublica-like pages). Each check below failed
// before the fault it names was fixed.
func TestSitesFlattened(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file:      "flat-teasers-excerpts.txt",
			title:     "Teachers' union calls first strike in 30 years over class sizes", // not the masthead and menu run together under the title line
			publisher: "Eastshore Times",
			date:      "2026-02-24",
			kept:      []string{"Teachers in Eastshore's public schools will strike", "Schools will stay open for pupils"},
			removed: []gone{
				{"Eastshore Times Education Local", boiler.ReasonHeader},
				{"The board says hiring 140 more teachers", ReasonRelated}, // each teaser's excerpt under "More on this story"
				{"Parents split over planned walkout", ReasonRelated},
				{"Classes in the district are among the largest", ReasonRelated},
			},
		},
		{
			file:      "flat-short-brief.txt",
			title:     "Bridge on Route 4 closed after truck strike",
			publisher: "Granite Valley News",
			kept:      []string{"Drivers are being detoured through Ashford village."},
			removed: []gone{
				{"Granite Valley News Local Police & Fire", boiler.ReasonHeader},
				{"This is the third time in two years a truck", ReasonComments}, // "3 Comments" under a brief of two paragraphs
			},
		},
		{
			file:      "flat-newspack-local.txt",
			title:     "County board approves new bus routes for rural towns",
			publisher: "The Millbrook Ledger",
			kept:      []string{"Service is scheduled to begin on March 2."},
			removed: []gone{
				{"Tagged: buses, transit", ReasonRelated},
				{"Dana Whitcombe covers county government", ReasonBio}, // the author box above the comments: "... More by Dana Whitcombe"
				{"Republish this story", ReasonMetadata},
				{"This work is licensed under a Creative Commons", ReasonMetadata},
				{"Carol says:", ReasonComments}, // not "caption or credit", the classifier's guess
				{"Why do the buses stop at 6?", ReasonComments},
				{"Your email address will not be published.", ReasonComments},
			},
		},
		{
			file:      "flat-liveblog.txt",
			title:     "Budget 2026 live: chancellor unveils fuel duty freeze and new tax on online gambling – as it happened",
			publisher: "The Northern Post", // the title line's site, not the owner of the © line
			kept: []string{"Shares in the two largest listed bookmakers",
				"We are closing this live blog now.", "Thanks for following along."}, // the closing summary, which keeping the key points under the headline lost (clean-122, undone in clean-127)
		},
		{
			file:      "flat-infinite-scroll.txt",
			title:     "Regional airline orders 12 electric planes for short island hops", // not the masthead above it
			publisher: "The Coastal Record",
			kept:      []string{"Chief executive Morag Lindsay said"},
			removed: []gone{
				{"Harbour festival draws record crowd despite rain", ReasonNextStory}, // the next story, loaded under this one
				{"By Pete Adair · October 7, 2026", ReasonNextStory},
				{"More than 40,000 people visited", ReasonNextStory},
				{"Police said the weekend passed", ReasonNextStory},
			},
		},
		{
			file:      "flat-h1-logo.txt",
			title:     "Island council votes to ban cruise ships from the old harbour", // the headline, not inferred from it
			publisher: "The Islander",                                                  // the masthead past the page's title line
			kept:      []string{"Cruise ships will no longer be allowed"},
			removed:   []gone{{"« Previous: Ferry fares to rise by 4% | Next: Island show results »", ReasonNav}}, // the blog's post pager
		},
		{
			file:      "flat-obfuscated-comments.txt",
			title:     "Night trains return to the mountain line after 14 years",
			publisher: "Alpine Dispatch",
			date:      "2026-12-01",
			kept:      []string{"Environmental groups welcomed the return of the train"},
			removed: []gone{
				{"ShareFacebookXWhatsAppEmail", ReasonShare},     // a share bar's buttons run together
				{"Lukas Amberg1 December 2026", ReasonMetadata},  // a byline and its date run together
				{"Lukas Amberg reports on transport", ReasonBio}, // the author box
			},
		},
		{
			file:      "flat-split-sections-ads.txt",
			publisher: "The Capital Observer",
			date:      "2026-06-02",
			removed:   []gone{{"Naomi FeldJune 2, 2026 at 6:00 a.m. EDT", ReasonMetadata}},
		},
		{
			file:      "flat-social-embeds.txt",
			publisher: "Pop Ledger",
			kept:      []string{"I’m so sorry to everyone who bought tickets.", "topped the charts in eleven countries."},
			removed: []gone{
				{"View this post on Instagram", ReasonShare},
				{"A post shared by Mara Voss (@maravoss)", ReasonShare},
				{"♬ original sound - Mara Voss", ReasonShare},
			},
		},
		{
			file:      "flat-ogtitle-only.txt",                                                   // the headline only in og:title, which a scraper drops
			title:     "Skippers in Harwick say the cod and haddock quotas announced on Tuesday", // inferred from the lede, not the site's name
			publisher: "Coastline Weekly",
			kept:      []string{"Skippers in Harwick say", "repairs to the breakwater."},
			removed:   []gone{{"Coastline Weekly", boiler.ReasonHeader}}, // the page's title line, which the menu under it repeats
		},
		{
			file:      "flat-seo-title.txt",
			title:     "No more lawn watering: city imposes first restrictions in nearly 50 years", // the headline over its byline, not the title line written for search
			publisher: "The Plainsman",
			kept:      []string{"Residents of Bellmont may no longer water lawns"},
			removed: []gone{
				{"Drought 2026: City orders first water restrictions since 1977", ReasonPageTitle},
				{"Carmen Ruiz-Hale, The Plainsman", ReasonMetadata}, // a byline naming the title line's site
			},
		},
		{
			file:      "flat-companion-columns.txt",
			title:     "The Last Lighthouse Keepers of the Northern Coast",
			publisher: "The Metropolitan Review",
			kept:      []string{"For now, they still climb the 88 steps of the tower every evening at dusk."}, // the last paragraph, after an advert's box, over the print edition's note
			removed:   []gone{{"A version of this article appears in print on Jan. 11, 2026", ReasonMetadata}},
		},
		{
			file:      "cnnlive-style.txt",
			title:     "Storm knocks out power to 400,000 in Northeast",
			publisher: "CNN",
			date:      "2026-12-02",
			kept:      []string{"Utilities warn some customers", "Massachusetts Gov. Ellen Ricci declared"},
			removed:   []gone{{"Video Ad Feedback", ReasonAd}},
		},
		{
			file:      "localtv-style.txt",
			title:     "Crews battle brush fire near Highway 60 as winds pick up",
			publisher: "KXMN 5 News",
			date:      "2026-11-30",
			kept:      []string{"RED ROCK, Okla. (KXMN) — Firefighters", "A burn ban remains in effect"},
			removed:   []gone{{"For the latest news, weather, sports, and streaming video, head to KXMN 5 News.", ReasonNav}},
		},
		{
			file:      "msn-style.txt",
			title:     "Ferry operator fined after engine fire forced evacuation",
			publisher: "The Coastal Post", // "Provided by The Coastal Post", not "Provided"
			kept:      []string{"A ferry operator has been fined", "pleaded guilty to two safety breaches"},
			removed:   []gone{{"Sponsored Content", ReasonAd}, {"Continue reading", ReasonCrumb}},
		},
		{
			file:      "cnbc-style.txt",
			title:     "Chipmaker shares jump 14% after raising full-year outlook",
			publisher: "CNBC", // the copyright's "CNBC LLC" over its subscription's "Subscribe to CNBC PRO" (clean-228); not "Markets", the menu's first entry under the title line
			kept: []string{"Solvane raised its revenue forecast", "Shares rose 14% in extended trading.", // the key points
				"Solvane said it would open a second packaging plant"}, // under a related list, before a teaser with its own label
			removed: []gone{
				{"VIDEO02:41", ReasonRelated}, // a video's label and length, and its title
				{"Why chip stocks are rallying again", ReasonNav},
				{"Don't miss these insights from CNBC PRO", ReasonRelated},
				{"Analyst says this stock could rally 40%", ReasonRelated},
			},
		},
		{
			file:      "forbes-style.txt",
			title:     "Why Small Farms Are Betting On Solar Grazing",
			publisher: "Forbes", // the masthead near the top, "Forbes Media LLC" its company
			kept:      []string{"Across the Midwest, small farms are leasing land", "Researchers at two state universities"},
			removed: []gone{
				{"Sheep graze beneath solar panels at a farm in upstate New York.", ReasonCaption}, // over a bare "getty"
				{"Follow me on LinkedIn. Check out my website.", ReasonShare},
			},
		},
		{
			file:      "economist-style.txt",
			title:     "Why central banks are buying gold again",
			publisher: "The Economist", // not "The Economist Newspaper Limited" of its copyright line
			date:      "2026-12-03",
			kept: []string{"Central banks bought more than 1,000 tonnes", "expect to hold more gold in five years' time.",
				"Reserve managers want an asset no government can freeze"}, // the deck, which tells the third paragraph's story
			removed: []gone{
				{"Enjoy more audio and podcasts on iOS or Android.", ReasonShare},
				{"This article appeared in the Finance & economics section of the print edition", ReasonMetadata},
			},
		},
		{
			file:      "atlantic-style.txt",
			title:     "The Quiet Return of the Night Train",
			publisher: "The Atlantic",
			date:      "2026-12-02",
			kept:      []string{"Europe fell out of love with sleeper trains.", "every bed on the train from Vienna to Hamburg was sold."},
			removed: []gone{
				{"Produced by ElevenLabs and News Over Audio (NOA) using AI narration.", ReasonShare},
				{"When you buy a book using a link on this page, we receive a commission.", ReasonAd},
				{"Clara Voss is a contributing writer at The Atlantic.", ReasonBio},
			},
		},
		{
			file:      "semafor-style.txt",
			title:     "Europe's defense stocks are outpacing Big Tech",
			publisher: "Semafor",
			kept:      []string{"Know More", "Room for Disagreement", "That is a bet on politics"}, // the story's own sections
			removed:   []gone{{"Title icon", ReasonNav}},                                           // an icon's text over each section
		},
		{
			file:      "propublica-style.txt",
			title:     "How a County Lost Track of Its Flood Money",
			publisher: "ProPublica",
			kept:      []string{"Records show millions in federal recovery funds", "The federal agency that provided the money"},
			removed: []gone{
				{"ProPublica is a nonprofit newsroom that investigates abuses of power. Sign up to receive", ReasonNewsletter},
				{"This article was produced for ProPublica's Local Reporting Network", ReasonMetadata},
				{"Do You Have Information About Flood Recovery Spending?", ReasonMetadata},
				{"Fill out our form", ReasonCrumb},
			},
		},
		{
			file:      "flat-cp1251-regional.txt",
			title:     "В Заречье открыли новый мост через Волжанку", // not the masthead and its menu under the title line
			publisher: "Заречные вести",
			date:      "2026-10-12", // "12 октября 2026, 14:35"
			kept:      []string{"Движение по новому мосту открыто в субботу", "Автобусный маршрут № 12"},
			removed: []gone{
				{"Заречные вести Новости Общество Спорт Афиша", boiler.ReasonHeader},
				{"Читайте также: Ремонт дороги", ReasonRelated},
				{"Фото: пресс-служба", ReasonCredit},
				{"Поделиться: ВКонтакте", ReasonShare},
			},
		},
		{
			file:      "flat-wire-local-tv.txt",
			title:     "Earthquake shakes southern coast, damaging homes and cutting power",
			publisher: "KXRV 7 News", // the site that ran the wire's story ("| KXRV 7 News"), not "The Associated Press" of its byline
			kept:      []string{"PUERTO SAL (AP) — A magnitude 6.4 earthquake"},
		},
		{
			file:      "flat-wordpress-jetpack.txt",
			title:     "Volunteers count 212 species in the marsh’s first bioblitz", // not the site's tagline under its name
			publisher: "Fenwick Valley Voice",
			date:      "2026-06-09",
			removed:   []gone{{"News from the valley, by the valley", boiler.ReasonHeader}},
		},
		{
			file:      "flat-photo-gallery.txt",
			title:     "Photos: Lantern parade lights up the old town for the winter solstice",
			publisher: "Riverside Tribune",
			kept:      []string{"More than 3,000 people walked through the old town"},
			removed:   []gone{{"Photos by Dario Lindqvist, text by Anneke Boateng", ReasonMetadata}}, // a gallery's byline
		},
		{
			file:      "flat-german-von.txt",
			publisher: "Rheintaler Zeitung",
			kept:      []string{"Nach monatelangem Streit stimmte eine knappe Mehrheit"},
			removed: []gone{
				{"Lesen Sie auch: Händler fürchten", ReasonRelated},
				{"Das könnte Sie auch interessieren", ReasonRelated},
			},
		},
	})
	// The author box's name alone after Forbes' article goes with it.
	for _, b := range cleanSite(t, "forbes-style.txt").Blocks {
		if b.Text() == "Maya Castellanos" && b.Removed != ReasonBio {
			t.Errorf("forbes-style.txt: the author's name after the article removed as %q, want %q", b.Removed, ReasonBio)
		}
	}
	// The headline is the title, not a paragraph of the body under a title
	// inferred from it.
	r := cleanSite(t, "flat-h1-logo.txt")
	if r.TitleInferred {
		t.Errorf("flat-h1-logo.txt: title inferred")
	}
	for _, b := range r.Blocks {
		if b.Removed == "" && b.Kind == "paragraph" && b.Text() == r.Title {
			t.Errorf("flat-h1-logo.txt: the headline kept as a paragraph under it")
		}
	}
}

// TestForeignPubDates: a page's date written with a month named in its own
// language, or in Chinese or Korean, is its publication date (it was none);
// so is an English one with its time and reading time after it.
func TestForeignPubDates(t *testing.T) {
	for line, want := range map[string]string{
		"12 октября 2026, 14:35":                        "2026-10-12",
		"19. März 2026, 17:45 Uhr":                      "2026-03-19",
		"Veröffentlicht am 19. März 2026":               "2026-03-19",
		"Publié le 30 avril 2015 à 07:19":               "2015-04-30",
		"5 de diciembre de 2026":                        "2026-12-05",
		"2026年12月5日 14:00":                              "2026-12-05",
		"2026년 12월 5일 오후 2:00":                          "2026-12-05",
		"الأحد 21 سبتمبر 2026":                          "2026-09-21",
		"November 29, 2026 at 9:40 PM UTC · 4 min read": "2026-11-29",
	} {
		page := "Headline of the day on the river bridge\n\n" + line + "\n\nThe new bridge over the river opened on Saturday, three months ahead of schedule, the district said.\n"
		if got := Clean(page).Date; got != want {
			t.Errorf("%q: date %q, want %q", line, got, want)
		}
	}
}

// TestDayFirstOffEnglishPages: a numeric date that reads both ways
// ("12/05/2026") is read day first on a page not in English, where no other
// date of the page says which comes first (it was none); a Korean byline's
// date after its bar is read too.
func TestDayFirstOffEnglishPages(t *testing.T) {
	for file, want := range map[string]string{
		"flat-spanish-regional.txt":    "2026-05-12", // "12/05/2026 18:40"
		"flat-portuguese-regional.txt": "2026-04-03", // "03/04/2026 16h20 · Atualizado há 2 horas"
		"flat-korean-news.txt":         "2026-10-14", // "김지훈 기자 jihoon@haean.example | 입력 2026.10.14 11:20"
	} {
		if got := cleanSite(t, file).Date; got != want {
			t.Errorf("%s: date %q, want %q", file, got, want)
		}
	}
}
