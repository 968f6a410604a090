package clean

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dossierapp/dossier/app/ingest"
)

// TestSitesLay35 cleans pages written here in the layouts of English-language
// newsrooms the tests had no page of: a Hearst Television station (WCVB),
// the Irish Independent, The Standard (Kenya) and Citizen Digital, Channels
// Television (Nigeria), New Vision (Uganda), The West Australian, The
// Spinoff, Mothership, Malaysiakini, Nation Thailand, Business Recorder,
// The Tribune (India), Roll Call, Mississippi Today (Newspack), The Denver
// Post, NBC New York, WSB-TV (Cox Media Group), the Press and Journal, GB
// News, the Liverpool Echo and The Standard (Zimbabwe).
func TestSitesLay35(t *testing.T) {
	checkSites(t, []siteCase{
		{
			// The station's copyright line, "Hearst Television Inc. on
			// behalf of WCVB-TV": the station publishes; the video's
			// transcript in capitals under "Show Transcript", the teaser
			// "Related video above: ..." and the group's affiliate
			// disclosure go.
			file:      "wcvb-style.txt",
			title:     "Brockton school bus driver credited with getting 30 students off bus before fire",
			publisher: "WCVB-TV",
			date:      "2026-12-04",
			kept:      []string{"BROCKTON, Mass. —", "A Brockton school bus driver is being praised", "Superintendent Rachel Dunn thanked"},
			removed: []gone{
				{"IT WAS ABOUT 7:15 THIS MORNING", ReasonPlayer},
				{"Related video above: Crews battle a fire", ReasonRelated},
				{"Hearst Television participates in various affiliate marketing programs", ReasonAd},
				{"Copyright ©2026, Hearst Television Inc.", ReasonMetadata},
			},
		},
		{
			file:      "independentie-style.txt",
			title:     "Gardaí seize €2.4m of cannabis in Cork port search",
			publisher: "Irish Independent",
			kept:      []string{"Haul found hidden in a shipment", "Gardaí have seized cannabis", "Investigations are ongoing"},
			removed: []gone{
				{"Gardaí and Revenue officers at Ringaskiddy Port. Photo: Provision", ReasonCaption},
				{"Man (30s) charged after", ReasonRelated},
				{"Join the Irish Independent WhatsApp channel", ReasonShare},
			},
		},
		{
			file:      "standardke-style.txt",
			title:     "Nakuru traders count losses after night fire razes Wakulima market",
			publisher: "The Standard",
			date:      "2026-12-05",
			kept:      []string{"Traders at Nakuru's Wakulima market", "Grace Njeri, who sells vegetables", "The cause of the fire is yet to be established."},
			removed: []gone{
				{"By Kennedy Gachuhi | Dec. 5, 2026", ReasonMetadata},
				{"Wakulima Market", ReasonRelated},
				{"Stay informed. Subscribe to our newsletter", ReasonNewsletter},
			},
		},
		{
			file:      "citizendigital-style.txt",
			title:     "Kisumu: Fishermen protest new Lake Victoria fishing rules",
			publisher: "Citizen Digital",
			date:      "2026-12-05",
			kept:      []string{"Hundreds of fishermen in Kisumu", "He said the county would hold public meetings"},
			removed: []gone{
				{"Photo: Fishermen at Dunga beach", ReasonCaption},
				{"Also Read: Fish prices rise", ReasonRelated},
			},
		},
		{
			file:      "channelstv-style.txt",
			title:     "FG Flags Off Construction Of Lagos-Calabar Coastal Highway Section Three",
			publisher: "Channels Television",
			date:      "2026-12-05",
			kept:      []string{"The Federal Government on Friday flagged off", "The 700-kilometre highway"},
			removed: []gone{
				{"Photo combination showing the Minister of Works", ReasonCaption},
				{"READ ALSO: Senate Approves", ReasonRelated},
			},
		},
		{
			file:      "newvision-style.txt",
			title:     "Government to start paying cassava farmers through mobile money",
			publisher: "-", // "New Vision Official", the title line's
			kept:      []string{"Farmers who sell cassava", "The ministry said farmers without phones"},
			removed: []gone{
				{"A farmer harvests cassava in Apac district.", ReasonCaption},
				{"Cassava prices drop as harvest peaks", ReasonRelated},
			},
		},
		{
			file:      "thewest-style.txt",
			title:     "Perth’s new stadium train station to open in time for summer cricket",
			publisher: "The West Australian",
			date:      "2026-12-05",
			kept:      []string{"Perth’s rebuilt stadium train station", "Opposition transport spokesman Peter Collier"},
			removed: []gone{
				{"Camera IconTransport Minister Rita Saffioti", ReasonCaption},
				{"Get the latest news from thewest.com.au in your inbox.", ReasonNewsletter},
			},
		},
		{
			file:      "spinoff-style.txt",
			title:     "The quiet return of the school milk scheme",
			publisher: "The Spinoff",
			date:      "2026-12-05",
			kept:      []string{"When the milk crates arrived", "Organisers say the modern version", "The health board will report"},
			removed: []gone{
				{"The Spinoff is made possible by our members.", ReasonDonation},
				{"Subscribe to The Bulletin", ReasonNewsletter},
			},
		},
		{
			// Left: the last paragraph under its subheading ("Penalties")
			// goes with the picture's credit above it.
			file:      "mothership-style.txt",
			title:     "Woman, 67, fined S$4,000 for feeding pigeons at Ang Mo Kio void deck for 2 years",
			publisher: "Mothership",
			date:      "2026-12-05",
			kept:      []string{"A 67-year-old woman was fined", "NParks officers warned Ong"},
			removed:   []gone{{"Ruth Chai | December 05, 2026, 04:15 PM", ReasonMetadata}},
		},
		{
			file:      "malaysiakini-style.txt",
			title:     "Penang approves RM120m flood mitigation plan for Sungai Pinang",
			publisher: "Malaysiakini",
			date:      "2026-12-05",
			kept:      []string{"The Penang government has approved", "Chow said the state would seek federal funding"},
			removed:   []gone{{"Subscribe to Malaysiakini today", ReasonNewsletter}},
		},
		{
			file:      "nationthailand-style.txt",
			title:     "Bangkok to test flood barriers along Chao Phraya before high tide season",
			publisher: "-",
			date:      "2026-12-04",
			kept:      []string{"The Bangkok Metropolitan Administration (BMA) will test", "Residents living outside the barriers"},
			removed:   []gone{{"Flood warning issued for six provinces", ReasonRelated}},
		},
		{
			file:      "brecorder-style.txt",
			title:     "KSE-100 gains 1,200 points as banks lead rally",
			publisher: "Business Recorder",
			date:      "2026-12-05",
			kept:      []string{"The Pakistan Stock Exchange (PSX) closed higher", "Volume on the all-share index"},
			removed: []gone{
				{"Read more: Rupee inches up", ReasonRelated},
				{"Copyright Business Recorder, 2026", ReasonMetadata},
			},
		},
		{
			// The place before the stamp: "Ludhiana, Updated At : ...".
			file:      "tribuneindia-style.txt",
			title:     "Ludhiana civic body to install 500 CCTV cameras at garbage dumping points",
			publisher: "-",
			date:      "2026-12-05",
			kept:      []string{"The Municipal Corporation will install 500 CCTV cameras", "“People dump garbage on roads"},
			removed: []gone{
				{"Ludhiana, Updated At : 02:15 AM Dec 05, 2026 IST", ReasonMetadata},
				{"Join Whatsapp Channel of The Tribune", ReasonShare},
			},
		},
		{
			file:      "rollcall-style.txt",
			title:     "House panel advances bipartisan rail safety bill",
			publisher: "Roll Call",
			date:      "2026-12-04",
			kept:      []string{"The House Transportation and Infrastructure Committee approved", "Senate leaders have not said"},
			removed: []gone{
				{"Members of the House Transportation and Infrastructure Committee during", ReasonCaption},
				{"Ellen Mortimer is a transportation reporter", ReasonBio},
			},
		},
		{
			// Newspack's republishing box: "Republish our articles for
			// free ..."; the writer's link, "More by Ana Fields".
			file:      "mississippitoday-style.txt",
			title:     "Jackson water rates to rise 12% in January under new plan",
			publisher: "Mississippi Today",
			date:      "2026-12-05",
			kept:      []string{"Jackson residents will pay about 12% more", "The new rates take effect Jan. 1."},
			removed: []gone{
				{"Republish our articles for free", ReasonMetadata},
				{"More by Ana Fields", ReasonNav},
				{"We’re a nonprofit newsroom.", ReasonDonation},
			},
		},
		{
			// The paper's plug in the body: "Get more Denver Post news by
			// signing up for our ... email newsletter."
			file:      "denverpost-style.txt",
			title:     "Aurora approves plan to turn former motel into family shelter",
			publisher: "The Denver Post",
			date:      "2026-12-05",
			kept:      []string{"City will spend $6.8 million", "Council members voted 7-3", "The city expects the shelter"},
			removed: []gone{
				{"Get more Denver Post news by signing up", ReasonNewsletter},
				{"PUBLISHED: December 5, 2026", ReasonMetadata},
			},
		},
		{
			file:      "nbcnewyork-style.txt",
			title:     "Queens man charged in string of catalytic converter thefts",
			publisher: "NBC New York",
			date:      "2026-12-05",
			kept:      []string{"He faces up to 15 years in prison", "His attorney did not immediately respond"},
			removed:   []gone{{"Get Tri-state area news and weather forecasts", ReasonNewsletter}},
		},
		{
			// The title line's site and its city: "WSB-TV Channel 2 -
			// Atlanta", the masthead's line too.
			file:      "wsbtv-style.txt",
			title:     "Gwinnett County opens new park with splash pad and dog run",
			publisher: "WSB-TV Channel 2",
			date:      "2026-12-05",
			kept:      []string{"LAWRENCEVILLE, Ga. — Gwinnett County opened", "The splash pad will open in May."},
			removed:   []gone{{"[SIGN UP: WSB-TV Daily Headlines Newsletter]", ReasonNewsletter}},
		},
		{
			// A share button for any network: "Share on Email".
			file:      "pressandjournal-style.txt",
			title:     "Aberdeen harbour’s south quay to get £30m cruise terminal",
			publisher: "Press and Journal",
			date:      "2026-12-05",
			kept:      []string{"Plans for a £30 million cruise terminal", "The council is expected to decide"},
			removed: []gone{
				{"Share on Email", ReasonShare},
				{"Sign up for our daily news bulletin", ReasonNewsletter},
			},
		},
		{
			// Left: "LATEST DEVELOPMENTS:" over two teasers in the body,
			// kept (a label for relatedIntros costs the worker's wasm
			// 260 bytes); the date, "05/12/2026", read either way round.
			file:      "gbnews-style.txt",
			title:     "Commuters face week of strikes on Southern rail as talks collapse",
			publisher: "GB News",
			kept:      []string{"Commuters on Southern rail face", "The RMT said it remained open to talks."},
		},
		{
			file:      "liverpoolecho-style.txt",
			title:     "Merseyrail services suspended across city centre after power fault",
			publisher: "Liverpool Echo",
			date:      "2026-12-05",
			kept:      []string{"Merseyrail services have been suspended", "Passengers at Central told the ECHO"},
			removed: []gone{
				{"We use your sign-up to provide content", ReasonNewsletter},
				{"READ MORE: Mersey Tunnel toll rise", ReasonRelated},
			},
		},
		{
			file:      "thestandardzw-style.txt",
			title:     "Harare council to introduce prepaid water meters",
			publisher: "The Standard",
			date:      "2026-12-06",
			kept:      []string{"Harare City Council will install prepaid water meters", "Residents’ associations said"},
			removed:   []gone{{"Council workers strike over unpaid wages", ReasonRelated}},
		},
		{
			// Left: the video's title and its blurb over the story ("...
			// FOX 5's Tom Fitzgerald has the details.").
			file:      "fox5dc-style.txt",
			title:     "Metro to add late-night service on Red Line starting in January",
			publisher: "FOX 5 DC",
			date:      "2026-12-05",
			kept:      []string{"WASHINGTON - Metro will keep Red Line trains running", "The agency said it would review the results"},
			removed:   []gone{{"Get the latest local news delivered to your inbox.", ReasonNewsletter}},
		},
		{
			// Graham Media's station: the masthead "ClickOnDetroit" (no
			// button's "Click ..."); "About the Author" over the writer's
			// name and bio.
			file:      "clickondetroit-style.txt",
			title:     "Detroit opens first of five new neighborhood recreation centers",
			publisher: "ClickOnDetroit",
			date:      "2026-12-05",
			kept:      []string{"DETROIT – The city of Detroit on Friday opened", "The next center, on the city’s southwest side"},
			removed: []gone{
				{"Tags: Detroit, Recreation", ReasonTags},
				{"About the Author", ReasonBio},
				{"Kayla Simmons joined Local 4 in 2023", ReasonBio},
			},
		},
		{
			file:      "cbsboston-style.txt",
			title:     "Worcester approves $40 million plan to rebuild Union Station garage",
			publisher: "CBS Boston",
			date:      "2026-12-05",
			kept:      []string{"WORCESTER – The Worcester City Council", "Construction is expected to start in the spring"},
			removed:   []gone{{"Sarah Kimball is a reporter for CBS News Boston.", ReasonBio}},
		},
		{
			// Reuters' copy on a partner's page: the partner publishes.
			file:      "usnews-reuters-style.txt",
			title:     "Copper Hits Two-Month High as Chile Mine Strike Drags On",
			publisher: "US News",
			date:      "2026-12-05",
			kept:      []string{"LONDON (Reuters) - Copper prices rose", "\"The market had been expecting a quick deal"},
			removed: []gone{
				{"FILE PHOTO: Copper cathodes", ReasonCaption},
				{"(Reporting by Eric Walsh; Editing by Susan Fenton)", ReasonMetadata},
			},
		},
		{
			// News Corp Australia's paywall after two paragraphs.
			file:      "heraldsun-style.txt",
			title:     "Melbourne’s Metro Tunnel to run 24 hours on weekends from March",
			publisher: "Herald Sun",
			date:      "2026-12-05",
			kept:      []string{"Trains will run through Melbourne’s Metro Tunnel all night", "Transport Minister Gabrielle Williams said"},
			removed: []gone{
				{"Trains running through the Metro Tunnel in Melbourne. Picture: David Caird", ReasonCaption},
				{"Continue reading your story with a subscription", ReasonRelated},
			},
		},
		{
			// Axios Local's labelled paragraphs ("Why it matters: ...").
			file:      "axiosdenver-style.txt",
			title:     "Denver's new bike lane plan, explained",
			publisher: "Axios Denver",
			date:      "2026-12-05",
			kept:      []string{"Why it matters: Cycling deaths", "What's next: The City Council will take public comment"},
			removed:   []gone{{"Get more local stories in your inbox with Axios Denver.", ReasonNewsletter}},
		},
		{
			file:      "thenationng-style.txt",
			title:     "Tinubu signs 2027 budget into law",
			publisher: "The Nation Newspaper",
			date:      "2026-12-06",
			kept:      []string{"President Bola Tinubu on Friday signed", "Leaders of the National Assembly"},
			removed: []gone{
				{"Also read: Reps pass N54trn budget", ReasonRelated},
				{"Your email address will not be published.", ReasonComments},
			},
		},
		{
			// Left: the reporter's name in parentheses under the story,
			// "(Yoshitha Perera)", kept.
			file:      "dailymirrorlk-style.txt",
			title:     "CEB to raise electricity tariffs by 8% from January",
			publisher: "Daily Mirror",
			date:      "2026-12-05",
			kept:      []string{"The Ceylon Electricity Board (CEB) will raise", "The CEB had argued"},
		},
		{
			// An explainer's questions as its subheads, kept.
			file:      "newstalk-style.txt",
			title:     "Explained: What the new rent rules mean for tenants",
			publisher: "Newstalk",
			date:      "2026-12-05",
			kept:      []string{"What is changing?", "What happens next?", "The legislation is expected to pass"},
			removed:   []gone{{"Housing completions fall for second quarter", ReasonRelated}},
		},
	})
}

// TestSitesLay35HTML cleans five of those pages as HTML, as the app imports
// a saved page: app/ingest extracts its text, then the cleanup reads it.
func TestSitesLay35HTML(t *testing.T) {
	for _, c := range []siteCase{
		{
			file:      "wcvb-style.html",
			title:     "Brockton school bus driver credited with getting 30 students off bus before fire",
			publisher: "WCVB",
			date:      "2026-12-04",
			kept:      []string{"BROCKTON, Mass. — A Brockton school bus driver", "Superintendent Rachel Dunn thanked"},
			removed:   []gone{{"Related video above: Crews battle a fire", ReasonRelated}},
		},
		{
			file:      "independentie-style.html",
			title:     "Gardaí seize €2.4m of cannabis in Cork port search",
			publisher: "Irish Independent",
			date:      "2026-12-05",
			kept:      []string{"Haul found hidden in a shipment", "Investigations are ongoing"},
		},
		{
			file:      "denverpost-style.html",
			title:     "Aurora approves plan to turn former motel into family shelter",
			publisher: "The Denver Post",
			date:      "2026-12-05",
			kept:      []string{"Aurora will buy a former motel", "The city expects the shelter"},
			removed:   []gone{{"Get more Denver Post news by signing up", ReasonNewsletter}},
		},
		{
			file:      "standardke-style.html",
			title:     "Nakuru traders count losses after night fire razes Wakulima market",
			publisher: "The Standard",
			date:      "2026-12-05",
			kept:      []string{"Traders at Nakuru's Wakulima market", "The cause of the fire is yet to be established."},
		},
		{
			file:      "liverpoolecho-style.html",
			title:     "Merseyrail services suspended across city centre after power fault",
			publisher: "Liverpool Echo",
			date:      "2026-12-05",
			kept:      []string{"Merseyrail services have been suspended", "Passengers at Central told the ECHO"},
			removed:   []gone{{"Join the Liverpool Echo's WhatsApp community", ReasonShare}},
		},
	} {
		raw, err := os.ReadFile(filepath.Join("testdata", "sites", c.file))
		if err != nil {
			t.Fatal(err)
		}
		f, err := ingest.Read(c.file, raw)
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		r := Clean(f.Text)
		if r.Title != c.title || r.Publisher != c.publisher || r.Date != c.date {
			t.Errorf("%s: title %q publisher %q date %q, want %q %q %q", c.file, r.Title, r.Publisher, r.Date, c.title, c.publisher, c.date)
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
