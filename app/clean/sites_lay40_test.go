package clean

import (
	"strings"
	"testing"
)

// layPage is a page written here in a newsroom's layout, as a scraper
// flattens it, and what its cleaning must give: the title, the publisher
// and the body, the kept blocks under the headline, each line given by
// its start, in order and nothing else.
type layPage struct {
	file, title, publisher string
	body                   []string
}

// checkLayPages cleans each page and checks its title, publisher and body.
func checkLayPages(t *testing.T, pages []layPage) {
	t.Helper()
	for _, p := range pages {
		r := cleanSite(t, p.file)
		if r.Title != p.title {
			t.Errorf("%s: title %q, want %q", p.file, r.Title, p.title)
		}
		if r.Publisher != p.publisher {
			t.Errorf("%s: publisher %q, want %q", p.file, r.Publisher, p.publisher)
		}
		var body []Block
		for _, b := range r.Blocks {
			if b.Kind != "title" {
				body = append(body, b)
			}
		}
		got := strings.Split(keptText(Result{Blocks: body}), "\n")
		ok := len(got) == len(p.body)
		for i := 0; ok && i < len(got); i++ {
			ok = strings.HasPrefix(got[i], p.body[i])
		}
		if !ok {
			t.Errorf("%s: body\n%s\nwant the lines starting\n%s", p.file, strings.Join(got, "\n"), strings.Join(p.body, "\n"))
		}
	}
}

// TestSitesLay40 cleans pages written here in the layouts of newsrooms the
// tests had no page of: The Royal Gazette (Bermuda), the Cayman Compass,
// Dominican Today, Chile Today, Iceland Review, The Reykjavík Grapevine,
// The Barents Observer, High North News, The New Arab, Kurdistan24, KUNA,
// Daily News Egypt, Onmanorama, Greater Kashmir, The Sentinel (Assam),
// InDaily (Adelaide), The Gisborne Herald, the Illawarra Mercury (ACM),
// OPB, MPR News, Phys.org, Quanta Magazine, EurekAlert!, ESPNcricinfo,
// Cyclingnews, a Justice Department press release, a New Zealand
// minister's release (Beehive.govt.nz), EFE's English service, Kazinform,
// a newsletter's page on the web (Kit), Spectrum News 1 and the Guernsey
// Press.
//
// The faults found and mended, all lines kept: lead captions closing on a
// dash and "Photo:" ("... installed. – Photo: Name"), on a bullet and the
// agency ("... • PTI"), on the photographer and the station after a bar
// with the picture's year ("Name | MPR News 2025"), on a credit with the
// picture's library number ("(Picture by Name, 123456)"), or on the
// picture's date over a "Name / Outlet" credit line; a credit naming the
// site after a slash ("Name/Quanta Magazine"); a comments' gate ("You
// must be Registered or Signed in to post comment"); a note on the
// readers' comments; an appeal's paragraph between its banner and its
// button; an appeal opening on "Your support matters." to its "Donate
// today."; the heading over the newsletter box at the story's foot; a
// newsletter's ask to forward it; the writer's line closing the page, no
// full stop, that opens on the byline's name; a wire desk's initials
// ("aam.gta") under "(end)"; a role alone over the lede ("STAFF
// REPORTER"); Science X's notes (the editors' note, "Journal
// information:", "Provided by", the citation, "Explore further"). And a
// publisher was read with the tagline the title line glues to it by a
// colon ("The Royal Gazette:Bermuda News").
func TestSitesLay40(t *testing.T) {
	checkLayPages(t, []layPage{
		{
			// The comments' gate ("You must be Registered or Signed in to post
			// comment or to vote.") was kept, and the publisher read with the tagline
			// the title line glues on by a colon ("The Royal Gazette:Bermuda News").
			file: "royalgazette-style.txt", title: "Causeway to close overnight for bridge inspection", publisher: "The Royal Gazette",
			body: []string{
				"The Causeway will close to all traffic between 1",
				"A spokeswoman for the Ministry of Public Works s",
				"Buses to and from St George's will be diverted a",
				"Minister Lieutenant-Colonel David Burch said the",
				"“We know the closure is an inconvenience for tho",
				"It is the first full inspection of the bridge si",
			},
		},
		{
			// The lead picture's caption closing on a dash and its credit ("...
			// will be installed. – Photo: Alvaro Serey") was kept.
			file: "caymancompass-style.txt", title: "CUC to trial battery storage at North Side substation", publisher: "Cayman Compass",
			body: []string{
				"Caribbean Utilities Company will install a 10-me",
				"The utility’s president, Richard Hew, told the C",
				"“Storage is the missing piece. Without it, every",
				"The project is expected to cost about CI$14 mill",
				"Hew said customers would not see any increase in",
			},
		},
		{
			file: "dominicantoday-style.txt", title: "Santo Domingo metro Line 2C to open in March", publisher: "Dominican Today",
			body: []string{
				"Santo Domingo.- The extension of Line 2 of the S",
				"Engineer Rafael Santos said testing of the train",
				"The extension is 7.3 kilometers long and will ca",
				"Residents of Los Alcarrizos now spend up to two",
				"The project was financed with a loan from the Fr",
			},
		},
		{
			file: "chiletoday-style.txt", title: "Santiago Expands Free Public Wi-Fi to 40 Metro Stations", publisher: "Chile Today",
			body: []string{
				"Metro de Santiago says connections have doubled",
				"Santiago’s metro operator has extended its free",
				"Metro de Santiago said users connected about 1.2",
				"The network covers platforms and ticket halls bu",
				"Passenger groups welcomed the expansion but said",
				"The operator said it would add capacity at the t",
			},
		},
		{
			file: "icelandreview-style.txt", title: "Reykjavík Raises Parking Fees in City Centre", publisher: "Iceland Review",
			body: []string{
				"Parking in central Reykjavík will cost more from",
				"The hourly rate in the most expensive zone will",
				"Council member Alexandra Briem said the change w",
				"Representatives of shop owners on Laugavegur sai",
				"The city also plans to extend paid parking hours",
			},
		},
		{
			// The appeal's paragraph between its banner ("Support The
			// Grapevine!") and its button ("Join now") was kept.
			file: "grapevine-style.txt", title: "Harpa To Host Free Concerts Through The Winter", publisher: "The Reykjavík Grapevine",
			body: []string{
				"Reykjavík’s concert hall Harpa will host a serie",
				"The concerts will feature students from the Reyk",
				"Harpa’s director, Svanhildur Konráðsdóttir, said",
				"Each concert will last around forty minutes and",
				"The series is funded by a grant from the City of",
			},
		},
		{
			file: "barentsobserver-style.txt", title: "Murmansk port reports record coal exports despite sanctions", publisher: "The Barents Observer",
			body: []string{
				"Coal shipped through the Arctic port rose by a f",
				"The port of Murmansk handled 21 million tonnes o",
				"Most of the coal was shipped to India, China and",
				"The terminal lies near the city centre, and resi",
				"A new dust screen promised by the port owner in",
				"Environmental groups in the region say air quali",
			},
		},
		{
			file: "highnorthnews-style.txt", title: "Norway Opens Talks With Iceland on Shared Fish Stocks", publisher: "High North News",
			body: []string{
				"Fisheries ministers will meet in Tromsø next mon",
				"Norway and Iceland will hold talks in January on",
				"The two countries have disagreed for more than a",
				"Fisheries scientists have warned that the combin",
				"Norway’s fisheries minister said she hoped the t",
				"Iceland’s government has said it is open to a de",
			},
		},
		{
			// Left: the label of the site's live page under the story ("Live
			// Story") is kept.
			file: "newarab-style.txt", title: "Jordan to build desalination plant at Aqaba by 2030", publisher: "The New Arab",
			body: []string{
				"Jordan has signed a deal to build a plant that w",
				"Jordan signed an agreement on Thursday with a Fr",
				"The plant is expected to produce 300 million cub",
				"Water from the Red Sea will be pumped about 450",
				"Jordan’s water minister said the project would c",
				"The project will cost about $3 billion and is pa",
				"Jordan receives less than 100 cubic metres of re",
			},
		},
		{
			file: "kurdistan24-style.txt", title: "KRG begins paying November salaries to public employees", publisher: "Kurdistan24",
			body: []string{
				"The ministry said the payment would take about t",
				"ERBIL (Kurdistan24) – The Kurdistan Regional Gov",
				"The ministry said in a statement that the first",
				"The salaries were paid after Baghdad transferred",
				"Payment of public salaries has been delayed for",
				"The ministry said the rest of the salaries would",
			},
		},
		{
			// The desk's initials under the story's "(end)" ("aam.gta") were
			// kept.
			file: "kuna-style.txt", title: "Kuwait Cabinet approves draft law on public tenders", publisher: "Kuwait News Agency",
			body: []string{
				"KUWAIT, Dec 6 (KUNA) -- Kuwait's Cabinet on Sund",
				"The Minister said after the weekly meeting that",
				"The Cabinet also discussed the progress of housi",
				"The Ministers were briefed on preparations for t",
				"The draft will be referred to the Amir for appro",
			},
		},
		{
			file: "dailynewsegypt-style.txt", title: "Egypt’s non-oil private sector activity improves in November", publisher: "Daily News Egypt",
			body: []string{
				"PMI rises to 49.6, highest reading in five years",
				"Egypt’s non-oil private sector came close to gro",
				"The headline index rose to 49.6 from 48.8 in Oct",
				"Firms said demand had picked up as inflation eas",
				"Input cost inflation slowed to its weakest in al",
				"“Egypt’s non-oil economy is on the verge of retu",
				"Employment was broadly unchanged, with firms say",
			},
		},
		{
			// The note on the readers' comments ("Disclaimer: The comments posted
			// here are the views of the readers and not of Onmanorama.") was kept.
			file: "onmanorama-style.txt", title: "Kochi Water Metro to add six new routes by March", publisher: "Onmanorama",
			body: []string{
				"Kochi: Kochi Water Metro will add six routes con",
				"The new routes will link Fort Kochi, Mulavukad a",
				"Kochi Water Metro Limited said it would receive",
				"The service now carries about 35,000 passengers",
				"Fares will stay at ₹20 to ₹40 a trip, the compan",
			},
		},
		{
			file: "greaterkashmir-style.txt", title: "SMC to install 500 new streetlights in old city", publisher: "Greater Kashmir",
			body: []string{
				"Work to be completed before Eid, says Commission",
				"Srinagar Municipal Corporation (SMC) will instal",
				"SMC Commissioner said the lights would replace o",
				"Residents of the old city have long complained o",
				"The project is part of the Smart City mission an",
				"They said the work would be finished within thre",
			},
		},
		{
			// The role alone over the lede ("STAFF REPORTER"), under the
			// standfirst and the byline, was kept. The publisher is the title line's
			// "Sentinelassam", as the site writes it there.
			file: "sentinelassam-style.txt", title: "Guwahati to get two new flyovers on GS Road", publisher: "Sentinelassam",
			body: []string{
				"The Guwahati Development Department has approved",
				"GUWAHATI: The Guwahati Development Department ha",
				"Officials said the flyovers would cost ₹380 cror",
				"The Ganeshguri flyover will be 1.2 km long and t",
				"Traffic police have been asked to prepare a plan",
				"Commuters on GS Road often spend more than half",
			},
		},
		{
			// The heading over the newsletter box at the story's foot ("Local news
			// matters") was kept.
			file: "indaily-style.txt", title: "Adelaide council backs trial of kerbside food waste bins", publisher: "InDaily",
			body: []string{
				"Adelaide City Council will give 2000 households",
				"Adelaide City Council has voted to trial weekly",
				"Households in the trial will get a small kitchen",
				"Lord Mayor Jane Lomax-Smith said food made up ab",
				"The council expects the trial to divert around 1",
				"If successful, the service could be extended to",
			},
		},
		{
			file: "gisborneherald-style.txt", title: "Council seeks views on Waikanae Beach parking", publisher: "The Gisborne Herald",
			body: []string{
				"Paid parking one option as summer crowds grow",
				"Gisborne District Council is asking people what",
				"Options include time limits near the surf club,",
				"Council transport manager Tim Menzies said the b",
				"“On a hot Saturday we have cars parked on the gr",
				"Submissions close on January 20.",
			},
		},
		{
			file: "illawarramercury-style.txt", title: "Wollongong Art Gallery to close for six months for roof repairs", publisher: "Illawarra Mercury",
			body: []string{
				"Wollongong Art Gallery will close from February",
				"The gallery's collection will be moved to a stor",
				"A council spokeswoman said water had been gettin",
				"\"Protecting the collection is our priority,\" she",
				"Some of the gallery's education programs will co",
				"The $4.2 million project is funded by the counci",
			},
		},
		{
			// The lead caption closing on the picture's date over its credit line
			// ("Jonathan Levinson / OPB") was kept.
			file: "opb-style.txt", title: "Portland to add 30 miles of protected bike lanes by 2028", publisher: "OPB",
			body: []string{
				"Portland will build about 30 miles of protected",
				"The plan focuses on east Portland, where traffic",
				"The bureau says the lanes will be separated from",
				"The work will be paid for with money from the ci",
				"Bike advocates welcomed the plan but said the ci",
				"The bureau said it would publish a map of the fi",
			},
		},
		{
			// The lead caption closing on the photographer, the station and the
			// year after a bar ("... headquarters. Ben Hovland | MPR News 2025") and
			// the appeal opening on "Your support matters." to its "Donate today. ..."
			// were kept.
			file: "mprnews-style.txt", title: "St. Paul schools to cut 200 jobs to close budget gap", publisher: "MPR News",
			body: []string{
				"St. Paul Public Schools will cut about 200 jobs",
				"Most of the cuts will come from central office s",
				"Superintendent Joe Gothard said the district wou",
				"The district’s enrollment has fallen by about 4,",
				"The school board is expected to vote on the budg",
			},
		},
		{
			// A Science X page: the editors' note and the attributes under it,
			// the journal's line, "Provided by ...", the citation and "Explore
			// further" were kept. Left: the publisher is the institution the byline
			// and "Provided by" name, not Phys.org, which only the footer's copyright
			// line names; the reference under the story ("More information: ...") is
			// kept.
			file: "physorg-style.txt", title: "Tiny beetles navigate by polarized moonlight, study finds", publisher: "Lund University",
			body: []string{
				"Nocturnal dung beetles can keep a straight cours",
				"The team placed beetles in an arena under an art",
				"When the pattern turned, the beetles turned with",
				"The light around the moon is about a million tim",
				"The findings are published in the journal Curren",
				"More information: Karin Lindqvist et al",
			},
		},
		{
			// The picture's credit naming the site after a slash ("Kristina
			// Armitage/Quanta Magazine") was kept. Left: Quanta's "Introduction" over
			// the story is kept.
			file: "quanta-style.txt", title: "Mathematicians Find a Faster Way to Pack Spheres in High Dimensions", publisher: "Quanta Magazine",
			body: []string{
				"A new method beats a record that had stood for m",
				"Introduction",
				"For most of the last century, the best ways math",
				"Now two mathematicians have found a construction",
				"Their idea is to start with a random arrangement",
				"“It is the kind of argument you could have writt",
				"Other researchers say the result is unlikely to",
			},
		},
		{
			// Left: the release's labels over it ("Peer-Reviewed Publication",
			// the institution's name) are kept.
			file: "eurekalert-style.txt", title: "Coffee farms with shade trees host twice as many bird species", publisher: "EurekAlert!",
			body: []string{
				"University of Costa Rica",
				"Coffee farms that keep a canopy of native trees",
				"Researchers counted birds on each farm over thre",
				"Yields on shaded farms were on average 12% lower",
				"“Shade coffee is not only good for birds; for ma",
				"The authors recommend that certification schemes",
			},
		},
		{
			// The lead caption closing on a bullet and the agency ("... in his
			// innings • PTI") and the writer's line under the story
			// ("Sidharth Monga is an assistant editor at ESPNcricinfo", no
			// full stop) were kept.
			file: "cricinfo-style.txt", title: "Rahane's unbeaten 140 puts Mumbai in charge against Kerala", publisher: "ESPNcricinfo",
			body: []string{
				"Mumbai reached 342 for 4 at stumps on the first",
				"Ajinkya Rahane made an unbeaten 140 as Mumbai re",
				"Rahane came in at 48 for 2 and added 186 for the",
				"Kerala's seamers beat the bat often in the first",
				"Legspinner Shreyas Gopal took two wickets for Ke",
				"Mumbai need an outright win to stay in the race",
			},
		},
		{
			file: "cyclingnews-style.txt", title: "Pidcock to ride Tour of Flanders for first time in 2027", publisher: "Cyclingnews",
			body: []string{
				"Briton confirms spring programme at team present",
				"Tom Pidcock will make his debut at the Tour of F",
				"The 27-year-old has raced the Belgian cobbled cl",
				"“It’s a race I watched as a kid and I think it s",
				"He will also ride Paris-Roubaix and the Amstel G",
				"His team’s sports director said Pidcock would sk",
			},
		},
		{
			// Left: the publisher is the title line's first part, the office
			// ("Office of Public Affairs"), not its last, the department's name.
			file: "justicegov-style.txt", title: "Ohio Man Sentenced to 12 Years for Ponzi Scheme Targeting Retirees", publisher: "Office of Public Affairs",
			body: []string{
				"An Ohio man was sentenced today to 12 years in p",
				"According to court documents, the defendant told",
				"Instead, he used new investors’ money to pay ear",
				"The defendant pleaded guilty in July to wire fra",
				"In addition to the prison term, the court ordere",
				"The FBI investigated the case.",
				"Trial Attorneys Sarah Kim and David Ortiz of the",
			},
		},
		{
			// A minister's release: its notes to editors are the release's own.
			file: "beehive-style.txt", title: "New Zealand Government funds 40 new school classrooms in Canterbury", publisher: "Beehive.govt.nz",
			body: []string{
				"The Government will fund 40 new classrooms at ei",
				"“These are some of the fastest-growing towns in",
				"The classrooms will be built off-site using a st",
				"The first classrooms are expected to be ready fo",
				"The $62 million cost will be met from the existi",
				"Notes to editors:",
				"The eight schools are listed on the Ministry of",
			},
		},
		{
			file: "efe-style.txt", title: "Bolivia's lithium output doubles as new plant starts up", publisher: "EFE Noticias",
			body: []string{
				"La Paz, Dec 5 (EFE).- Bolivia doubled its output",
				"Yacimientos de Litio Bolivianos (YLB) said it pr",
				"The plant, built by a Chinese consortium, is des",
				"Bolivia holds some of the world's largest lithiu",
				"The government expects exports of lithium carbon",
			},
		},
		{
			file: "kazinform-style.txt", title: "Astana to open three new schools before New Year", publisher: "Kazinform",
			body: []string{
				"ASTANA. KAZINFORM – Three new schools for a tota",
				"The schools are in the Almaty and Baikonur distr",
				"Two of them will teach in three shifts at first",
				"Astana plans to build another twelve schools by",
				"Earlier, Kazinform reported that the number of p",
			},
		},
		{
			// A newsletter's page on the web: its ask to pass it on ("Enjoyed this
			// issue? Forward it to a friend ...") was kept. Left: the greeting ("Hi
			// friends,") goes as the page's header; the sign-off stays.
			file: "kitnewsletter-style.txt", title: "Issue #112: Why the ferry timetable keeps changing", publisher: "The Harbour Letter",
			body: []string{
				"If you took the 7:40 ferry to the island last we",
				"I asked the harbour office why. The short answer",
				"The longer answer is money. The contract with th",
				"The council reviews the contract in March, and i",
				"See you next week,",
				"Nora",
			},
		},
		{
			// A local TV channel's page. Left: the publisher is the
			// company the copyright line names ("Charter Communications"),
			// not the masthead's "Spectrum News 1" under the headline the
			// title line is all of.
			file: "spectrumnews-style.txt", title: "Buffalo to expand snow plow tracker to side streets", publisher: "Charter Communications",
			body: []string{
				"Residents of Buffalo will be able to follow plows",
				"The city's online tracker, launched in 2024, has",
				"Public works commissioner Nate Marton said GPS",
				"\"People want to know when their street is going",
				"The city also plans to send text alerts when a",
			},
		},
		{
			// The lead caption's credit with the picture's number in the
			// paper's library ("(Picture by Adrian Miller, 123456)") was
			// not read as one, and the caption was kept.
			file: "guernseypress-style.txt", title: "States approve £12m upgrade of St Peter Port harbour walls", publisher: "Guernsey Press",
			body: []string{
				"Repairs to St Peter Port's harbour walls will",
				"Engineers found that parts of the walls, some of",
				"The work will be done in stages so that ferries",
				"Deputy Sarah Hansmann Rouxel said the walls",
				"The project is expected to take three years.",
			},
		},
	})
}
