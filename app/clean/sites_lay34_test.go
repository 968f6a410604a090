package clean

import (
	"testing"

	"github.com/dossierapp/dossier/app/boiler"
)

// TestSitesLay34 cleans pages written here in the layouts of English-language
// newsrooms the tests had no page of: a McClatchy paper (the Kansas City
// Star), The Seattle Times, The New Indian Express, India Today, Daily
// Trust and TheCable (Nigeria), MyJoyOnline (Ghana), Gulf Times (Qatar),
// Muscat Daily, the NZ Herald, the New Straits Times, The Himalayan Times,
// an Australian Community Media paper running AAP's copy (The Canberra
// Times), a beehiiv newsletter and a WordPress news blog on tagDiv's
// Newspaper theme.
func TestSitesLay34(t *testing.T) {
	checkSites(t, []siteCase{
		{
			// The photographer in her own case and her address after the
			// caption's date: McClatchy's credit.
			file:      "kcstar-style.txt",
			title:     "Kansas City to spend $12 million on new snowplows after slow storm response",
			publisher: "Kansas City Star",
			date:      "2026-12-05",
			kept:      []string{"Kansas City will buy 40 new snowplows", "The city will also pay private contractors"},
			removed: []gone{
				{"Snowplows wait at the city's maintenance yard", ReasonCaption},
				{"READ MORE: Kansas City's winter parking ban", ReasonRelated},
				{"Anna Whitfield covers City Hall", ReasonBio},
				{"This story was originally published", ReasonMetadata},
			},
		},
		{
			file:      "seattletimes-style.txt",
			title:     "Seattle to add bus lanes on Aurora Avenue North by 2028",
			publisher: "The Seattle Times",
			date:      "2026-12-05",
			kept:      []string{"Seattle will paint red bus-only lanes", "Business owners along the corridor"},
			removed: []gone{
				{"A RapidRide E Line bus heads north", ReasonCaption},
				{"Seattle Times staff reporter", ReasonMetadata},
				{"Most Read Local Stories", ReasonRelated},
			},
		},
		{
			// "(Photo | Express)": the label, a bar and the source; the
			// call to follow the paper's channel, one network named.
			file:      "newindianexpress-style.txt",
			title:     "Chennai Metro phase two to open first stretch by June",
			publisher: "The New Indian Express",
			date:      "2026-12-05",
			kept:      []string{"The 10-km elevated stretch between Poonamallee and Porur will have nine stations", "CHENNAI: The first stretch", "The full 26-km corridor"},
			removed: []gone{
				{"A train on the elevated line near Porur", ReasonCaption},
				{"Follow The New Indian Express channel on WhatsApp", ReasonShare},
				{"Express News Service", ReasonMetadata},
			},
		},
		{
			file:      "indiatoday-style.txt",
			title:     "Delhi's air quality slips to 'very poor' again as winds slow",
			publisher: "India Today",
			date:      "2026-12-05",
			kept:      []string{"Delhi's air quality index stood at 342", "Curbs under stage 3"},
			removed: []gone{
				{"Smog over Kartavya Path on Saturday.", ReasonCaption},
				{"Written By: Ritu Sharma", ReasonMetadata},
				{"ALSO READ | Delhi schools", ReasonRelated},
			},
		},
		{
			file:      "dailytrust-style.txt",
			title:     "Kaduna farmers count losses as floods wash away rice fields",
			publisher: "Daily Trust",
			date:      "2026-12-05",
			kept:      []string{"Farmers in southern Kaduna", "Farmers also urged the state government"},
			removed: []gone{
				{"Join Daily Trust WhatsApp Community", ReasonShare},
				{"Leave a Reply Cancel reply", ReasonComments},
			},
		},
		{
			file:      "thecable-style.txt",
			title:     "Senate passes bill to create agricultural development bank",
			publisher: "TheCable",
			date:      "2026-12-05",
			kept:      []string{"The senate has passed a bill", "The bill will now be sent"},
			removed: []gone{
				{"Copyright 2026 TheCable. All rights reserved. This material", ReasonCopyright},
				{"BY Chinedu Okafor", ReasonMetadata},
			},
		},
		{
			// The platform's disclaimer on what its readers and
			// contributors write.
			file:      "myjoyonline-style.txt",
			title:     "Traders relocate as Kaneshie market renovation begins",
			publisher: "MyJoyOnline",
			date:      "2026-12-05",
			kept:      []string{"About 2,000 traders at the Kaneshie market", "Officials said the work would take 18 months"},
			removed: []gone{
				{"DISCLAIMER: The Views, Comments, Opinions", ReasonMetadata},
				{"Source: myjoyonline.com", ReasonMetadata},
				{"Journalist, Joy News", ReasonMetadata},
			},
		},
		{
			file:      "gulftimes-style.txt",
			title:     "Mowasalat to add 20 electric bus routes in 2027",
			publisher: "Gulf Times",
			date:      "2026-12-05",
			kept:      []string{"Mowasalat (Karwa) will open 20 new bus routes", "Officials said the new routes were chosen"},
			removed:   []gone{{"Published: 05 Dec 2026 - 09:15 pm", ReasonMetadata}},
		},
		{
			file:      "muscatdaily-style.txt",
			title:     "Oman to launch unified tourist visa platform next year",
			publisher: "Muscat Daily",
			date:      "2026-12-05",
			kept:      []string{"Muscat – Visitors to Oman", "Hotel operators welcomed the move"},
			removed:   []gone{{"Previous article", ReasonNav}},
		},
		{
			// "By" alone over the writer's name in its own case; her bio
			// at the foot, which the byline then names.
			file:      "nzherald-style.txt",
			title:     "Auckland Transport to cut fares for off-peak trips",
			publisher: "NZ Herald",
			date:      "2026-12-05",
			kept:      []string{"Auckland Transport will cut fares", "The Public Transport Users Association welcomed"},
			removed: []gone{
				{"Lena Whitford is a reporter at the Herald", ReasonBio},
				{"Off-peak fares will be 20 per cent cheaper from February. Photo / Michael Craig", ReasonCaption},
				{"Sign up to The Daily H", ReasonNewsletter},
			},
		},
		{
			file:      "nst-style.txt",
			title:     "Govt to build 12 new flood retention ponds in Klang Valley",
			publisher: "New Straits Times",
			date:      "2026-12-05",
			kept:      []string{"KUALA LUMPUR: The government will build", "He added that the Drainage"},
			removed: []gone{
				{"By Hana Ismail - December 5, 2026 @ 4:12pm", ReasonMetadata},
				{"File pic shows a flooded road", ReasonCaption},
			},
		},
		{
			// The print edition's note, "in the print", as the paper
			// words it.
			file:      "himalayantimes-style.txt",
			title:     "Kathmandu Valley to get 50 new electric buses",
			publisher: "The Himalayan Times",
			date:      "2026-12-05",
			kept:      []string{"Sajha Yatayat will add 50 electric buses", "The valley's bus operators"},
			removed: []gone{
				{"A version of this article appears in the print on December 6, 2026", ReasonMetadata},
				{"Electric buses of Sajha Yatayat parked at Pulchowk", ReasonCaption},
			},
		},
		{
			// The title line's town and state after the paper's name.
			file:      "canberratimes-aap-style.txt",
			title:     "Murray-Darling water buybacks to resume in the new year",
			publisher: "The Canberra Times",
			date:      "2026-12-05",
			kept:      []string{"The federal government will resume buying back water", "The National Farmers' Federation said"},
			removed: []gone{
				{"Irrigation channels near Griffith", ReasonCaption},
				{"Get the latest Canberra news in your inbox", ReasonNewsletter},
			},
		},
		{
			file:      "beehiiv-style.txt",
			title:     "The county's budget hole, explained",
			publisher: "The Valley Ledger",
			date:      "2026-12-05",
			kept:      []string{"Why Linn County is $9 million short", "Linn County expects to end the fiscal year", "Supervisor Dana Kim said"},
			removed: []gone{
				{"Subscribe to The Valley Ledger", ReasonNewsletter},
				{"Powered by beehiiv", boiler.ReasonFooter},
			},
		},
		{
			// tagDiv's "By" / name / "-" / date, its comment form and
			// its widgets' headings.
			file:      "tagdiv-blog-style.txt",
			title:     "Riverside council approves new skate park at Lincoln Field",
			publisher: "Riverside Local News",
			date:      "2026-12-05",
			kept:      []string{"The Riverside City Council voted 5-2", "Construction is expected to start in the spring."},
			removed: []gone{
				{"LEAVE A REPLY Cancel reply", ReasonComments},
				{"© Newspaper WordPress Theme by TagDiv", ReasonCopyright},
			},
		},
	})
}

// TestSitesLay34Untitled cleans those pages without their title line, as a
// scraper that keeps only the body writes them: the publisher from the
// page itself (McClatchy's "Related stories from Kansas City Star", a
// theme's masthead under the day's date, not the theme's credit at the
// foot).
func TestSitesLay34Untitled(t *testing.T) {
	for _, c := range []struct{ file, title, publisher string }{
		{"kcstar-style.txt", "Kansas City to spend $12 million on new snowplows after slow storm response", "Kansas City Star"},
		{"tagdiv-blog-style.txt", "Riverside council approves new skate park at Lincoln Field", "Riverside Local News"},
		{"canberratimes-aap-style.txt", "Murray-Darling water buybacks to resume in the new year", "The Canberra Times"},
		{"nzherald-style.txt", "Auckland Transport to cut fares for off-peak trips", "NZ Herald"},
		{"newindianexpress-style.txt", "Chennai Metro phase two to open first stretch by June", "The New Indian Express"},
		{"myjoyonline-style.txt", "Traders relocate as Kaneshie market renovation begins", "MyJoyOnline"},
		{"gulftimes-style.txt", "Mowasalat to add 20 electric bus routes in 2027", "Gulf Times"},
		{"beehiiv-style.txt", "The county's budget hole, explained", "The Valley Ledger"},
	} {
		r := cleanSiteUntitled(t, c.file)
		if r.Title != c.title || r.Publisher != c.publisher {
			t.Errorf("%s without its title line: title %q, publisher %q; want %q, %q", c.file, r.Title, r.Publisher, c.title, c.publisher)
		}
	}
}

// TestSitesDanda cleans a Hindi page whose sentences end on the danda
// ("।"), not a full stop: its paragraphs were read as headings (no
// sentence's end), its menu kept over the headline for want of a
// sentence under it.
func TestSitesDanda(t *testing.T) {
	checkSites(t, []siteCase{{
		file:      "hindi-danda-style.txt",
		title:     "दिल्ली में वायु गुणवत्ता फिर बहुत खराब श्रेणी में",
		publisher: "-",
		kept:      []string{"दिल्ली की वायु गुणवत्ता शनिवार को", "निर्माण कार्य पर प्रतिबंध जारी रहेगा।"},
		removed:   []gone{{"होम", boiler.ReasonHeader}},
	}})
	if b := blockWith(cleanSite(t, "hindi-danda-style.txt"), "निर्माण कार्य पर प्रतिबंध"); b == nil || b.Kind != "paragraph" {
		t.Errorf("the sentence closing on a danda: %v, want a paragraph", b)
	}
}

// TestDisclaimerCarriedOn removes a disclaimer's sentence that a page's
// layout breaks over two lines, its second half too (kept before as the
// story going on after a box).
func TestDisclaimerCarriedOn(t *testing.T) {
	page := `Island ferry timetable changes from January - Harbour Net News
Island ferry timetable changes from January
The inter-island ferry will leave the main port half an hour earlier from January, the port authority said on Friday, to connect with the morning flights.
The evening sailing will move to 6 pm, and a third boat will be added on Saturdays during the tourist season.
Operators said the changes followed a survey of passengers carried out over the summer months.
Copyright © 2026 Harbour Net News All Rights Reserved
Disclaimer: Letters, articles and comments from contributors do not necessarily reflect the editorial position of Harbour Net News,
nor can Harbour Net News be held responsible for these views.`
	r := Clean(page)
	for _, s := range []string{"Disclaimer: Letters", "nor can Harbour Net News"} {
		if b := blockWith(r, s); b == nil || b.Removed != ReasonMetadata {
			t.Errorf("%q: %v, want removed as %q", s, b, ReasonMetadata)
		}
	}
	if b := blockWith(r, "Operators said the changes"); b == nil || b.Removed != "" {
		t.Errorf("the story's last paragraph: %v", b)
	}
}

// TestSitesLay34More cleans six pages more: the Minnesota Star Tribune,
// the Tampa Bay Times, the Deccan Chronicle, the Arab Times (Kuwait), The
// Manila Times and the Otago Daily Times.
func TestSitesLay34More(t *testing.T) {
	checkSites(t, []siteCase{
		{
			// The masthead the copyright squashes ("© 2026 StarTribune").
			file:      "startribune-style.txt",
			title:     "Minneapolis to expand snow emergency towing zones after record tickets",
			publisher: "Star Tribune",
			date:      "2026-12-05",
			kept:      []string{"City officials say the change will help plows", "Residents will get text alerts"},
			removed:   []gone{{"Maya Lindqvist covers Minneapolis City Hall", ReasonBio}},
		},
		{
			// The photographer in capitals and the paper in brackets.
			file:      "tampabay-style.txt",
			title:     "Pinellas beaches to get $40 million for dune restoration after hurricanes",
			publisher: "Tampa Bay Times",
			date:      "2026-12-05",
			kept:      []string{"The money will rebuild sand dunes", "The county will also plant sea oats"},
			removed: []gone{
				{"Dunes near Sunset Beach on Treasure Island on Tuesday.", ReasonCaption},
				{"Sign up for the Daily Briefing newsletter", ReasonNewsletter},
			},
		},
		{
			file:      "deccanchronicle-style.txt",
			title:     "Hyderabad Metro to run extra trains during New Year weekend",
			publisher: "Deccan Chronicle",
			date:      "2026-12-05",
			kept:      []string{"Hyderabad: Hyderabad Metro Rail will run extra trains", "Passengers were advised"},
			removed:   []gone{{"DC Correspondent", ReasonMetadata}},
		},
		{
			// The stock picture's note.
			file:      "arabtimes-style.txt",
			title:     "Kuwait to launch online renewal of driving licenses for expats",
			publisher: "ARAB TIMES", // the paper, not its tagline "KUWAIT NEWS"
			date:      "2026-12-05",
			kept:      []string{"KUWAIT CITY, Dec 5: The Ministry of Interior", "The move is part of a plan"},
			removed:   []gone{{"This photo is for illustration purpose only.", ReasonCaption}},
		},
		{
			file:      "manilatimes-style.txt",
			title:     "DOTr orders more buses for EDSA carousel during holidays",
			publisher: "The Manila Times",
			date:      "2026-12-05",
			kept:      []string{"THE Department of Transportation (DOTr)", "Commuter groups welcomed the move"},
			removed:   []gone{{"Commuters queue for the EDSA Busway", ReasonCaption}},
		},
		{
			// The title line's "Otago Daily Times Online News": the
			// masthead under the skip link names the paper.
			file:      "odt-style.txt",
			title:     "Council votes to keep Dunedin's Octagon car-free on weekends",
			publisher: "Otago Daily Times",
			date:      "2026-12-05",
			kept:      []string{"The Octagon will stay closed to cars", "People have voted with their feet."},
			removed:   []gone{{"The lower Octagon during a car-free Saturday trial", ReasonCaption}},
		},
	})
	// Without the title line, the headline under the day's date atop the
	// page, the masthead the copyright squashes.
	for _, c := range []struct{ file, title, publisher string }{
		{"manilatimes-style.txt", "DOTr orders more buses for EDSA carousel during holidays", "The Manila Times"},
		{"startribune-style.txt", "Minneapolis to expand snow emergency towing zones after record tickets", "Star Tribune"},
	} {
		if r := cleanSiteUntitled(t, c.file); r.Title != c.title || r.Publisher != c.publisher {
			t.Errorf("%s without its title line: title %q, publisher %q; want %q, %q", c.file, r.Title, r.Publisher, c.title, c.publisher)
		}
	}
}

// TestSitesLay34Last cleans four pages more: The Atlanta
// Journal-Constitution, The Salt Lake Tribune, 1News (TVNZ) and TODAY
// (Singapore).
func TestSitesLay34Last(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file:      "ajc-style.txt",
			title:     "MARTA to add weekend service on Streetcar after ridership rebound",
			publisher: "The Atlanta Journal-Constitution",
			date:      "2026-12-05",
			kept:      []string{"MARTA will run the Atlanta Streetcar", "The agency is also studying an extension"},
			removed: []gone{
				{"A MARTA streetcar stops on Edgewood Avenue", ReasonCaption},
				{"Devon Harris covers transportation", ReasonBio},
			},
		},
		{
			// The credit's photographer and paper parted by a bar, the
			// date by a bar from the byline on a line of its own, and
			// Report for America's note asking for a tax-deductible gift.
			file:      "sltrib-style.txt",
			title:     "Utah lawmakers propose new fees for Great Salt Lake water users",
			publisher: "The Salt Lake Tribune",
			date:      "2026-12-05",
			kept:      []string{"The money would pay for leasing water rights", "Farm groups have said they are willing to talk"},
			removed: []gone{
				{"The Great Salt Lake's south arm, seen from Antelope Island", ReasonCaption},
				{"| Dec. 5, 2026, 4:12 p.m.", ReasonMetadata},
				{"Ellen Barrow is a Report for America corps member", ReasonDonation},
			},
		},
		{
			// A channel's number first in its name, which the footer's
			// line on the site names again, over its owner's copyright.
			file:      "1news-style.txt",
			title:     "Kāinga Ora to sell 300 older homes to fund new builds",
			publisher: "1News",
			date:      "2026-12-05",
			kept:      []string{"The agency says the money will go into about 500 new state homes", "Opposition housing spokesperson"},
			removed:   []gone{{"State homes in Porirua.", ReasonCaption}},
		},
		{
			// The caption over its credit's line, "Photo: TODAY".
			file:      "todayonline-style.txt",
			title:     "HDB to launch more 2-room Flexi flats in January BTO exercise",
			publisher: "TODAY",
			date:      "2026-12-05",
			kept:      []string{"About 1,400 of the 5,200 flats on offer", "SINGAPORE — The Housing and Development Board"},
			removed: []gone{
				{"Flats in Tengah under construction on Dec 1, 2026.", ReasonCaption},
				{"Download the TODAY app", ReasonShare},
			},
		},
	})
	if r := cleanSiteUntitled(t, "1news-style.txt"); r.Publisher != "1News" {
		t.Errorf("1news-style.txt without its title line: publisher %q", r.Publisher)
	}
}
