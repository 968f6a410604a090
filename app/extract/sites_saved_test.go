package extract_test

import (
	"testing"
)

// TestSitesSavedHTML reads pages in the shapes analysts save them
// (testdata/sites, invented text): archives' snapshots (the Wayback
// Machine's, archive.today's), pages saved by the browser and by
// SingleFile, Arc XP, WordPress VIP and Brightspot pages, an AMP page,
// a print version, Firefox's Reader View, overlays and hidden elements,
// an old table layout. It checks what TestSitesTodayHTML checks and the
// date the cleanup states. Each case names the fault it guards.
func TestSitesSavedHTML(t *testing.T) {
	checkHTMLSites(t, []htmlSite{
		{
			// The Wayback Machine: its toolbar (hidden until its script
			// runs), rewritten addresses, its comments after </html>.
			file: "wayback-snapshot.page", title: "Quarry expansion hearing draws 300 to Glenvale school gym", publisher: "The Glenvale Post", date: "2025-11-04",
			kept:    []string{"More than 300 people filled the gym", "early next year."},
			notKept: []string{"captures", "Wayback Machine", "COLLECTED BY", "Archive Team", "Recent Posts", "Old bridge to close", "Proudly powered"},
			raw:     []string{"web.archive.org", "success", "fail", "FILE ARCHIVED"},
		},
		{
			// A page saved by the browser while the Wayback Machine
			// showed it: its toolbar shown (display: block) with what
			// the archive says of the capture's collection, the page an
			// old one with its story in a <div> beside the toolbar's.
			file: "wayback-saved-toolbar.page", title: "Levee repairs to start before spring floods", publisher: "Mill Creek Gazette", date: "2009-11-17",
			kept:    []string{"Crews from the Army Corps of Engineers", "count on luck twice."},
			notKept: []string{"captures", "COLLECTED BY", "librarians and programmers", "Wayback Machine", "Contact us", "Home | News"},
			raw:     []string{"librarians and programmers", "14 captures", "NOV"},
		},
		{
			// archive.today: its head names the archive (og:site_name
			// "archive.ph") and the capture's time as the publication's
			// (the date was the capture's, 2026-09-19); the page is
			// <div> soup without classes, each element's style inline: a
			// consent box fixed to the window's foot (its heading was
			// kept).
			file: "archive-today.page", title: "Ferry operator fined over crew rest breaches", publisher: "Coastal Courier", date: "2026-09-18",
			kept:    []string{"The company that runs ferries", "a warning to other operators."},
			notKept: []string{"Saved from", "All snapshots", "Winter ferry timetable cut", "Harbour wall collapses", "Most read", "download .zip", "We care about your privacy", "Accept all"},
			raw:     []string{"archive.ph", "Buy me a coffee", "19 Sep 2026", "214 partners", "privacy"},
		},
		{
			// SingleFile: data: URIs, inlined styles, a consent dialog
			// saved open, elements it marked "sf-hidden".
			file: "singlefile-saved.page", title: "Allotment waiting list hits ten years as council looks for new plots", publisher: "Thameside Gazette", date: "2026-02-11",
			kept:    []string{"People who put their names down", "The committee will be given a list of possible sites in June."},
			notKept: []string{"consent", "143 partners", "Advertisement", "Community garden opens", "Most read", "Registered in England", "Skip to main content"},
			raw:     []string{"data:image", "Manage options", "Crime"},
		},
		{
			// SingleFile on a site of web components: each shadow root
			// written out as <template shadowrootmode="open">, the story
			// in one (it was lost: a <template> is never shown, unless
			// it is a shadow root).
			file: "singlefile-shadow.page", title: "Salmon return upstream a year after dam came down", publisher: "North Star Herald", date: "2026-09-08",
			kept:    []string{"Chinook salmon have been counted", "a ceremonial fishery within five years."},
			notKept: []string{"Outdoors", "© 2026"},
		},
		{
			// SingleFile, the reader over the paywall's limit: the
			// script had hidden the body (display: none) under a notice
			// (the story was lost, the notice kept).
			file: "paywall-hidden-saved.page", title: "Lifeboat crew rescues six from yacht in force 9 gale", publisher: "Solway Times", date: "2026-03-02",
			kept:    []string{"Six people were rescued from a yacht", "a new launching tractor."},
			notKept: []string{"limit of free articles", "Subscribe for just", "Log in", "Most read"},
		},
		{
			// The browser's "Save Page As…, complete": the saved-from
			// comment, a <base>, local resources, Quantcast's consent
			// box as the script had drawn it, open, and the page behind
			// it aria-hidden while it was (the story was lost, the
			// consent box's text kept instead).
			file: "save-page-complete.page", title: "Hospital drops car park fees for night-shift staff", publisher: "Dunmore Herald", date: "2026-04-22",
			kept:    []string{"Night-shift staff at Dunmore General", "opens next year."},
			notKept: []string{"We value your privacy", "812 partners", "MORE OPTIONS", "School bus route changes", "All rights reserved"},
			raw:     []string{"saved from", "Farming"},
		},
		{
			// Arc XP (Fusion): the page shows the first paragraph over a
			// subscription gate, the story is in Fusion.globalContent's
			// content_elements (only the first paragraph was kept); a
			// link to another story among them (interstitial_link) is no
			// subhead.
			file: "arc-fusion.page", title: "State audit finds 40% of bridge inspections overdue", publisher: "The Tri-County Register", date: "2026-05-06",
			kept:    []string{"Nearly 40% of the state's bridges", "None of the overdue bridges has been found unsafe", "Staff shortages", "These are bridges people drive their kids across", "by the end of June."},
			notKept: []string{"Route 9 bridge gets weight limit", "Continue reading with a subscription", "School levy fails", "covers the statehouse", "Traffic crosses the Route 9 bridge"},
		},
		{
			// React's streamed rendering as the server sent it: the
			// story came last in <div hidden id="S:0"> for the script to
			// move in place of the skeleton; the shell shows the deck and
			// key points (the story was lost).
			file: "react-streamed.page", title: "Regional airport loses its last daily flight", publisher: "Plains Ledger", date: "2026-02-17",
			kept:    []string{"Brandt County Regional Airport will lose", "crop dusters and medical flights."},
			notKept: []string{"Grain elevator fire", "Most read", "$RC"},
		},
		{
			// WordPress VIP (blocks): an inline "RELATED:" line, an
			// embedded post card and Jetpack's related posts inside the
			// body, latest posts with excerpts under it.
			file: "wpvip-inline-cards.page", title: "Desert town bets on lithium plant to bring back its young people", publisher: "Sun Basin Tribune", date: "2026-08-03",
			kept:    []string{"For twenty years the graduating class", "Now I can stay", "with people from the county."},
			notKept: []string{"RELATED:", "Arroyo Minerals wins water permit", "school enrollment falls", "Sheep return to graze", "More from Business", "A Canadian company has bought", "WordPress VIP"},
		},
		{
			// Brightspot: a promo card (category, title, description)
			// inside the body, a list of promos under it.
			file: "brightspot-enhancements.page", title: "Library ends late fines and clears $310,000 in old debts", publisher: "Great Lakes Public Media", date: "2026-03-18",
			kept:    []string{"The Lakeport Public Library will stop charging", "keeping books away from kids", "billed at their replacement cost"},
			notKept: []string{"School libraries will stay open", "11 buildings will take part", "More Local News", "road salt", "Donate", "member station"},
		},
		{
			// AMP (the WordPress plugin's reader template): an <amp-list>
			// of related stories shows its placeholder and fallback text
			// ("Loading related stories…") until it loads.
			file: "amp-wp-reader.page", title: "Wildfire smoke closes schools in three valley districts", publisher: "Okanagan Current", date: "2026-08-19",
			kept:    []string{"All schools in the Kelvale", "provincial air quality map."},
			notKept: []string{"Loading related stories", "could not be loaded", "Leave a Comment", "Back to top", "Categories:", "Sections"},
			raw:     []string{"Loading related stories", "could not be loaded"},
		},
		{
			// WP-Print's print version: no <h1>, the headline in <p
			// id="BlogTitle">, the <title> "Site » Print » Headline",
			// the date in "BlogDate" (it was not read).
			file: "print-version.page", title: "Oyster beds reopen after three-year closure", publisher: "Harbour Herald", date: "2026-10-09",
			kept:    []string{"Oyster fishing in the inner bay", "which is being repaired."},
			notKept: []string{"Article printed from", "URL to article", "URLs in this post", "Click here to print", "2 Comments"},
		},
		{
			// Firefox's Reader View saved: its toolbar, the domain over
			// the headline, the reading time (it states no date nor
			// publisher).
			file: "firefox-reader.page", title: "Volunteer firefighters face pension cut as county fund runs dry",
			kept:    []string{"Volunteer firefighters in Marsh County", "than they did a decade ago."},
			notKept: []string{"Close Reader View", "Type controls", "Save to Pocket", "3–4 minutes", "marshcountyledger.example"},
		},
		{
			// Overlays and hidden text: an off-screen skip link,
			// Quantcast's consent box, Drupal's "element-invisible"
			// headings (the extract wrote "Advertisement"), a block
			// "is-hidden", a <template>, a hidden dialog.
			file: "hidden-overlays.page", title: "Ambulance response times worst in a decade, figures show", publisher: "Fenland Echo", date: "2026-01-27",
			kept:    []string{"Patients in the Fenland district waited", "on February 12."},
			notKept: []string{"Jump to main content", "We value your privacy", "931 partners", "Advertisement", "Main menu", "Tap here to see", "Get the day's top stories", "Before you go", "Add new comment", "Flood warning"},
			raw:     []string{"Advertisement", "Main menu", "Tap here", "top stories"},
		},
		{
			// A word processor's "Save as HTML" of a story pasted in:
			// Word's classes (MsoTitle, MsoNormal), <o:p>, conditional
			// comments. Left: the date and the paper's name only in the
			// credit line under the title, which stays, are not read (a
			// short block under the headline read for its date cost 1.2
			// KB of the worker's wasm).
			file: "word-saved.page", title: "Island council buys back its ferry",
			kept:    []string{"The islands council will buy back the ferry", "a replacement vessel by 2032."},
			notKept: []string{"Source:", "DocumentProperties", "Font Definitions", "MsoNormal"},
		},
		{
			// Google Docs' "Download as HTML" of a story pasted in: no
			// <title>, the title a paragraph of class "title", empty
			// paragraphs between, the source's link through google.com.
			// Left: the paper's name in the credit line is not read as
			// the publisher.
			file: "gdocs-export.page", title: "Clinic waiting times double as rural doctors retire", date: "2026-10-14",
			kept:    []string{"Patients at the three GP surgeries", "talking to the council about keyworker homes."},
			notKept: []string{"Source:", "google.com", "font-family"},
		},
		{
			// A static page, the story straight in <body>: a skip link
			// moved off the screen and a screen reader's note a pixel
			// wide, by inline styles (both reached the article).
			file: "offscreen-static.page", title: "Town hall clock chimes again after 30 years",
			kept:    []string{"The clock on Wellby town hall", "set her oven by it"},
			notKept: []string{"Skip to main content", "Opens in a new window"},
		},
		{
			// An old CMS's table layout: the story's cell between the
			// menus' cell and a column of other stories with their
			// summaries (the column was kept).
			file: "table-layout-cms.page", title: "Mill workers vote to accept buyout offer", publisher: "The Kettering Valley Sentinel", date: "2026-06-10",
			kept:    []string{"HOLLIS — Workers at the Hollis paper mill", "neither would make paper there."},
			notKept: []string{"MORE LOCAL NEWS", "County fair adds Sunday hours", "Karen Voss", "Should the county build", "Printer-friendly", "Reproduction in whole"},
			raw:     []string{"Printer-friendly version | E-mail this story"}, // a row of links alone
		},
		{
			// The same layout, a short story beside a column of news in
			// brief, longer, in lines under bold titles: the row's cell
			// with the most text was the column's, and the row and its
			// table, near-equal rivals of that cell, brought the row
			// back (the column was kept beside the story; without them,
			// the story would have been lost).
			file: "table-briefs-column.page", title: "Mill workers vote to accept buyout offer", publisher: "The Kettering Valley Sentinel", date: "2026-06-10",
			kept:    []string{"HOLLIS — Workers at the Hollis paper mill", "a year of health insurance."},
			notKept: []string{"NEWS IN BRIEF", "Library sale", "Red Cross", "SECTIONS", "Should the county build"},
		},
	}, true)
}
