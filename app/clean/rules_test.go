package clean

import (
	"strings"
	"testing"
)

// removedReasons cleans text and returns, per paragraph of the input, the
// reason it was removed ("" when kept).
func removedOf(t *testing.T, text string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, b := range Clean(text).Blocks {
		out[b.Source()] = b.Removed
	}
	return out
}

func TestRules(t *testing.T) {
	body := "The minister said on Tuesday that talks would resume next month, according to officials."
	cases := []struct {
		name, block, reason string
	}{
		{"ad marker", "Advertisement", ReasonAd},
		{"ad marker misspelt", "Advertisment", ReasonAd},
		{"ad marker caps", "ADVERTISEMENT", ReasonAd},
		{"story continues", "Story continues below advertisement", ReasonAd},
		{"support banner", "Support The Moscow Times!", ReasonDonation},
		{"crumb", "Remind me later.", ReasonCrumb},
		{"share bar", "Share Tweet Email", ReasonShare},
		{"comments", "12 comments", ReasonShare},
		{"breadcrumb", "Home > World > Asia", ReasonNav},
		{"cookie", "We use cookies to improve your experience. By continuing you agree to our cookie policy.", ReasonCookie},
		{"newsletter", "Sign up for our free weekly newsletter", ReasonNewsletter},
		{"newsletter footer", "Subscribers agree to the Privacy Policy", ReasonNewsletter},
		{"read more", "Read more: Seoul says talks with Pyongyang stalled", ReasonRelated},
		{"also read bar", "ALSO READ | Mumbai rains: local trains delayed as waterlogging hits suburbs", ReasonRelated},
		{"read more arrow", "Read more » Seoul says talks with Pyongyang stalled", ReasonRelated},
		{"related sentence", "Related reports said the talks had stalled over the summer, officials told reporters.", ""},
		{"inputs credit", "(With inputs from agencies)", ReasonMetadata},
		{"tag list", "Tags: Google, Search, Matt Cutts", ReasonTags},
		{"filed under", "Filed Under: Politics, Elections", ReasonTags},
		{"gallery item", "Item 1 of 2 A man walks past an electronic board showing the Nikkei index outside a brokerage in Tokyo, Japan, November 20, 2026.", ReasonCaption},
		{"gallery bracket", "[1/2]A man walks past an electronic board showing the Nikkei index in Tokyo, Japan, November 20, 2026.", ReasonCaption},
		{"glued date and time", "November 20, 20263:14 AM GMTUpdated 2 hours ago", ReasonMetadata},
		{"audio player", "Listen to this article · 6:12 min Learn more", ReasonShare},
		{"share full article", "Share full article", ReasonShare},
		{"read in app", "Read in app", ReasonShare},
		{"mail this story", "MAIL THIS STORY", ReasonShare},
		{"with files from", "With files from The Canadian Press", ReasonMetadata},
		{"with input from", "(With input from Xinhua)", ReasonMetadata},
		{"byline and stamp by slashes", "TOI News Desk / TIMESOFINDIA.COM / Updated: Dec 2, 2026, 14:15 IST", ReasonMetadata},
		{"slashes without a stamp", "Harbour / Ferries / Fares", ReasonNav},
		{"visual stories", "Visual Stories", ReasonRelated},
		{"stamp rendered twice", "Published On 2 Dec 20262 Dec 2026", ReasonMetadata},
		{"date in figures and words glued", "12/02/2026December 2, 2026", ReasonMetadata},
		{"split dash date", "Updated 14:15, 02-Dec-2026", ReasonMetadata},
		{"byline on date", "By Jane Doe on August 9, 2012 at 10:15 am", ReasonMetadata},
		{"dept line", "from the posner-south dept.", ReasonMetadata},
		{"back to top button", "Back to top button", ReasonNav},
		{"report an ad", "Report an ad", ReasonAd},
		{"site credit", "Powered by WordPress", ReasonFooter},
		{"maintain by", "Maintain by Coastal Web Studio", ReasonFooter},
		{"slash agency caption", "Workers wait at the gate of the port in Qingdao, east China's Shandong Province, Dec. 2, 2026. /VCG Photo", ReasonCaption},
		{"slash wire caption", "A ship enters the port of Qingdao on Dec. 2, 2026. /Xinhua", ReasonCaption},
		{"slash in a sentence", "The ratio rose to 3 /4 of the fleet, the union said in its statement on Monday.", ""},
		{"site credit sentence", "Powered by wind, the harbour's new ferries cross the sound in an hour.", ""},
		{"copy protection alert", "error: Content is protected !!", ReasonCrumb},
		{"read more on", "Read more on the story here", ReasonRelated},
		{"from the dept sentence", "from the harbour dept. to the town hall", ""},
		{"byline on day", "by Jaxon on Aug 9, 2012 10:15 AM EDT", ReasonMetadata},
		{"by the end on date", "By the end of the day on August 9, 2012 the harbour had reopened.", ""},
		{"with files from sentence", "With files from the archive, the museum rebuilt the harbour's first map of 1820.", ""},
		{"printer friendly", "Printer-friendly version", ReasonShare},
		{"send to a friend", "Send to a friend", ReasonShare},
		{"reporting from", "Reporting from Santiago, Chile", ReasonMetadata},
		{"reporting from sentence", "Reporting from the front line is dangerous work, the editor said.", ""},
		{"print version", "A version of this article appears in print on Nov. 21, 2026, Section A, Page 9 of the New York edition with the headline: Chile Rewrites Water Law.", ReasonMetadata},
		{"glued credit caption", "A dry riverbed near Petorca, Chile, in 2024.Credit...Cristobal Olivares for The New York Times", ReasonCaption},
		{"published in masthead", "Published in Lowlands Herald", ReasonMetadata},
		{"published in sentence", "Published in paperback, the memoir sold well.", ""},
		{"agency inputs", "With agency inputs", ReasonMetadata},
		{"click here", "Click here to read the full report", ReasonRelated},
		{"credit", "Photo: AP", ReasonCredit},
		{"credit parens", "(Getty Images)", ReasonCredit},
		{"caption", "Soldiers patrol the border village of Panmunjom on Monday | Yonhap via REUTERS", ReasonCaption},
		{"byline", "By Hyonhee Shin and Josh Smith", ReasonMetadata},
		{"published", "Published: Wednesday, 30 October 2024", ReasonMetadata},
		{"copyright", "© 2024 Example News Ltd. All rights reserved.", ReasonCopyright},
		{"wire trailer", "Reporting by Hyonhee Shin; Editing by Lincoln Feast", ReasonMetadata},
		{"listen with reading time", "Listen to this article · 5 min", ReasonShare},
		{"paywall login", "This content is only available to paid subscribers. Please login below or Subscribe today!", ReasonDonation},
		{"menu heading", "Popular Categories", ReasonNav},
		{"share button", "Click to share on Facebook (Opens in new window)", ReasonShare},
		{"image button", "Enlarge this image", ReasonCaption},
		{"watch teaser", "Watch: Drone footage shows scale of destruction", ReasonRelated},
		{"watch sentence", "Watch: the central bank's decision could move markets sharply this week.", ""},
		{"post signature", "— Pedro Sánchez (@sanchezcastejon) November 1, 2024", ReasonMetadata},
		{"post picture link", "pic.twitter.com/AbCdEf123", ReasonMetadata},
		{"updated note", "This story has been updated to add comments from the prime minister.", ReasonMetadata},
		{"correction kept", "Correction: An earlier version of this story misstated the number of volunteers.", ""},
		{"have your say", "Have your say: Can the target be met? Let us know in the comments below.", ReasonShare},
		{"get in touch", "Get in touch: Email us at newsdesk@example.com", ReasonShare},
		{"app promo", "Download the Example News app for the latest updates.", ReasonShare},
		{"author box", "About the author: Tom Baker has covered Westminster since 2010.", ReasonBio},
		{"quoted call to comment", "\"Have your say,\" the mayor told residents at the meeting on Monday.", ""},
		{"gallery counter", "Image 3 of 12: Smoke rises over the valley.", ReasonCaption},
		{"bare gallery counter", "1 of 5", ReasonCaption},
		{"gallery teaser", "Photo gallery: See more images from the fire", ReasonRelated},
		{"video sentence", "Video: the footage, filmed by a resident, shows the fire reaching the edge of town.", ""},
		{"live stamp", "From 5 Mar 2024 09:31 GMT", ReasonMetadata},
		{"updated at", "Updated at 10.02 GMT", ReasonMetadata},
		{"match time kept", "2000 GMT", ""},
		{"javascript notice", "Please turn on JavaScript in your browser to get the best experience", ReasonCrumb},
		{"live control", "Show key events only", ReasonCrumb},
		{"dated section label", "All News 09:48 March 07, 2024", ReasonMetadata},
		{"dated heading kept", "March 7, 2024: the day the talks finally collapsed", ""},
		{"most liked", "Most Liked", ReasonRelated},
		{"real paragraph", "Analysts say Pyongyang may be seeking to manufacture a crisis to increase pressure on Seoul.", ""},
		{"real heading", "Threat of War?", ""},
		{"quote with support", "\"We support the decision,\" the ministry said in a statement on Monday.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := removedOf(t, "A Headline About Talks\n\n"+body+"\n\n"+c.block+"\n\n"+body+" More.")
			if got[c.block] != c.reason {
				t.Errorf("%q: removed %q, want %q", c.block, got[c.block], c.reason)
			}
		})
	}
}

func TestDonationAppeal(t *testing.T) {
	text := "Title Of A Story\n\nReal text of the story goes here, and it is long enough.\n\n" +
		"A Message from Example News:\n\nDear readers,\n\nWe need your help to keep our journalism free. Please support us.\n\n" +
		"Once\nMonthly\nAnnual\nContinue\n"
	r := Clean(text)
	if r.Publisher != "Example News" {
		t.Errorf("publisher %q", r.Publisher)
	}
	if got := r.Render(); strings.Contains(got, "Dear") || strings.Contains(got, "Monthly") || !strings.Contains(got, "Real text") {
		t.Errorf("render:\n%s", got)
	}
}

// TestDonationBannerAppeal: a banner that opens an appeal ("Help us keep
// reporting") goes with the appeal's paragraph under it, which asks in too
// few words for money to go alone; a news paragraph about funding stays.
func TestDonationBannerAppeal(t *testing.T) {
	article := "Port authority votes to double cargo fees\n\n" +
		"The port authority board voted 5-2 on Thursday to double the fees it charges cargo ships to dock, starting in January.\n\n" +
		"The board's chair said the increase would pay for dredging the main channel, which has silted up since the storm.\n\n"
	appeal := "Help us keep reporting\n\n" +
		"The Harbour Ledger is funded by readers like you. If you value local journalism, please consider becoming a member today. Every contribution, big or small, keeps our newsroom independent.\n\n" +
		"Donate now\n\nTags: port, shipping, fees\n"
	r := Clean(article + appeal)
	got := r.Render()
	if strings.Contains(got, "readers like you") || strings.Contains(got, "Help us") || !strings.Contains(got, "silted up") {
		t.Errorf("render:\n%s", got)
	}
	reasons := map[string]string{}
	for _, b := range r.Blocks {
		reasons[b.Source()] = b.Removed
	}
	if reasons["Help us keep reporting"] != ReasonDonation {
		t.Errorf("banner removed as %q, want %q", reasons["Help us keep reporting"], ReasonDonation)
	}
	// Without the banner the paragraph reads as a note on funding (two
	// appeal cues), and stays: the banner is the evidence.
	quoted := article + "The Harbour Ledger is funded by readers like you, its editor said, and by a grant from the city.\n"
	if got := Clean(quoted).Render(); !strings.Contains(got, "funded by readers") {
		t.Errorf("a paragraph on funding removed:\n%s", got)
	}
}

func TestGluedAndAdClause(t *testing.T) {
	r := Clean(" date 2024-03-25 Following a deadly attack, officials met. stepan / Flickr\n\nSamsung and Kia, the company known for making the best SUV for mileage. Kia, the carmaker, said so.")
	if r.Date != "2024-03-25" {
		t.Errorf("date %q", r.Date)
	}
	got := r.Render()
	for _, bad := range []string{"date 2024", "Flickr", "best SUV"} {
		if strings.Contains(got, bad) {
			t.Errorf("%q left in %q", bad, got)
		}
	}
	if !strings.Contains(got, "Kia, the carmaker, said so.") {
		t.Errorf("real appositive removed: %q", got)
	}
}

func TestDates(t *testing.T) {
	for in, want := range map[string]string{
		"Published: Wednesday, 30 October 2024": "2024-10-30",
		"June 2, 2022":                          "2022-06-02",
		"25/03/2024":                            "2024-03-25",
		"03/04/2024":                            "",
		"2024-03-25T10:00:00Z":                  "2024-03-25",
	} {
		if got := Clean("Some Headline Here\n\n" + in + "\n\nThe body of the article, which says things.").Date; got != want {
			t.Errorf("%q: date %q, want %q", in, got, want)
		}
	}
}

// TestWireInByline: a byline or source line that names a news agency gives
// the publisher.
func TestWireInByline(t *testing.T) {
	for in, want := range map[string]string{
		"By Jane Doe, Reuters | March 5, 2024 11:02 AM ET": "Reuters",
		"Source: Yonhap News Agency":                       "Yonhap",
		"By Kim Tong-hyung, The Associated Press":          "The Associated Press",
		"By Jane Doe and John Smith":                       "",
	} {
		if got := Clean("Some Headline Here\n\n" + in + "\n\nThe body of the article, which says things.").Publisher; got != want {
			t.Errorf("%q: publisher %q, want %q", in, got, want)
		}
	}
}

// TestCopyrightPublisher: "© Copyright 2024 <name>" names the publisher,
// without the word "Copyright".
func TestCopyrightPublisher(t *testing.T) {
	for in, want := range map[string]string{
		"© Copyright 2024 The Daily Courier. All rights reserved.": "The Daily Courier",
		"Copyright © 2024 Example News Network":                    "Example News Network",
		"© 2023-2024 The Moscow Times":                             "The Moscow Times",
	} {
		if got := Clean("Some Headline Here\n\nThe body of the article, which says things at length.\n\n" + in + "\n").Publisher; got != want {
			t.Errorf("%q: publisher %q, want %q", in, got, want)
		}
	}
}

// TestPagerLinks: the headlines after "Previous" and "Next" at the end of a
// page are links to other stories.
func TestPagerLinks(t *testing.T) {
	r := Clean("Police arrest 12 after protest\n\nPolice arrested 12 people on Monday night after a protest turned violent, officials said.\n\n" +
		"Previous\n\nMayor announces new parks plan\n\nNext\n\nSchool board delays vote\n")
	for _, b := range r.Blocks {
		if b.Removed == "" && b.Kind != "title" && !strings.HasPrefix(b.Text(), "Police arrested") {
			t.Errorf("kept %q", b.Text())
		}
	}
}

func TestSpinNotInCleanText(t *testing.T) {
	text := "Launch Succeeds\n\nThe Maine governor praised a successful launch on Tuesday. The US said it was connected to the network. " +
		"Officials in America and in Maine welcomed it, as did the industry at large."
	r := Clean(text)
	if len(r.Repairs()) != 0 {
		t.Errorf("clean text repaired: %v", r.Repairs())
	}
}

// TestMenuBeforeHeadline: a site's menu and navigation lines above the
// headline are removed, and the headline below them is the title, not the
// first line of the file.
func TestMenuBeforeHeadline(t *testing.T) {
	body := "\n\nMILAN (Reuters) - Rail workers walked off the job across northern Italy on Tuesday, unions said.\n\n" +
		"The strike was called over pay and staffing, the third such action this year.\n"
	for _, top := range []string{
		"Skip to main content\n\nSign in\n\nWorld\n\nBusiness\n\nMarkets\n\n",
		"Home » News » Politics\n\n",
		"Popular Categories\n\n",
	} {
		r := Clean(top + "Rail strike halts trains across northern Italy" + body)
		if r.Title != "Rail strike halts trains across northern Italy" || r.TitleInferred {
			t.Errorf("%q above the headline: title %q (inferred %v)", top, r.Title, r.TitleInferred)
		}
		for _, b := range r.Blocks {
			if b.Removed == "" && b.Kind != "title" && !strings.Contains(b.Text(), "Rail workers") && !strings.Contains(b.Text(), "strike") {
				t.Errorf("%q above the headline: kept %q as %s", top, b.Text(), b.Kind)
			}
		}
	}
}

// TestHeadlineAfterRemovedLine: a headline below a removed first line is
// the title (not inferred, not a paragraph), and the byline under it goes.
func TestHeadlineAfterRemovedLine(t *testing.T) {
	r := Clean("This article is more than 2 years old\n\nNorth Korea fires ballistic missile towards Sea of Japan\n\n" +
		"Justin McCurry in Tokyo\n\nTue 5 Mar 2024 09.31 GMT\n\n" +
		"North Korea has fired a ballistic missile into the sea off its east coast, South Korea's military said.\n")
	if r.Title != "North Korea fires ballistic missile towards Sea of Japan" || r.TitleInferred {
		t.Errorf("title %q (inferred %v)", r.Title, r.TitleInferred)
	}
	for _, b := range r.Blocks {
		if b.Removed == "" && b.Kind == "paragraph" && !strings.HasPrefix(b.Text(), "North Korea has fired") {
			t.Errorf("kept %q as a paragraph", b.Text())
		}
	}
}

// TestCaptionAfterImageButton: the caption after an "Enlarge this image"
// button goes with its credit; the same sentence with a credit elsewhere (a
// lede with a photo credit glued to it) stays. An embedded post's date is
// not the article's.
func TestCaptionAfterImageButton(t *testing.T) {
	lede := "VALENCIA, Spain (AP) — Residents began shovelling mud from their homes on Friday as flood waters receded, officials said."
	caption := "Volunteers clear debris in Paiporta on Friday. Manu Fernandez/AP"
	r := Clean("Flood waters recede in Valencia\n\n" + lede + "\n\nEnlarge this image\n\n" + caption +
		"\n\nAt least 200 people died in the floods, the regional government said.\n\n" +
		"— Pedro Sánchez (@sanchezcastejon) November 1, 2024\n")
	got := map[string]string{}
	for _, b := range r.Blocks {
		got[b.Source()] = b.Removed
	}
	if got[caption] != ReasonCaption {
		t.Errorf("caption after the image button: removed %q, want %q", got[caption], ReasonCaption)
	}
	if got[lede] != "" {
		t.Errorf("lede removed as %q", got[lede])
	}
	if r.Date != "" {
		t.Errorf("date %q taken from an embedded post", r.Date)
	}
	// A wire story's lede with the picture's credit glued to it stays
	// (a caption carries no dateline); the caption alone goes by its
	// credit's "Name/Outlet" shape, image button or not.
	ledeCredited := strings.TrimSpace(lede) + " Manu Fernandez/AP"
	r = Clean("Flood waters recede in Valencia\n\n" + caption + "\n\n" + ledeCredited + "\n")
	for _, b := range r.Blocks {
		if b.Source() == ledeCredited && b.Removed != "" {
			t.Errorf("a lede with a glued credit was removed as %q", b.Removed)
		}
		if b.Source() == caption && b.Removed != ReasonCaption {
			t.Errorf("a caption with its credit, no image button before it: removed %q, want %q", b.Removed, ReasonCaption)
		}
	}
}

// TestTitleKicker: a section label before " | " is not part of the title.
func TestTitleKicker(t *testing.T) {
	body := "\n\nHousing has become the defining issue of this parliament, and neither party has a plan.\n"
	for in, want := range map[string]string{
		"Opinion | Why the housing crisis will outlast the next election": "Why the housing crisis will outlast the next election",
		"Analysis | Rents rise again":                                     "Rents rise again",
		"Seoul | Talks resume after a long pause":                         "Seoul | Talks resume after a long pause",
	} {
		if got := Clean(in + body).Title; got != want {
			t.Errorf("%q: title %q, want %q", in, got, want)
		}
	}
}

// TestKickerLine: a section label on its own line above the headline
// ("LIVE UPDATES", "Opinion") is not the title.
func TestKickerLine(t *testing.T) {
	for _, label := range []string{"LIVE UPDATES", "Opinion", "BREAKING NEWS"} {
		r := Clean(label + "\n\nEarthquake strikes off Japan's northeast coast\n\n" +
			"A magnitude 7.1 earthquake struck off the coast of Miyagi prefecture on Thursday evening, officials said.\n")
		if r.Title != "Earthquake strikes off Japan's northeast coast" || r.TitleInferred {
			t.Errorf("%q above the headline: title %q (inferred %v)", label, r.Title, r.TitleInferred)
		}
	}
}

func TestPublicationName(t *testing.T) {
	for in, want := range map[string]string{
		"Cable News Network LP": "Cable News Network", "CBS Interactive Inc.": "CBS Interactive",
		"Ben Hunt 2006": "Ben Hunt", "RSS": "", "Information": "", "RSS Feeds": "", "Technology RSS Feeds": "",
		"On": "", "Monday 11.12.12": "", "Dawn": "Dawn", "The Moscow Times": "The Moscow Times", "BBC": "BBC",
		"3": "", "1885": "", "I": "", "AP": "AP", "Channel 4": "Channel 4", "June": "", "April": "",
		// A copyright line's links after the name or in its place, a
		// title line's colon: "(c) Copyright Example.com 2006 Contact Us",
		// "© 2008 Advertise | Privacy", "Example Notice".
		"Example.com 2006 Contact Us": "Example.com", "Advertise": "", "Notice": "", "Riverside-Star.com:": "Riverside-Star.com",
	} {
		if got := publicationName(in); got != want {
			t.Errorf("publicationName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPublisherNamed: the publisher is found where the text names it (lines
// written here).
func TestPublisherNamed(t *testing.T) {
	for _, c := range []struct{ in, title, publisher string }{
		{"Talks resume in Geneva | Example Herald\n\nNegotiators met again on Tuesday, officials said, after a pause of three weeks in the talks.\n",
			"Talks resume in Geneva", "Example Herald"},
		{"Talks resume in Geneva\n\nNegotiators met again on Tuesday, officials said, after a pause of three weeks in the talks.\n\nPublished in Dawn, March 5th, 2024\n",
			"Talks resume in Geneva", "Dawn"},
		{"Talks resume in Geneva\n\nMOSCOW, March 5. /TASS/. Negotiators met again on Tuesday, officials said, after a pause of three weeks.\n",
			"Talks resume in Geneva", "TASS"},
		{"Talks resume in Geneva\n\nSEOUL, March 5 (Yonhap) -- Negotiators met again on Tuesday, officials said, after a pause of three weeks.\n",
			"Talks resume in Geneva", "Yonhap"},
		{"Russia and Ukraine trade blame - again\n\nNegotiators met again on Tuesday, officials said, after a pause of three weeks in the talks.\n",
			"Russia and Ukraine trade blame - again", ""},
		{"Summit ends in deadlock | Analysis\n\nNegotiators met again on Tuesday, officials said, after a pause of three weeks in the talks.\n",
			"Summit ends in deadlock | Analysis", ""},
		// The title line's site over the company a copyright line names.
		{"Talks resume in Geneva | Example Herald\n\nNegotiators met again on Tuesday, officials said, after a pause of three weeks in the talks.\n\n© 2012 Example Media Group Inc. All rights reserved.\n",
			"Talks resume in Geneva", "Example Herald"},
		// A page's furniture after a cue names no publisher.
		{"Talks resume in Geneva\n\nNegotiators met again on Tuesday, officials said, after a pause of three weeks in the talks.\n\nSubscribe to RSS\n\nCopyright Information\n",
			"Talks resume in Geneva", ""},
		// The title line's site over what a weak cue names: a topic, a
		// person, a section.
		{"Talks resume in Geneva | Example Herald\n\nNegotiators met again on Tuesday, officials said, after a pause of three weeks in the talks.\n\nMore from Switzerland\n\nTop donors give to Geneva talks, donate to Red Cross\n",
			"Talks resume in Geneva", "Example Herald"},
		// The words of a copyright notice are no name; a year is none.
		{"Talks resume in Geneva\n\nNegotiators met again on Tuesday, officials said, after a pause of three weeks in the talks.\n\n© Copyright 2012 Example Herald\n",
			"Talks resume in Geneva", "Example Herald"},
		{"Talks resume in Geneva\n\nNegotiators met again on Tuesday, officials said, after a pause of three weeks in the talks.\n\n(C) Copyright: 2005-2012\n",
			"Talks resume in Geneva", ""},
		// A masthead repeating the site's part over the headline: the
		// headline is the line nearer the prose, the site the publisher.
		{"The Harbour Baker – Spiced Fig Loaves\n\nHome\n\nRecipes\n\nThe Harbour Baker\n\nSpiced Fig Loaves\n\nOctober 25, 2012\n\nWe can't have a winter without a loaf of this bread on the table, and here is how I make it at home.\n",
			"Spiced Fig Loaves", "The Harbour Baker"},
		// A blog's category line names no publisher.
		{"Talks resume in Geneva\n\nNegotiators met again on Tuesday, officials said, after a pause of three weeks in the talks.\n\nPublished in Diplomacy, Europe | 1 Comment\n",
			"Talks resume in Geneva", ""},
	} {
		r := Clean(c.in)
		if r.Title != c.title || r.Publisher != c.publisher {
			t.Errorf("%q:\n title %q publisher %q, want %q and %q", c.in, r.Title, r.Publisher, c.title, c.publisher)
		}
	}
}
