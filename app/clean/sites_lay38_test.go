package clean

import "testing"

// TestSitesLay38 cleans pages written here in the layouts of newsrooms and
// platforms the tests had no page of: Gannett's Arizona Republic, Lee's St.
// Louis Post-Dispatch (BLOX), MediaNews Group's Boston Herald, Reach's
// Birmingham Live, Nine's Brisbane Times, Torstar's Hamilton Spectator,
// News18, Moneycontrol, The Telegraph (India), Gulf Today, WAM, Malawi24,
// Khaosod English, a Government of Canada news release, a university's
// news page, Industry Dive, a podcast's page with its transcript, Full Fact,
// PolitiFact, the Evening Standard's live blog, ANI, Kuensel, a gallery,
// a Buttondown newsletter, Newsroom (New Zealand), The Narwhal, IPPmedia
// and the Gulf Daily News. The faults found and mended: PolitiFact's
// claim over its headline taken for the title, and "PolitiFact | ..."
// naming no site; a Lee paper's sign-off ("Name • telephone", "@handle on
// X") kept; a newsletter's "If a friend forwarded it to you, ... subscribe"
// kept; The Telegraph's (India) lead caption over "File picture", a
// fact-checker's note on Facebook's programme, a transcript's note on how
// it was made, Moneycontrol's call to its app kept; BLOX's lead caption over "Photographer, Paper" kept with its
// credit; a lead caption closing on its date kept over the dateline;
// Industry Dive's "license" button kept (and the caption under the bar with
// it), "Recommended Reading" and its teaser kept; a caption closing on
// "WAM" kept; Moneycontrol's disclaimer on its experts' tips, Torstar's
// "Article was updated 3 hrs ago", "Report an error", "Journalistic
// Standards" and its comments' code of conduct kept.
func TestSitesLay38(t *testing.T) {
	checkSites(t, []siteCase{
		{
			// Left: the masthead taken for the publisher is the city
			// over the menu ("Phoenix").
			file:      "azcentral-style.txt",
			title:     "Phoenix to add 40 miles of shade along bus routes by 2028",
			publisher: "-",
			date:      "2026-12-05",
			kept:      []string{"Phoenix will spend $31 million", "Trees first, then canopies", "Work on the first 12 miles"},
			removed: []gone{
				{"A woman waits at a bus stop on Van Buren Street", ReasonCaption},
				{"Support local journalism. Subscribe to azcentral.com today.", ReasonMetadata},
				{"Phoenix heat deaths fell in 2026", ReasonRelated},
			},
		},
		{
			// The reporter's sign-off, her name and telephone, then her
			// handle, was kept.
			file:      "stltoday-style.txt",
			title:     "St. Louis County to close two health clinics, shift staff to mobile vans",
			publisher: "-",
			date:      "2026-12-05",
			kept:      []string{"CLAYTON — St. Louis County will close", "Several council members said", "The county will hold two public meetings"},
			removed: []gone{
				{"The North Central Community Health Center in Pine Lawn", ReasonCaption},
				{"Dana Fields, Post-Dispatch", ReasonCredit},
				{"Subscribe to our Daily Headlines newsletter.", ReasonNewsletter},
				{"Kara Lindqvist • 314-555-8210", ReasonRelated},
				{"@karalindqvist on X", "page footer"},
				{"Powered by BLOX Content Management System", "boilerplate"},
			},
		},
		{
			// Left: the deck ("The ordinance passed 9-2 after a year of
			// debate") goes.
			file:      "bostonherald-style.txt",
			title:     "Somerville bans gas-powered leaf blowers starting in 2028",
			publisher: "Boston Herald",
			date:      "2026-12-05",
			kept:      []string{"Somerville will ban gas-powered leaf blowers", "The city plans a rebate"},
			removed: []gone{
				{"Landscapers work on a lawn in Somerville in October.", ReasonCaption},
				{"Originally Published: December 5, 2026", ReasonMetadata},
				{"Click to share on Facebook", ReasonShare},
			},
		},
		{
			// Left: the deck goes here too.
			file:      "birminghamlive-style.txt",
			title:     "Birmingham council tenants face 7% rent rise from April",
			publisher: "Birmingham Live",
			date:      "2026-12-06",
			kept:      []string{"Tenants in Birmingham's 60,000 council homes", "The council has been under government commissioners", "The decision will be made on December 13."},
			removed: []gone{
				{"Council homes in Birmingham (Image: Birmingham Live)", ReasonCaption},
				{"Get the biggest Birmingham news straight to your inbox", ReasonNewsletter},
				{"Bin strike talks collapse", ReasonRelated},
			},
		},
		{
			file:      "brisbanetimes-style.txt",
			title:     "Cross River Rail’s opening pushed back to 2029",
			publisher: "Brisbane Times",
			date:      "2026-12-06",
			kept:      []string{"The opening of Brisbane’s Cross River Rail", "The project’s budget is $19 billion"},
			removed: []gone{
				{"Start the day with major news and analysis", ReasonNewsletter},
				{"Lydia Crane is a transport reporter", "author bio"},
				{"Log in, register or subscribe to save articles for later.", ReasonCrumb},
			},
		},
		{
			// Left: "About The Spectator" kept.
			file:      "thespec-style.txt",
			title:     "Hamilton LRT construction to close King Street East for eight months",
			publisher: "-",
			date:      "2026-12-05",
			kept:      []string{"The closure between Wellington and Victoria streets starts in April", "A stretch of King Street East will close", "The LRT line is expected to open in 2030."},
			removed: []gone{
				{"Article was updated 3 hrs ago", ReasonMetadata},
				{"Image of the intersection of King Street East", ReasonCaption},
				{"Report an error", ReasonNav},
				{"Journalistic Standards", ReasonNav},
				{"Conversations are opinions of our readers", "comments"},
			},
		},
		{
			// Left: "Location :" kept.
			file:      "news18-style.txt",
			title:     "Delhi Air Quality Dips To 'Severe' Again, GRAP Stage 3 Curbs Back In Force",
			publisher: "News18",
			date:      "2026-12-06",
			kept:      []string{"Delhi's air quality slipped back", "Environment minister Manjinder Singh Sirsa"},
			removed: []gone{
				{"The AQI at Anand Vihar touched 441", ReasonCaption},
				{"ALSO READ | Delhi Metro To Run 40 Extra Trips", ReasonRelated},
				{"Follow us on Google News", ReasonShare},
			},
		},
		{
			// The site's disclaimer on its experts' tips and its call to
			// its app ("Discover the latest Business News ... download the
			// Moneycontrol App ...") were kept.
			file:      "moneycontrol-style.txt",
			title:     "Tata Motors shares jump 6% after strong November sales; brokerages raise targets",
			publisher: "Moneycontrol",
			date:      "2026-12-02",
			kept:      []string{"Tata Motors shares rose as much as 6 percent", "\"Margins should improve"},
			removed: []gone{
				{"Disclaimer: The views and investment tips expressed", ReasonMetadata},
				{"Discover the latest Business News, Sensex, and Nifty updates.", ReasonPromo},
				{"Also Read: Maruti Suzuki November sales", ReasonRelated},
			},
		},
		{
			// The lead caption over its "File picture" was kept. Left: no
			// date read from "Published 06.12.26, 05:42 AM" (a dotted date
			// with a 12-hour clock is read month first elsewhere).
			file:      "telegraphindia-style.txt",
			title:     "Kolkata: Metro's Purple Line to reach Esplanade by March",
			publisher: "Telegraph India",
			kept:      []string{"The Purple Line of the Kolkata Metro", "The line has been delayed several times"},
			removed: []gone{
				{"Our Special Correspondent", ReasonMetadata},
				{"Tunnel work near Khidderpore", ReasonCaption},
				{"File picture", ReasonCredit},
				{"Howrah bridge repair to shut lanes at night", ReasonRelated},
			},
		},
		{
			file:      "gulftoday-style.txt",
			title:     "Sharjah opens 12km cycling track in Al Rahmaniya",
			publisher: "Gulf Today",
			date:      "2026-12-05",
			kept:      []string{"Sharjah has opened a 12-kilometre cycling", "Work on a second track in Muwaileh"},
			removed: []gone{
				{"Residents ride on the new track in Al Rahmaniya. WAM", ReasonCaption},
				{"Staff Reporter, Gulf Today", ReasonMetadata},
			},
		},
		{
			// Left: the desk's slug under the story, "WAM/Hatem
			// Mohamed/Tariq alfaham", kept.
			file:      "wam-style.txt",
			title:     "UAE, Kenya sign agreement on renewable energy cooperation",
			publisher: "Emirates News Agency",
			date:      "2026-12-05",
			kept:      []string{"ABU DHABI, 5th December, 2026 (WAM) -- The UAE and Kenya", "Wandayi said Kenya aimed"},
			removed:   []gone{{"UAE President receives Kenyan delegation", ReasonRelated}},
		},
		{
			file:      "malawi24-style.txt",
			title:     "Blantyre water board raises tariffs by 25 percent",
			publisher: "Malawi 24",
			date:      "2026-12-05",
			kept:      []string{"Blantyre Water Board has raised water tariffs", "The Malawi Energy Regulatory Authority approved"},
			removed: []gone{
				{"Lilongwe council to demolish illegal market stalls", ReasonNav},
				{"Save my name, email, and website", "comments"},
			},
		},
		{
			file:      "khaosod-style.txt",
			title:     "Bangkok to Test Congestion Charge in Silom and Sathorn Next Year",
			publisher: "Khaosod English",
			date:      "2026-12-05",
			kept:      []string{"BANGKOK — City Hall will test a congestion charge", "The trial would last six months"},
			removed: []gone{
				{"Traffic on Sathorn Road on Dec. 3, 2026.", ReasonCaption},
				{"Khaosod English is one of the few independent news sources", ReasonDonation},
				{"Tags: Bangkok, Chadchart Sittipunt", ReasonTags},
			},
		},
		{
			// A government's news release: its "Quotes" and "Quick facts"
			// are the release's own. Left: "From: Indigenous Services
			// Canada" and the dateline line kept.
			file:      "canadagov-style.txt",
			title:     "Government of Canada invests in clean drinking water for First Nations in Manitoba",
			publisher: "-",
			date:      "2026-12-05",
			kept:      []string{"Today, the Minister of Indigenous Services announced", "Quick facts", "The Honourable Mandy Gull-Masty", "The funding includes training"},
			removed:   []gone{{"Report a problem or mistake on this page", ReasonRelated}},
		},
		{
			// A university's news: its notes to editors kept, as a press
			// release's are.
			file:      "universitynews-style.txt",
			title:     "Researchers find microplastics in 90% of river fish sampled across England",
			publisher: "University of Exmoor",
			date:      "2026-12-05",
			kept:      []string{"Researchers from the University of Exmoor have found", "The study, published in the journal"},
			removed:   []gone{{"New centre for coastal research opens in Barnstaple", ReasonRelated}},
		},
		{
			// Industry Dive's "Dive Brief:" and "Dive Insight:" are the
			// story's own labels.
			file:      "supplychaindive-style.txt",
			title:     "Retailers shift holiday inventory to smaller warehouses near cities",
			publisher: "Supply Chain Dive",
			date:      "2026-12-04",
			kept:      []string{"Dive Brief:", "Retailers leased 38 million square feet", "Dive Insight:", "Older buildings in cities are being converted"},
			removed: []gone{
				{"license", ReasonShare},
				{"A delivery van outside a warehouse in Queens", ReasonCaption},
				{"Recommended Reading", ReasonRelated},
				{"Holiday returns expected to hit record", ReasonRelated},
				{"Get the free daily newsletter read by industry experts", ReasonNewsletter},
			},
		},
		{
			// A podcast's page: the episode's summary and its transcript
			// are the article; the transcript's note ("This transcript was
			// generated by a machine ...") was kept. Left: "Credits" kept
			// over the credits removed.
			file:      "podcast-transcript-style.txt",
			title:     "Why your electricity bill keeps going up, even when you use less",
			publisher: "The Grid Podcast",
			date:      "2026-12-04",
			kept:      []string{"Utilities are spending record sums", "DANA WHITFIELD: Marcus, I turned my heat down", "MARCUS OBI: Show up at the rate case hearings."},
			removed: []gone{
				{"Listen on Apple Podcasts", ReasonNav},
				{"This transcript was generated by a machine", ReasonMetadata},
				{"Episode 212: What happens to old wind turbine blades", ReasonRelated},
			},
		},
		{
			// The note on Facebook's programme ("This article is part of
			// our work fact checking ...") was kept. Left: "What was
			// claimed" goes over the claim it heads.
			file:      "fullfact-style.txt",
			title:     "No, the government has not announced a £10 charge to see a GP",
			publisher: "Full Fact",
			date:      "2026-12-04",
			kept:      []string{"Our verdict", "Incorrect. There is no such plan.", "A post shared thousands of times on Facebook", "but no government has adopted the idea."},
			removed: []gone{
				{"Photo of empty supermarket shelves is from 2021", ReasonRelated},
				{"This article is part of our work fact checking", ReasonMetadata},
				{"Full Fact is a registered charity", "comments"},
			},
		},
		{
			// The claim's quote over the headline was taken for the title,
			// and "PolitiFact | ..." named no site: a name of one word
			// before the bar is a site's when written in camel case.
			file:      "politifact-style.txt",
			title:     "Claim that Ohio ended early voting is false",
			publisher: "PolitiFact",
			date:      "2026-12-04",
			kept:      []string{"An Instagram post claims that Ohio has ended early voting.", "We rate the claim False."},
			removed:   []gone{{"Our only agenda is to publish the truth", "page header"}},
		},
		{
			// A live blog: its entries' times and headings kept. Left: two
			// of the three key points go, the first entry's time too.
			file:      "standard-live-style.txt",
			title:     "London Underground strike LIVE: Tube lines suspended as RMT walkout begins",
			publisher: "The Standard",
			kept:      []string{"Busy scenes at London Bridge", "Talks to resume on Monday, says RMT", "Transport for London says the Elizabeth line"},
			removed: []gone{
				{"Sign up for exclusive newsletters, comment, and more", ReasonNewsletter},
				{"Met Police officer charged after Camden crash", ReasonRelated},
			},
		},
		{
			file:      "kuensel-style.txt",
			title:     "Gelephu Mindfulness City to open first hospital wing next year",
			publisher: "Kuensel Online",
			date:      "2026-12-06",
			kept:      []string{"The first wing of a 200-bed hospital", "About 60 Bhutanese nurses"},
			removed: []gone{
				{"Sonam Yangdon", ReasonMetadata},
				{"Gelephu airport construction reaches 40 percent", ReasonRelated},
				{"Your email address will not be published.", "comments"},
			},
		},
		{
			// A gallery's page. Left: each picture's caption goes with its
			// credit ("... at the Dadaocheng wharf. Photo: Lin Mei-hua"),
			// as on the other galleries here, leaving its introduction
			// alone.
			file:      "gallery-inpictures-style.txt",
			title:     "In pictures: Lantern festival lights up Taipei's riverside",
			publisher: "-",
			date:      "2026-12-05",
			kept:      []string{"Thousands of lanterns were lit along the Tamsui River"},
			removed: []gone{
				{"1 of 6", ReasonCaption},
				{"In pictures: First snow in Hokkaido", ReasonRelated},
			},
		},
		{
			// A Buttondown newsletter: its line to readers a friend
			// forwarded it to was kept.
			file:      "buttondown-style.txt",
			title:     "The week in local transit: three cities, three fare experiments",
			publisher: "Transit Notes",
			date:      "2026-12-05",
			kept:      []string{"This week I looked at three cities", "Fare capping in Cleveland", "just reply to this email."},
			removed: []gone{
				{"If a friend forwarded it to you, you can subscribe here.", ReasonNewsletter},
				{"Powered by Buttondown", ReasonNewsletter},
			},
		},
		{
			file:      "newsroomnz-style.txt",
			title:     "Councils warned over rising cost of three waters debt",
			publisher: "Newsroom",
			date:      "2026-12-06",
			kept:      []string{"Higher interest rates on borrowing for pipes", "Councils that have taken on water debt", "said the paper confirmed what mayors"},
			removed: []gone{
				{"Newsroom's coverage of local government is supported by", ReasonMetadata},
				{"We’re a non-profit, independent news organisation.", ReasonDonation},
			},
		},
		{
			// Left: the deck goes, as on the Boston Herald's page.
			file:      "narwhal-style.txt",
			title:     "B.C. approves logging plan in old-growth watershed near Nakusp",
			publisher: "The Narwhal",
			date:      "2026-12-04",
			kept:      []string{"The B.C. government has approved a logging company's plan", "did not respond to a request for comment."},
			removed: []gone{
				{"A stand of old-growth cedar in the Wensley Creek watershed", ReasonCaption},
				{"We’re a non-profit newsroom.", ReasonDonation},
			},
		},
		{
			file:      "ippmedia-style.txt",
			title:     "Dar es Salaam BRT phase three to start operations in March",
			publisher: "IPPmedia",
			date:      "2026-12-06",
			kept:      []string{"THE third phase of the Dar es Salaam Bus Rapid Transit", "Residents of Ukonga and Gongo la Mboto"},
			removed: []gone{
				{"Buses at the Kivukoni terminal in Dar es Salaam. PHOTO: FILE", ReasonCaption},
				{"DART to introduce electronic ticketing", ReasonRelated},
			},
		},
		{
			file:      "gdnonline-style.txt",
			title:     "Bahrain to build 3,000 new social housing units in 2027",
			publisher: "Gulf Daily News Online",
			date:      "2026-12-07",
			kept:      []string{"MANAMA: The Housing and Urban Planning Ministry", "She added that 1,200 families"},
			removed:   []gone{{"Traffic alert on King Hamad Highway", ReasonRelated}},
		},
		{
			file:      "aninews-style.txt",
			title:     "Karnataka to set up 100 new primary health centres in rural areas: Health Minister",
			publisher: "-",
			date:      "2026-12-05",
			kept:      []string{"Bengaluru (Karnataka) [India], December 5 (ANI): Karnataka will set up", "The minister also said the department would hire"},
			removed:   []gone{{"ANI | Updated: Dec 05, 2026 18:42 IST", ReasonMetadata}},
		},
	})
}
