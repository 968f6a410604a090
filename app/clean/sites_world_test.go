package clean

import (
	"strings"
	"testing"
)

// TestSitesTodayWorld cleans pages written here in the layouts of more
// newsrooms as they are scraped today (testdata/sites: the Mirror, The
// Globe and Mail, Premium Times, The Express Tribune, Ars Technica,
// TechCrunch, The Conversation, ProPublica, Mother Jones, Hong Kong Free
// Press, the Los Angeles Times, Bloomberg, The Hindu, RTÉ, Stuff, Middle
// East Eye, Ynetnews, Variety, Korea JoongAng Daily, eKathimerini,
// Brookings, Buenos Aires Times, Balkan Insight, Mexico News Daily, The New
// Yorker; some with their HTML title line cut, as a scraper
// that keeps only the body writes them), each read as a new user would;
// every case below is a fault that reading found.
func TestSitesTodayWorld(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file:      "mirror-style.txt",
			publisher: "Mirror Online",
			kept: []string{
				"A mum has spoken of her heartbreak",
				// The article's last sentence, under the sign-up box:
				// not the box's text.
				"West Yorkshire Police said it was investigating.",
			},
			removed: []gone{
				{"Sarah Jones found her son's grave had been damaged", ReasonCaption}, // over "(Image: Yorkshire Live)"
				{"Get the biggest daily news stories by email", ReasonNewsletter},
				{"We use your sign-up to provide content", ReasonNewsletter},
				{"Thank you for subscribing", ReasonNewsletter},
				{"We have more newsletters", ReasonNewsletter},
				{"Invalid Email", ReasonNewsletter},
			},
		},
		{
			file:      "globeandmail-style.txt",
			publisher: "The Globe and Mail",
			kept:      []string{"The bank's next decision is scheduled for January 28."},
			removed: []gone{
				{"Open this photo in gallery:", ReasonCaption},
				// The credit glued to the caption's full stop:
				// "... on Wednesday.Justin Tang/The Canadian Press".
				{"Bank of Canada Governor Tiff Macklem at a press conference", ReasonCaption},
			},
		},
		{
			file:      "premiumtimes-style.txt",
			publisher: "Premium Times Nigeria",
			kept:      []string{"Senate President Godswill Akpabio urged"},
			removed: []gone{
				// The appeal under its banner "Support PREMIUM TIMES'
				// journalism ...", in the paper's third person.
				{"At Premium Times, we firmly believe", ReasonDonation},
				{"For those who can, a donation would be greatly appreciated.", ReasonDonation},
				// Not swept into the appeal: the related list keeps its reason.
				{"Tinubu swears in new service chiefs", ReasonRelated},
			},
		},
		{
			file:      "tribune-pk-dateline-style.txt",
			publisher: "The Express Tribune",
			kept:      []string{"The federal government on Tuesday cut the price of petrol"},
			removed:   []gone{{"ISLAMABAD:", ReasonMetadata}}, // the dateline on a line of its own
		},
		{
			file: "ars-card-style.txt",
			// "Jon Brodkin – Dec 2, 2026 2:15 PM | 112": the byline,
			// its date and the comments' count.
			date:      "2026-12-02",
			publisher: "Ars Technica",
			kept:      []string{"Google said it would appeal."},
			removed: []gone{
				{"Jon Brodkin – Dec 2, 2026", ReasonMetadata},
				// The author card, rendered twice, and its bio that names
				// the writer by his first name.
				{"Senior IT Reporter", ReasonBio},
				{"Jon is a Senior IT Reporter for Ars Technica.", ReasonBio},
			},
		},
		{
			file:      "techcrunch-style.txt",
			publisher: "TechCrunch", // not "TechCrunch Desktop" of its "TechCrunch Desktop Logo"
			kept:      []string{"The startup declined to comment."},
			removed:   []gone{{"Kyle Wiggers is a senior reporter at TechCrunch", ReasonBio}},
		},
		{
			file:      "conversation-footer-style.txt",
			publisher: "The Conversation Media Group", // "Copyright © 2010–2026, ...": not "Copyright"
			kept:      []string{"Scientists are watching for changes"},
		},
		{
			file:      "propublica-republish-style.txt",
			publisher: "ProPublica",
			kept:      []string{"The Treasury Department said it was reviewing the findings."},
			removed:   []gone{{"Thank you for your interest in republishing this story.", ReasonMetadata}},
		},
		{
			file:      "motherjones-style.txt",
			publisher: "Mother Jones",
			kept:      []string{"Senate Democrats said they would oppose the cuts."},
			removed:   []gone{{"Get your news from a source that’s not owned", ReasonNewsletter}},
		},
		{
			file:      "hk-free-press-appeal-style.txt",
			publisher: "Hong Kong Free Press HKFP",
			kept:      []string{"Rights groups criticised the sentences."},
			// The appeal in the paper's third person ("... contribution
			// to Hong Kong Free Press today. With your help, HKFP can ...").
			removed: []gone{{"Safeguard press freedom in Hong Kong", ReasonDonation}},
		},
		{
			file:      "latimes-style.txt",
			publisher: "Los Angeles Times",
			kept:      []string{"Automakers said the new timeline was unrealistic."},
			removed:   []gone{{"This is read by an automated voice.", ReasonAudio}},
		},
		{
			file: "bloomberg-header-style.txt",
			// The headline under the site's blurb ("Connecting decision
			// makers to a dynamic network of information, ..."), not a
			// title inferred from the blurb.
			title:     "Oil Falls as OPEC+ Signals Output Increase",
			publisher: "Bloomberg",
			kept:      []string{"Brent crude dropped 1.8% to $59.40 a barrel in London."},
			removed: []gone{
				{"— With assistance from Julian Lee", ReasonMetadata},
				{"Have a confidential tip for our reporters?", ReasonMetadata},
			},
		},
		{
			file:      "ars-untitled-style.txt",
			title:     "Judge rules Google must share search data with rivals", // not "Minimize to nav"
			publisher: "Ars Technica",                                          // "Ars Technica home"
			removed:   []gone{{"Minimize to nav", ReasonNav}},
		},
		{
			file:      "globeandmail-untitled-style.txt",
			title:     "Bank of Canada holds rate steady as economy slows",
			publisher: "", // not "Economy" of "More from Economy"
		},
		{
			file:      "news24-untitled-style.txt",
			publisher: "News24", // the masthead, a number in its name
		},
		{
			file:      "hindu-comments-style.txt",
			publisher: "The Hindu",
			kept:      []string{"The States will share 40% of the cost."},
			removed: []gone{
				{"Comments have to be in English, and in full sentences.", ReasonComments},
				{"We have migrated to a new commenting platform.", ReasonComments},
			},
		},
		{
			file:      "rte-style.txt",
			publisher: "RTÉ",
			kept:      []string{"Apartments accounted for a third of the total."},
			// "Read more:" alone over its list.
			removed: []gone{{"Rents rise 6% in year to September", ReasonRelated}, {"Housing starts fall in October", ReasonRelated}},
		},
		{
			file:      "stuff-style.txt",
			publisher: "Stuff",
			kept:      []string{"Councillors voted 10-6 in favour."},
			// over its "Contribute" button
			removed: []gone{{"Stuff's journalism is free to read, but not free to produce.", ReasonDonation}},
		},
		{
			file:      "mee-style.txt",
			publisher: "Middle East Eye",
			kept:      []string{"The Israeli military said it had targeted Hezbollah infrastructure."},
			removed:   []gone{{"To learn more about republishing this content", ReasonMetadata}},
		},
		{
			file:      "variety-style.txt",
			publisher: "Variety",
			kept:      []string{"Production is set to begin in the spring."},
			removed:   []gone{{"Popular on Variety", ReasonRelated}},
		},
		{
			file:      "joongang-style.txt",
			publisher: "Korea JoongAng Daily",
			kept:      []string{"Chip exports hit a record $14.5 billion."},
			removed:   []gone{{"Shipping containers at Busan Port on Monday.", ReasonCaption}}, // "... [YONHAP]"
		},
		{
			file:      "kathimerini-style.txt",
			title:     "Greek parliament approves 2027 budget",
			publisher: "eKathimerini.com", // its name under the title line, no longer run into it
		},
		{
			file:      "brookings-style.txt",
			publisher: "Brookings",
			kept:      []string{"The Federal Reserve may look through the increase"},
			removed: []gone{
				{"The Brookings Institution is committed to quality", ReasonMetadata},
				{"each Brookings publication represents the sole views of its author(s)", ReasonMetadata},
			},
		},
		{
			file:      "batimes-style.txt",
			publisher: "Buenos Aires Times",
			date:      "2026-12-02", // "02-12-2026 14:15": the day first, as a 24-hour clock tells
		},
		{
			file:      "balkan-style.txt",
			publisher: "Balkan Insight",
			date:      "2026-12-02",
			kept:      []string{"The step follows four years without progress in the talks."},
			// The byline's block under the standfirst.
			removed: []gone{{"Milica Stojanovic", ReasonMetadata}, {"BIRN", ReasonMetadata}, {"Belgrade", ReasonMetadata}, {"14:15", ReasonMetadata}},
		},
		{
			file:      "mexnews-style.txt",
			publisher: "Mexico News Daily",
			kept:      []string{"Analysts expect one more cut early next year."},
			removed:   []gone{{"With reports from El Financiero and Reuters", ReasonMetadata}},
		},
		{
			file:      "newyorker-style.txt",
			publisher: "The New Yorker",
			kept:      []string{"The residents did not accept the decision quietly."},
			removed:   []gone{{"Save this story", ReasonShare}, {"Illustration by Jane Doe", ReasonCredit}},
		},
		{
			// The "Go to Contents" as the title, with no title
			// line: the skip links go, the headline Yonhap tags "(LEAD)"
			// gives the title, and the wire's dateline under it the
			// publisher.
			file:      "yonhap-untitled-style.txt",
			title:     "(LEAD) N. Korea fires ballistic missile into East Sea: JCS",
			publisher: "Yonhap",
			removed:   []gone{{"Go to Contents", ReasonNav}, {"Go to Navigation", ReasonNav}},
		},
		{
			// The "In Pictures" as the title: the headline under
			// it that bears the label is no teaser; "BBC Homepage"
			// names the publisher.
			file:      "bbc-inpictures-untitled-style.txt",
			title:     "In Pictures: Snow blankets northern England",
			publisher: "BBC",
		},
		{
			// A JNews theme's page without its title line: "Recent News"
			// heads a list, not the classifier's guess alone.
			file:      "jnews-untitled-style.txt",
			title:     "Kerala to open 20 new schools",
			publisher: "South India Herald",
			kept:      []string{"The schools will have hostels for students from remote settlements."},
			removed:   []gone{{"Kerala rains: Orange alert in 5 districts", ReasonRelated}},
		},
		{
			// A short caption under its credit ("Gallo Images/Sharon
			// Seretlo" / "Eskom's Megawatt Park in Johannesburg."), over
			// a paragraph.
			file:      "news24-caption-style.txt",
			publisher: "News24",
			kept:      []string{"Eskom has not implemented load shedding since March"},
			removed:   []gone{{"Eskom's Megawatt Park in Johannesburg.", ReasonCaption}, {"Gallo Images/Sharon Seretlo", ReasonCredit}},
		},
		{
			file:      "time-style.txt",
			publisher: "TIME",
			kept:      []string{"But breeding a new coffee plant takes more than a decade."},
			removed: []gone{
				{"By Alejandro de la Garza", ReasonMetadata}, // a name's "de la"
				// over its credit "Victor Moriyama—Bloomberg/Getty Images",
				// the byline under them
				{"Farmers harvest coffee cherries in Minas Gerais, Brazil, in 2025.", ReasonCaption},
			},
		},
		{
			file:      "torontostar-style.txt",
			publisher: "The Star",
			kept:      []string{"Some councillors said residents could not afford another large increase."},
			removed: []gone{
				{"timer 2 min. read", ReasonShare},
				{"Ben Spurr is a Toronto-based reporter covering city hall for the Star.", ReasonBio}, // "... Reach him via email: bspurr@thestar.ca"
			},
		},
		{
			file:      "taipeitimes-style.txt",
			publisher: "Taipei Times",
			kept:      []string{"Opposition lawmakers cut NT$5 billion from the proposal."},
			removed: []gone{
				{"By Chen Yun and Jake Chung / Staff reporter, with staff writer", ReasonMetadata},
				{"This story has been viewed 3,512 times.", ReasonShare},
				{"Comments will be moderated.", ReasonComments},
			},
		},
		{
			file:      "rnz-style.txt",
			publisher: "RNZ News",
			kept:      []string{"Principals say the programme has helped attendance."},
			removed:   []gone{{"Get the RNZ app", ReasonShare}},
		},
		{
			file:      "dailysabah-style.txt",
			publisher: "Daily Sabah",
			kept:      []string{"Deliveries will begin in 2028."},
			// under "Photo by Anadolu Agency", closing on the picture's date
			removed: []gone{{"Energy ministers of both countries at the signing ceremony", ReasonCaption}},
		},
		{
			// "Subscribe to CNBC PRO" beside "© 2026 CNBC LLC": the
			// publication, not its product.
			file:      "cnbc-pro-style.txt",
			title:     "Stocks rise as investors weigh jobs data",
			publisher: "CNBC",
		},
		{
			// Its masthead in capitals shares "Japan" with the story:
			// the headline under it, which tells more, is the title, and
			// the masthead names the publisher.
			file:      "nhk-untitled-style.txt",
			title:     "Japan's economy shrinks in July-September quarter",
			publisher: "NHK WORLD-JAPAN",
		},
		{
			file:      "zeit-untitled-style.txt",
			title:     "Haushalt: Bundestag beschließt Etat für 2027",
			publisher: "ZEIT ONLINE",
			date:      "2026-12-02",
			removed:   []gone{{"Artikel hören", ReasonShare}, {"Zur Startseite", ReasonNav}},
		},
		{
			file:      "elpais-untitled-style.txt",
			title:     "El Gobierno aprueba el anteproyecto de ley de vivienda",
			publisher: "EL PAÍS",
			date:      "2026-12-02", // "Madrid - 02 dic 2026 - 14:15 CET"
			removed:   []gone{{"Archivado En", ReasonNav}},
		},
		{
			file:      "figaro-untitled-style.txt",
			title:     "Le Sénat adopte le budget de la Sécurité sociale",
			publisher: "Le Figaro",
			date:      "2026-12-02", // "Publié le 02/12/2026 à 14:15": the day first, as the 24-hour clock tells
			kept:      []string{"Une commission mixte paritaire doit se réunir la semaine prochaine."},
			removed: []gone{
				{"Cet article est réservé aux abonnés.", ReasonCrumb},
				{"Vous avez envie de lire la suite ?", ReasonCrumb},
				{"Débloquez tous les articles immédiatement.", ReasonCrumb},
			},
		},
		{
			file:      "ynet-style.txt",
			publisher: "Ynetnews",
			date:      "2026-06-15", // "06.15.26 | 14:15"
		},
	})
}

// TestShortYearDotted: a two-digit year parted by dots is read with a time
// after it, when only one order of day and month makes a date.
func TestShortYearDotted(t *testing.T) {
	for in, want := range map[string]string{
		"06.15.26 | 14:15":       "2026-06-15", // Ynetnews writes the month first
		"15.06.26 14:43":         "2026-06-15",
		"12.02.26 | 14:15":       "", // December 2 or 12 February
		"version 1.2.26":         "",
		"15.06.26":               "",
		"Updated 15.06.26, 9:05": "2026-06-15",
	} {
		if got := firstDate(in); got != want {
			t.Errorf("firstDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTagLinesNamed: a tag list whose label a word opens ("Hot tags:",
// "News Tags:") is a tag line; a sentence about tags is not.
func TestTagLinesNamed(t *testing.T) {
	for low, want := range map[string]bool{
		"hot tags: sport, australia, tennis":              true,
		"news tags: technology, patent":                   true,
		"post tags:":                                      true,
		"tags: politics":                                  true,
		"the new price tags: shoppers balked at the cost": false,
		"police said the tags: were fake":                 false,
	} {
		if got := isTagLine(low); got != want {
			t.Errorf("isTagLine(%q) = %v, want %v", low, got, want)
		}
	}
}

// TestMastheadInCapitals: a page with no title line that opens with its
// masthead in capitals, a word or three, over the headline that tells the
// story: the headline is the title, not the masthead (a wire's headline in
// capitals, longer, stays one).
func TestMastheadInCapitals(t *testing.T) {
	page := strings.Join([]string{"HARBOUR BUGLE", "Skip to content", "Home", "Local",
		"Mayor opens new bridge over the river",
		"The mayor opened the new bridge over the river on Tuesday, ending two years of works that closed the old crossing.",
		"Traffic was expected to ease in the town centre within weeks, the council said."}, "\n")
	if r := Clean(page); r.Title != "Mayor opens new bridge over the river" {
		t.Errorf("title %q, want the headline under the masthead", r.Title)
	}
}

// TestMastheadNotControls: a page with no title line that opens with a
// control ("Register or Sign in", "Main Content") names its publisher
// elsewhere; the control is no masthead.
func TestMastheadNotControls(t *testing.T) {
	for _, first := range []string{"Register or Sign in", "Main Content", "Home Page", "Main Site", "Links"} {
		page := strings.Join([]string{first, "Local", "Mayor opens new bridge over the river",
			"The mayor opened the new bridge over the river on Tuesday, ending two years of works that closed the old crossing.",
			"Traffic was expected to ease in the town centre within weeks, the council said.",
			"© 2026 Harbour Bugle Media Ltd"}, "\n")
		if r := Clean(page); r.Publisher != "Harbour Bugle Media" {
			t.Errorf("%q first: publisher %q, want the copyright's Harbour Bugle Media", first, r.Publisher)
		}
	}
}
