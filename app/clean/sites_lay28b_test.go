package clean

import "testing"

// TestSitesTodayAsiaMideastAfrica cleans pages written here in the layouts
// of South and Southeast Asian, Middle Eastern and African newsrooms, and of
// what analysts save beside news (think tanks' commentary, the UN's and
// ReliefWeb's releases, NGOs' statements, a government's press statement),
// as they are scraped today (testdata/sites: ThePrint, The Wire, Firstpost,
// WION, Deccan Herald, The News International, EconomyNext, The Philippine
// Star, GMA News, Manila Bulletin, Jakarta Globe, Antara, Việt Nam News,
// Phnom Penh Post, Al Arabiya English, Asharq Al-Awsat, L'Orient Today,
// The Jordan Times, TRT World, Rudaw, Iran International, the Monitor,
// Addis Standard, Egypt Independent, Morocco World News, allAfrica, CSIS,
// RAND, Carnegie, Chatham House, War on the Rocks, the Lowy Interpreter,
// UN News, ReliefWeb, Human Rights Watch, Amnesty International and the
// State Department), each read as a new user would; every case below is a
// fault that reading found.
func TestSitesTodayAsiaMideastAfrica(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file:      "monitor-ug-style.txt",
			title:     "Kampala traders strike over new tax collection system", // not the title line whole
			publisher: "Monitor",
			kept:      []string{"Traders in downtown Kampala closed their shops"},
			removed: []gone{
				// The headline over the lead picture's caption is the
				// title line's headline, no stray image title: the title
				// line is the page's, not kept as the headline.
				{"Kampala traders strike over new tax collection system | Monitor", ReasonPageTitle},
				{"Traders close shops in downtown Kampala on Tuesday.", ReasonCaption},
			},
		},
		{
			file:      "carnegie-style.txt",
			title:     "Why Central Asia Is Betting on Chinese Electric Buses",
			publisher: "Carnegie Endowment for International Peace", // "for" inside the title line's name
			kept:      []string{"Governments in the region would be wise"},
			removed: []gone{
				{"Carnegie does not take institutional positions", ReasonMetadata}, // "... those of the author(s)"
			},
		},
		{
			file:      "warontherocks-style.txt",
			publisher: "War on the Rocks",
			kept:      []string{"The Army should treat ammunition distribution"},
		},
		{
			file:      "chathamhouse-style.txt",
			publisher: "Chatham House", // not its tagline "International Affairs Think Tank"
			kept:      []string{"Adaptation finance has been the poor relation"},
		},
		{
			file:      "csis-style.txt",
			title:     "What the Pacific Islands Forum's New Security Pact Means",
			publisher: "CSIS",
			kept:      []string{"A2: It gives island states a regional option"},
			removed: []gone{
				{"Commentary by Elena Marsh", ReasonMetadata}, // a kicker and the byline
				{"Elena Marsh is a senior fellow", ReasonBio},
				{"Critical Questions is produced by", ReasonMetadata},
			},
		},
		{
			file:      "rand-style.txt",
			publisher: "RAND",
			kept:      []string{"A drone that costs a few thousand dollars"},
			removed:   []gone{{"This commentary originally appeared on Defense One", ReasonMetadata}},
		},
		{
			file:      "egyptindependent-style.txt",
			publisher: "Egypt Independent",
			kept:      []string{"The ministry said the loaf's weight would remain unchanged"},
			removed:   []gone{{"Edited translation from Al-Masry Al-Youm", ReasonMetadata}},
		},
		{
			file:      "firstpost-style.txt",
			publisher: "Firstpost",
			kept:      []string{"Sri Lanka on Tuesday signed a framework agreement"},
			removed:   []gone{{"Sri Lankan President during a meeting in Colombo.", ReasonCaption}}, // "File image/Reuters"
		},
		{
			file:      "thenews-pk-style.txt",
			publisher: "The News International",
			kept:      []string{"PESHAWAR: The Khyber Pakhtunkhwa government"},
			removed: []gone{
				{"Students attend class in a tent", ReasonCaption}, // "— Online/File"
				// "More from Peshawar" heads its list: its first item
				// goes with it, not only the intro line.
				{"Traders protest against new market timings", ReasonRelated},
			},
		},
		{
			file:      "iranintl-style.txt",
			publisher: "Iran International",
			kept:      []string{"Schools and universities in Tehran were closed"},
			removed:   []gone{{"Tehran's skyline covered by smog", ReasonCaption}}, // "(file photo)", no full stop
		},
		{
			file:      "jordantimes-style.txt",
			publisher: "Jordan Times",
			kept:      []string{"AMMAN — Jordan and Iraq on Monday agreed"},
			removed:   []gone{{"Prime Minister Jafar Hassan meets with the Iraqi oil minister", ReasonCaption}}, // "(Petra photo)"
		},
		{
			file:      "mb-style.txt",
			publisher: "Manila Bulletin",
			kept:      []string{"The Metropolitan Manila Development Authority (MMDA) will deploy"},
			removed:   []gone{{"(MB File Photo)", ReasonCredit}},
		},
		{
			file:      "lorientoday-style.txt",
			publisher: "L'Orient Today",
			date:      "2026-12-02",
			kept:      []string{"BEIRUT — Residents of Beirut faced power cuts"},
			removed:   []gone{{"L'Orient Today / By Nada Maucourant", ReasonMetadata}},
		},
		{
			file:      "theprint-style.txt",
			publisher: "ThePrint",
			kept:      []string{"The Army has so far placed orders"},
			removed: []gone{
				// The paper in the third person under "Support Our
				// Journalism", then readers asked.
				{"India needs fair, non-hyphenated and questioning journalism", ReasonDonation},
				{"Sustaining this needs support from wonderful readers like you.", ReasonDonation},
			},
		},
		{
			file:      "hrw-style.txt",
			publisher: "Human Rights Watch",
			kept:      []string{"The authorities should promptly release all those held"},
			removed:   []gone{{"Your tax deductible gift can help", ReasonDonation}},
		},
		{
			file:      "thewire-in-style.txt",
			publisher: "The Wire",
			kept:      []string{"The district magistrate did not respond"},
			date:      "2026-12-02", // "02/Dec/2026"
			removed: []gone{
				{"The Wire is now on WhatsApp.", ReasonShare},
				{"02/Dec/2026", ReasonMetadata},
				{"Umesh Kumar Ray", ReasonMetadata}, // the byline's name over it
				// The bio naming the byline's writer: the byline is read
				// past the share bar's "3 minutes read" between it and
				// the date.
				{"Umesh Kumar Ray is a journalist based in Patna.", ReasonBio},
			},
		},
		{
			// Without its title line: the headline over the caption still
			// is no stray image title, none of the story above it.
			file:      "monitor-ug-untitled-style.txt",
			title:     "Kampala traders strike over new tax collection system",
			publisher: "Monitor",
			removed:   []gone{{"Traders close shops in downtown Kampala on Tuesday.", ReasonCaption}},
		},
		{
			file:      "allafrica-style.txt",
			publisher: "-",
			kept:      []string{"Manufacturers said the ban would cost jobs"},
			removed: []gone{
				{"Read the original article on Vanguard.", ReasonMetadata},
				{"AllAfrica publishes around 400 reports a day", ReasonMetadata}, // "... responsible for their own content ..."
			},
		},
		{
			file:      "antara-style.txt",
			publisher: "ANTARA News",
			kept:      []string{"The facilities will be built in cooperation"},
			removed: []gone{
				{"Related news: Bulog ready to distribute", ReasonRelated},
				{"Related news: Govt sets new reference price", ReasonRelated},
			},
		},
		{
			file:      "carnegie-untitled-style.txt",
			publisher: "Carnegie Endowment for International Peace", // its masthead's five words and "for"
			kept:      []string{"Governments in the region would be wise"},
			removed: []gone{
				// The footnotes under their heading, after the last paragraph.
				{"Notes", ReasonMetadata},
				{"1 Data from city transport departments", ReasonMetadata},
				{"2 Interview with a transport official", ReasonMetadata},
			},
		},
		{
			file:      "warontherocks-style.txt",
			publisher: "War on the Rocks",
			removed:   []gone{{"[1] Figures are the author's estimates", ReasonMetadata}},
		},
		{
			file:      "rudaw-style.txt",
			publisher: "Rudaw",
			kept:      []string{"Travel companies said tickets to Istanbul"},
			removed:   []gone{{"Rudaw moderates all comments", ReasonComments}},
		},
		{
			file:      "unnews-style.txt",
			publisher: "UN News",
			kept:      []string{"UN partners are appealing for $60 million"},
			removed:   []gone{{"Download", ReasonShare}}, // the audio's button
		},
		{
			file:      "iiss-style.txt",
			publisher: "IISS",
			kept:      []string{"Better repair capacity may matter as much as more ships."},
			removed: []gone{
				{"Download PDF", ReasonShare},
				{"Senior Fellow for European Defence", ReasonMetadata},             // the role under "By Henrik Larsen"
				{"Henrik Larsen is Senior Fellow for European Defence", ReasonBio}, // "is Senior Fellow", no article
			},
		},
		{
			file:      "lowy-style.txt",
			publisher: "Lowy Institute",
			kept:      []string{"Other members, including Indonesia and Singapore"},
			removed: []gone{
				// The topics right under the last paragraph, over the
				// share row.
				{"Australia", ReasonTags},
				{"Southeast Asia", ReasonTags},
			},
		},
		{
			file:    "unpress-style.txt",
			kept:    []string{"He calls on all parties to respect the agreement"},
			removed: []gone{{"For information media. Not an official record.", ReasonMetadata}},
			// (its publisher, the title line's "Meetings Coverage and
			// Press Releases", left unchecked)
			publisher: "-",
		},
		{
			file:      "msf-style.txt",
			publisher: "MSF",
			kept:      []string{"MSF calls on all armed groups to respect medical facilities"},
			removed: []gone{
				{"Find out more about our work in Haiti", ReasonRelated},
				{"Your donation helps us provide emergency medical care", ReasonDonation},
			},
		},
		{
			file:      "philstar-style.txt",
			publisher: "Philstar.com",
			kept:      []string{"MANILA, Philippines — The Department of Education yesterday"},
			removed:   []gone{{"Students walk home in the rain in Quezon City.", ReasonCaption}}, // over "The STAR / Miguel de Guzman"
		},
		{
			file:      "mofa-style.txt",
			publisher: "Ministry of Foreign Affairs of Japan",
			kept:      []string{"3. Japan stands ready to provide further assistance"},
			removed:   []gone{{"Back to Press Releases", ReasonNav}},
		},
		{
			// Without its title line the masthead comes first; the
			// headline, a place and a comma before it ("In Bihar, Flood
			// Relief Camps ..."), is no byline and its outlet.
			file:      "thewire-in-untitled-style.txt",
			title:     "In Bihar, Flood Relief Camps Close Before the Water Recedes",
			publisher: "The Wire",
		},
		{
			// Without its title line: the menu's "Research & Commentary",
			// kept between two of its entries, is no headline over the
			// one the lede tells.
			file:      "rand-untitled-style.txt",
			title:     "Why Drone Defenses Need to Be Cheap",
			publisher: "RAND",
		},
		{
			file:      "deccanherald-style.txt",
			publisher: "Deccan Herald",
			kept:      []string{"Commuter groups welcomed the plan"},
			removed:   []gone{{"DHNS", ReasonMetadata}}, // the paper's news service over the date
		},
		{
			// Without its title line: the report's source ("World Food
			// Programme"), which the lede spells out before "(WFP)", is
			// no headline.
			file:      "reliefweb-untitled-style.txt",
			title:     "Mozambique: Cyclone response reaches 200,000 people in Nampula",
			publisher: "ReliefWeb",
		},
	})
	// allAfrica's first topic, under its notes, goes with the others
	// ("West Africa", "Environment"), to the page's end.
	for _, b := range cleanSite(t, "allafrica-style.txt").Blocks {
		if b.Source() == "Nigeria" && b.Removed == "" {
			t.Errorf("allafrica-style.txt: the topic %q kept", b.Source())
		}
	}
	// Without their title lines, institutions' mastheads of five or six
	// words joined by "of" or "for" name them.
	for file, want := range map[string]string{
		"csis-style.txt":     "Center for Strategic and International Studies",
		"mofa-style.txt":     "Ministry of Foreign Affairs of Japan",
		"stategov-style.txt": "United States Department of State",
	} {
		if got := cleanSiteUntitled(t, file).Publisher; got != want {
			t.Errorf("%s without its title line: publisher %q, want %q", file, got, want)
		}
	}
}
