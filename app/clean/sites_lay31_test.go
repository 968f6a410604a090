package clean

import "testing"

// TestSitesLay31 cleans pages written here in the layouts of newsrooms in
// Europe, the Gulf, Central Asia and the Caucasus the tests had no page of
// (The Local, The Brussels Times, TheJournal.ie, DutchNews, NL Times, the
// Gulf Daily News, Eurasianet, AzerNews, OC Media and others), read as a
// new user would; the cases with a comment are faults that reading found.
func TestSitesLay31(t *testing.T) {
	checkSites(t, []siteCase{
		{
			// "For members" over its teasers; the comment section's
			// policy, "Please keep comments civil, ...".
			file:      "thelocal-style.txt",
			publisher: "The Local",
			date:      "2026-12-03",
			kept:      []string{"The results will be published in 2028."},
			removed: []gone{
				{"For members", ReasonRelated},
				{"Why is it so hard to find a rental flat in Stockholm?", ReasonRelated},
				{"Please keep comments civil, constructive and on topic", ReasonComments},
			},
		},
		{
			// The masthead's "TheJournal.ie", which the copyright's
			// company, "Journal Media Ltd", bears: the publisher.
			file:      "thejournal-style.txt",
			title:     "Dublin Bus to add 60 electric buses to its fleet next year",
			publisher: "TheJournal.ie",
			kept:      []string{"DUBLIN BUS WILL add 60 electric double-deckers"},
		},
		{
			// The site and its tagline in the title line, "The Olive
			// Press News Spain", over its masthead "The Olive Press".
			file:      "olivepress-style.txt",
			publisher: "The Olive Press",
			date:      "2026-12-03",
			kept:      []string{"MARBELLA will plant 5,000 trees"},
		},
		{
			// The appeal under the story, from its thanks.
			file:      "dutchnews-style.txt",
			publisher: "DutchNews.nl",
			date:      "2026-12-03",
			kept:      []string{"The current night limit is 100 km/h."},
			removed: []gone{
				{"Thank you for donating to DutchNews.nl.", ReasonDonation},
				{"We could not provide the Dutch News service", ReasonDonation},
			},
		},
		{
			// The lead picture's caption, its credit after a dash.
			file:      "nltimes-style.txt",
			publisher: "NL Times",
			date:      "2026-12-03",
			kept:      []string{"The Port of Rotterdam handled more containers"},
			removed:   []gone{{"Container terminal at the Port of Rotterdam - Credit: Depositphotos", ReasonCaption}},
		},
		{
			// ... after a full stop, the photographer and the outlet
			// closed by one.
			file:      "ocmedia-style.txt",
			publisher: "OC Media",
			date:      "2026-12-03",
			kept:      []string{"Dozens of people gathered in Tbilisi's Vake Park"},
			removed:   []gone{{"Protesters in Vake Park. Photo: Mariam Nikuradze/OC Media.", ReasonCaption}},
		},
		{
			// The call to follow the site's handle; its appeal.
			file:      "azernews-style.txt",
			publisher: "AzerNews",
			date:      "2026-12-03",
			kept:      []string{"Talks will focus on gas exports"},
			removed: []gone{
				{"Follow us on Twitter @AzerNewsAz", ReasonShare},
				{"Here we are to serve you with news right now.", ReasonDonation},
			},
		},
		{
			file:      "gdn-style.txt",
			publisher: "-",
			kept:      []string{"A NEW desalination plant will be built in Hidd"},
			removed:   []gone{{"Please keep your comments civil and on topic.", ReasonComments}},
		},
		{
			// The dateline alone on its line, the place and the day.
			file:      "gdn-dateline-style.txt",
			publisher: "-",
			date:      "2026-12-06",
			kept:      []string{"TRAFFIC fines will have to be paid online from March"},
			removed:   []gone{{"Manama, Dec. 6", ReasonMetadata}},
		},
		{
			// The opinion page's disclaimer, in its own words.
			file:      "kunuz-opinion-style.txt",
			publisher: "Kun.uz",
			date:      "2026-12-04",
			kept:      []string{"Every September, schools across Uzbekistan"},
			removed:   []gone{{"The views of the author may not coincide with the position of the editorial office.", ReasonMetadata}},
		},
		{
			// The reader's question and its answer; the note that it is
			// no legal advice.
			file:      "connexion-qa-style.txt",
			publisher: "-",
			date:      "2026-12-04",
			kept:      []string{"I moved to Brittany two years ago.", "Applications are made online through the ANTS website."},
			removed:   []gone{{"This article is for informational purposes only", ReasonMetadata}},
		},
		{
			// The lead picture's caption, "— Courtesy photo" its credit;
			// the site's own report, "Saudi Gazette report", the byline.
			file:      "saudigazette-sport-style.txt",
			publisher: "Saudi Gazette",
			date:      "2026-12-05",
			kept:      []string{"RIYADH — Al-Hilal beat Al-Nassr 2-1"},
			removed: []gone{
				{"Al-Hilal players celebrate the second goal. — Courtesy photo", ReasonCaption},
				{"Saudi Gazette report", ReasonMetadata},
			},
		},
		{
			// "More in this section" over its one teaser, at the foot.
			file:      "breakingnews-pa-style.txt",
			publisher: "BreakingNews.ie",
			date:      "2026-12-05",
			kept:      []string{"Emergency departments in Belfast and Derry", `"It is not too late," he said.`},
			removed:   []gone{{"More in this section", ReasonRelated}, {"Hospitals in Republic see record trolley numbers", ReasonRelated}},
		},
		{
			// The writer's note at the foot, what she does and where:
			// "... is an urban planner based in Doha."
			file:      "dohanews-opinion-style.txt",
			publisher: "Doha News",
			date:      "2026-12-05",
			kept:      []string{"The metro has shown that people will leave their cars"},
			removed:   []gone{{"Maryam Al-Kuwari is an urban planner based in Doha.", ReasonBio}},
		},
		{
			// The appeal with no paragraph in the reader's second
			// person after its opening: its call, "Choose to support
			// ...", over the button.
			file:      "azernews-analysis-style.txt",
			publisher: "AzerNews",
			date:      "2026-12-05",
			kept:      []string{"New ferries are being built at the Baku shipyard"},
			removed: []gone{
				{"Here we are to serve you with news right now.", ReasonDonation},
				{"Choose to support open, independent, quality journalism", ReasonDonation},
			},
		},
		{
			// The date under the byline, closed by a full stop as
			// Hungary Today writes it: "2026.12.05.".
			file:      "hungarytoday-untitled2-style.txt",
			title:     "Hungarian Parliament Passes 2027 Budget",
			publisher: "Hungary Today",
			date:      "2026-12-05",
			kept:      []string{"The Hungarian parliament adopted next year's budget"},
			removed:   []gone{{"2026.12.05.", ReasonMetadata}},
		},
		{
			// The writer's name and role under the date; the appeal from
			// "Readers like you are ...".
			file:      "thejournal-factcheck-style.txt",
			publisher: "-",
			kept:      []string{"A POST SHARED thousands of times", "Verdict: FALSE"},
			removed: []gone{
				{"Stephen McDermott", ReasonMetadata},
				{"Fact Check Editor", ReasonMetadata},
				{"Readers like you are keeping these stories free for everyone...", ReasonDonation},
			},
		},
		{
			// The lead picture's caption, its credit after a slash.
			file:      "lrt-audio-style.txt",
			publisher: "LRT",
			date:      "2026-12-05",
			kept:      []string{"The government will fund the restoration"},
			removed:   []gone{{"The wooden synagogue in Pakruojis / Photo: Ž. Gedvilas/BNS", ReasonCaption}},
		},
		{
			// "Sponsored Content" over its one teaser.
			file:      "irishexaminer-sponsored-style.txt",
			publisher: "Irish Examiner",
			date:      "2026-12-05",
			kept:      []string{"Farmers have called for an emergency fund"},
			removed:   []gone{{"How one Cork firm is helping farms cut energy bills", ReasonAd}},
		},
		{
			// The reader's poll under the story.
			file:      "kunuz-poll-style.txt",
			publisher: "Kun.uz",
			date:      "2026-12-05",
			kept:      []string{"Officials said the money would be spent on repairing roads."},
			removed:   []gone{{"Did you like this article?", ReasonCrumb}},
		},
		{
			// The lead picture's caption, its photographer in
			// parentheses and no full stop before.
			file:      "cyprusmail-caption-style.txt",
			publisher: "Cyprus Mail",
			date:      "2026-12-05",
			kept:      []string{"Flamingos have started to return"},
			removed:   []gone{{"The salt lake in Larnaca after the rain (Christos Theodorides)", ReasonCaption}},
		},
		{
			// ... and the paper's photographer after a dash.
			file:      "kuwaittimes-twobylines-style.txt",
			publisher: "Kuwait Times",
			date:      "2026-12-05",
			kept:      []string{"KUWAIT: Public schools in Kuwait will switch"},
			removed:   []gone{{"Students leave a school in Hawally. — KT photo by Yasser Al-Zayyat", ReasonCaption}},
		},
		{
			// The members' wall: "This article is for members only".
			file:      "thelocal-paywall-style.txt",
			publisher: "The Local",
			date:      "2026-12-05",
			kept:      []string{"Engineering work on the main north-south line is the biggest cause."},
			removed:   []gone{{"This article is for members only", ReasonDonation}},
		},
		// The pages the cleaning read right: kept so.
		{file: "timesca-republished-style.txt", publisher: "The Times Of Central Asia", date: "2026-12-05", kept: []string{"The government plans to build four more solar plants"}},
		{file: "nltimes-untitled-style.txt", title: "Eindhoven airport to close for runway repairs in spring", publisher: "NL Times", date: "2026-12-05", kept: []string{"The runway is shared with the Air Force"}},
		{file: "greekreporter-gallery-style.txt", publisher: "GreekReporter.com", date: "2026-12-05", kept: []string{"The national weather service said temperatures"}, removed: []gone{{"Snow on the Parthenon on Friday morning. Credit: Greek Reporter", ReasonCaption}}},
		{file: "azernews-font-style.txt", publisher: "AzerNews", date: "2026-12-05", kept: []string{"The government aims to double non-oil exports by 2030."}},
		{file: "baltictimes-opinion-style.txt", publisher: "The Baltic Times", date: "2026-12-05", kept: []string{"It would also make the region a stronger partner"}, removed: []gone{{"The opinions expressed in this commentary", ReasonMetadata}}},
		{file: "connexion-paywall-style.txt", publisher: "-", date: "2026-12-05", kept: []string{"The new rules are part of a law"}},
		{file: "saudigazette-wire-style.txt", publisher: "Saudi Gazette", date: "2026-12-05", kept: []string{"Analysts said the decision had been expected"}},
		{file: "dohanews-newsletter-style.txt", publisher: "Doha News", date: "2026-12-05", kept: []string{"The airline said the flights would start", "It now flies to more than 170 destinations."}},
		{file: "eurasianet-partner-style.txt", publisher: "Eurasianet", date: "2026-12-05", kept: []string{"Neighboring Uzbekistan, which once opposed the dam"}},
		{file: "kuwaittimes-editorial-style.txt", publisher: "Kuwait Times", date: "2026-12-05", kept: []string{"But patching the same roads each year"}},
		{file: "armenpress-ticker-style.txt", title: "Armenian central bank keeps key rate at 6.75%", publisher: "ARMENPRESS", date: "2026-12-05", kept: []string{"The next meeting of the board will be held on January 27."}},
		{file: "kunuz-ticker-style.txt", title: "Uzbekistan to cut import duties on medicines", publisher: "Kun.uz", date: "2026-12-05", kept: []string{"Pharmacists said prices had risen"}},
		{file: "dutchnews-untitled-style.txt", title: "Utrecht to ban wood-burning stoves in new homes", publisher: "DutchNews.nl", date: "2026-12-05", kept: []string{"Smoke from wood stoves is one of the main sources"}},
		{file: "maltatoday-live-style.txt", title: "Gozo ferry service cut after engine fault", publisher: "MaltaToday", date: "2026-12-05", kept: []string{"Gozo business groups said the fault showed"}},
		{file: "omanobserver-trending-style.txt", title: "Oman's oil output rises in November", publisher: "Oman Observer", date: "2026-12-05", kept: []string{"The ministry said it expected production to stay"}},
		{file: "rferl-georgian-style.txt", publisher: "RFE/RL", date: "2026-12-05", kept: []string{"Police detained 12 people on December 4"}, removed: []gone{{"Written by Tamar Beridze based on reporting by", ReasonMetadata}}},
		{file: "cyprusmail-whatsapp-style.txt", publisher: "Cyprus Mail", date: "2026-12-05", kept: []string{"Opposition MPs welcomed the plan"}, removed: []gone{{"Click here to join the Cyprus Mail WhatsApp channel", ReasonShare}}},
		{file: "nltimes-newsletter-style.txt", publisher: "NL Times", date: "2026-12-05", kept: []string{"Passenger group Rover called the rise"}, removed: []gone{{"Want to get the latest news in your inbox?", ReasonNewsletter}}},
		{file: "dailynewshungary-readalso-style.txt", publisher: "Daily News Hungary", date: "2026-12-05", kept: []string{"Buses, taxis, cyclists and pedestrians"}},
		{file: "timesca-analysis-style.txt", publisher: "The Times Of Central Asia", date: "2026-12-05", kept: []string{"Exports to China and Iran have grown"}},
		{file: "portugalnews-author-style.txt", publisher: "The Portugal News", date: "2026-12-05", kept: []string{"New charging stations are being built"}},
		{file: "thelocal-members-style.txt", publisher: "The Local", date: "2026-12-05", kept: []string{"Those who fail can retake it as often as they like."}, removed: []gone{{"READ ALSO: What changes for foreigners in Germany in 2027", ReasonRelated}}},
		{file: "greekreporter-sport-style.txt", publisher: "GreekReporter.com", date: "2026-12-05", kept: []string{"Olympiacos play Barcelona in Spain next week."}},
		{file: "lrt-opinion-style.txt", publisher: "LRT", date: "2026-12-05", kept: []string{"Parents fear that children will have to travel"}},
		{file: "baltictimes-photo-style.txt", publisher: "The Baltic Times", date: "2026-12-05", kept: []string{"The ministry said work could begin in 2028."}},
		{file: "eurasianet-perspectives-style.txt", publisher: "Eurasianet", date: "2026-12-05", kept: []string{"Farmers say wells that once reached water"}},
		{file: "kuwaittimes-local-style.txt", publisher: "Kuwait Times", date: "2026-12-05", kept: []string{"Officials said the new service would cut queues"}},
		{file: "rferl-kazakh-style.txt", publisher: "RFE/RL", date: "2026-12-03", kept: []string{"Rights groups called the verdict an attempt"}, removed: []gone{{"With reporting by Reuters", ReasonMetadata}}},
		{file: "ocmedia-feature-style.txt", publisher: "OC Media", date: "2026-12-04", kept: []string{"He hopes his grandson will take over", "The government offers subsidies to herders"}},
		{file: "armenpress-photo-style.txt", publisher: "ARMENPRESS", date: "2026-12-04", kept: []string{"Mayor Tigran Avinyan thanked volunteers"}},
		{file: "brusselstimes-longread-style.txt", publisher: "The Brussels Times", date: "2026-12-06", kept: []string{"But developers say permits still take years."}, removed: []gone{{"Brussels rents rise fastest in Europe", ReasonRelated}}},
		{file: "irishexaminer-opinion-style.txt", publisher: "Irish Examiner", date: "2026-12-01", kept: []string{"If we valued their work properly"}},
		{file: "cyprusmail-opinion-style.txt", publisher: "Cyprus Mail", date: "2026-12-06", kept: []string{"It is time for a plan that looks further ahead"}},
		{file: "timesofoman-holiday-style.txt", publisher: "Times of Oman", date: "2026-12-06", kept: []string{"Private companies whose work requires staff"}},
		{file: "brusselstimes-style.txt", publisher: "The Brussels Times", date: "2026-12-04", removed: []gone{{"The Leopold II tunnel in Brussels. Credit: Belga / Nicolas Maeterlinck", ReasonCaption}}},
		{file: "irishexaminer-style.txt", publisher: "Irish Examiner", date: "2026-12-02", kept: []string{"The €40m unit will treat up to 200 patients a day"}},
		{file: "breakingnews-style.txt", publisher: "BreakingNews.ie", date: "2026-12-03", kept: []string{"Judge Tom O'Donnell suspended the final year"}},
		{file: "maltatoday-style.txt", publisher: "MaltaToday", date: "2026-12-03", kept: []string{"Environmental NGOs welcomed the refusal"}},
		{file: "cyprusmail-style.txt", publisher: "Cyprus Mail", date: "2026-12-03", kept: []string{"The new timetables will be posted"}},
		{file: "greekreporter-style.txt", publisher: "GreekReporter.com", date: "2026-12-03", kept: []string{"It is a rare find"}},
		{file: "sarajevotimes-style.txt", publisher: "Sarajevo Times", date: "2026-12-03", kept: []string{"Work on the design will begin in spring."}},
		{file: "hungarytoday-style.txt", publisher: "Hungary Today", date: "2026-12-03", kept: []string{"The zoo has asked the public to suggest a name."}},
		{file: "dailynewshungary-style.txt", publisher: "Daily News Hungary", date: "2026-12-03", kept: []string{"Drivers in Budapest still pay slightly more"}},
		{file: "baltictimes-style.txt", publisher: "The Baltic Times", date: "2026-12-03", kept: []string{"RIGA – Latvia's minimum monthly wage"}},
		{file: "lrt-style.txt", publisher: "LRT", date: "2026-12-03", kept: []string{"The opposition said the council had not consulted"}},
		{file: "portugalnews-style.txt", publisher: "The Portugal News", date: "2026-12-03", kept: []string{"The environment minister said the rules could return"}},
		{file: "connexion-style.txt", publisher: "-", date: "2026-12-03", kept: []string{"The increase is lower than last year's"}},
		{file: "saudigazette-style.txt", publisher: "Saudi Gazette", date: "2026-12-03", kept: []string{"RIYADH — Saudi Arabia has launched"}},
		{file: "omanobserver-style.txt", publisher: "Oman Observer", date: "2026-12-03", kept: []string{"SUR: A new central fish market"}},
		{file: "timesofoman-style.txt", publisher: "Times of Oman", date: "2026-12-03", kept: []string{"Officials said work on the athletes' village"}},
		{file: "kuwaittimes-style.txt", publisher: "Kuwait Times", date: "2026-12-03", kept: []string{"Work on the bridge began in 2022."}},
		{file: "dohanews-style.txt", publisher: "Doha News", date: "2026-12-03", kept: []string{"Entry will be free for all visitors."}},
		{file: "eurasianet-style.txt", publisher: "Eurasianet", date: "2026-12-03", kept: []string{"Coal is the only thing we can pay for"}},
		{file: "timesca-style.txt", publisher: "The Times Of Central Asia", kept: []string{"Samarkand's first line opened earlier this year."}},
		{file: "kunuz-style.txt", publisher: "Kun.uz", date: "2026-12-03", kept: []string{"Officials said the road would reduce traffic jams"}},
		{file: "armenpress-style.txt", publisher: "Armenpress", date: "2026-12-03", kept: []string{"YEREVAN, DECEMBER 3, ARMENPRESS."}},
	})
}

// TestSitesLay31Untitled cleans some of those pages without their title
// line.
func TestSitesLay31Untitled(t *testing.T) {
	// The lead picture's credit, "Credits: ...", under the byline.
	r := cleanSiteUntitled(t, "portugalnews-style.txt")
	if b := blockWith(r, "Credits: Envato Elements"); b == nil || b.Removed != ReasonCredit {
		t.Errorf("portugalnews untitled: credit %v, want removed as %q", b, ReasonCredit)
	}
	// The date alone under the byline, in the page's header zone.
	if r := cleanSiteUntitled(t, "hungarytoday-style.txt"); r.Date != "2026-12-03" {
		t.Errorf("hungarytoday untitled: date %q, want 2026-12-03", r.Date)
	}
	if r := cleanSiteUntitled(t, "thejournal-style.txt"); r.Publisher != "TheJournal.ie" {
		t.Errorf("thejournal untitled: publisher %q, want TheJournal.ie", r.Publisher)
	}
	// The "Latest news" list over the headline, each entry under its
	// time: the headline is the story's, under it.
	if r := cleanSiteUntitled(t, "armenpress-ticker-style.txt"); r.Title != "Armenian central bank keeps key rate at 6.75%" {
		t.Errorf("armenpress-ticker untitled: title %q", r.Title)
	}
	// The site's own report under the headline, the masthead the first
	// line.
	if b := blockWith(cleanSiteUntitled(t, "saudigazette-sport-style.txt"), "Saudi Gazette report"); b == nil || b.Removed != ReasonMetadata {
		t.Errorf("saudigazette-sport untitled: byline %v, want removed as %q", b, ReasonMetadata)
	}
}
