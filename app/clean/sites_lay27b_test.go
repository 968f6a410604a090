package clean

import (
	"testing"
)

// TestSitesUSLocalCaptions removes the lead picture's caption as US local
// and specialist newsrooms credit it (testdata/sites: a Gray station,
// Advance Local's nj.com, the San Francisco Chronicle, Honolulu Civil Beat,
// Breaking Defense), each page read as a new user would.
func TestSitesUSLocalCaptions(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file: "gray-style.txt", publisher: "WKYT",
			title: "Sheriff: Two arrested after string of car break-ins in Lexington",
			kept:  []string{"Deputies say the pair were found with items taken", "Two people are behind bars"},
			// The station's name glued to the caption's full stop, a
			// byline, dates and a share row between it and the story.
			removed: []gone{{"Deputies say the pair were found with stolen items in their car.", ReasonCaption}},
		},
		{
			file: "njcom-style.txt", publisher: "nj.com",
			kept: []string{"A Somerset County borough will ticket and tow cars"},
			// A freelance's outlet after "For", past the bar.
			removed: []gone{{"Plows stuck behind parked cars on Main Street", ReasonCaption}},
		},
		{
			file: "sfchronicle-style.txt", publisher: "-",
			kept: []string{"San Francisco supervisors on Tuesday approved"},
			// The photographer and the paper on a line of their own
			// under the caption.
			removed: []gone{{"A vacant office building on Montgomery Street", ReasonCaption}, {"Lea Suzuki/The Chronicle", ReasonCredit}},
		},
		{
			file: "civilbeat-style.txt", publisher: "Civil Beat",
			kept: []string{"State lawmakers said Wednesday they will consider"},
			// The picture's year after the credit's outlet.
			removed: []gone{{"Hikers on a trail above Kailua.", ReasonCaption}},
		},
		{
			file: "breakingdefense-style.txt", publisher: "Breaking Defense",
			kept:    []string{"The service expects to choose a single design in 2028."},
			removed: []gone{{"An artist's rendering of a collaborative combat aircraft.", ReasonCaption}},
		},
	})
}

// TestSitesUSLocalFurniture removes what US local newsrooms print around
// their stories: Nexstar's video player's label, Advance Local's appeal and
// its affiliate and user agreement notice, a nonprofit's note on itself and
// on who funds its coverage (testdata/sites: a Nexstar station, nj.com,
// Block Club Chicago, Honolulu Civil Beat).
func TestSitesUSLocalFurniture(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file: "nexstar-style.txt", publisher: "WANE 15",
			kept:    []string{"A boil advisory has been issued"},
			removed: []gone{{"Video Now: Latest news from WANE 15", ReasonPlayer}},
		},
		{
			file: "njcom-style.txt", publisher: "-",
			kept: []string{"Drivers will have two hours after a storm is declared"},
			removed: []gone{{"Our journalism needs your support.", ReasonDonation},
				{"If you purchase a product or register for an account", ReasonAd}},
		},
		{
			file: "blockclub-style.txt", publisher: "Block Club Chicago",
			kept:    []string{"Owners Jorge and Luz Medina said"},
			removed: []gone{{"Block Club Chicago is a 501(c)(3) nonprofit news organization", ReasonMetadata}},
		},
		{
			file: "civilbeat-style.txt", publisher: "-",
			removed: []gone{{"Civil Beat’s coverage of Hawaii’s environment is supported by", ReasonMetadata}},
		},
	})
}

// TestSitesUSLocalTitles reads the title and the publisher of US local
// pages: a kicker listing the neighbourhoods a story is filed under (Block
// Club Chicago's "Pilsen, Little Village, West Loop") is no headline, and a
// weather widget's "Set Weather" atop a page without its title line
// (nj.com's) is no masthead.
func TestSitesUSLocalTitles(t *testing.T) {
	checkSites(t, []siteCase{{file: "blockclub-style.txt", publisher: "-", title: "Pilsen Taqueria Closes After 30 Years As Owners Retire"}})
	if r := cleanSiteUntitled(t, "njcom-style.txt"); r.Publisher == "Set Weather" || r.Title != "N.J. town bans parking on snow routes after storm chaos" {
		t.Errorf("njcom-style.txt without its title line: title %q, publisher %q", r.Title, r.Publisher)
	}
}

// TestSitesUSLocalNotes removes the notes public media and nonprofit
// newsrooms print around a story (testdata/sites: Stateline, WBUR, the
// Houston Chronicle): States Newsroom's byline with its date after a dash
// ("By: Amy Lin - December 2, 2026 5:00 am"), its republishing terms and
// its line on the network, a radio segment's airing and audio notes,
// Hearst's caption over its staff photographer's credit and its line for
// reaching the reporter.
func TestSitesUSLocalNotes(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file: "stateline-style.txt", publisher: "Stateline", date: "2026-12-02",
			kept: []string{"At least 20 states have passed laws", "Supporters say the bans help students focus"},
			removed: []gone{{"By: Amy Lin - December 2, 2026 5:00 am", ReasonMetadata},
				{"Our stories may be republished online or in print", ReasonMetadata},
				{"Stateline is part of States Newsroom", ReasonMetadata}},
		},
		{
			file: "wbur-style.txt", publisher: "-",
			kept: []string{"The bill now goes to the governor"},
			removed: []gone{{"This segment aired on December 2, 2026.", ReasonMetadata},
				{"Audio will be available later today.", ReasonMetadata}},
		},
		{
			file: "houstonchronicle-style.txt", publisher: "-",
			kept: []string{"Houston ISD will add 14 bus routes next month"},
			removed: []gone{{"Students board a bus outside an elementary school in Houston.", ReasonCaption},
				{"Jon Shapley/Staff photographer", ReasonCredit}},
		},
		{
			// Hearst's line for reaching the reporter, an address in it.
			file: "sfchronicle-style.txt", publisher: "-",
			removed: []gone{{"Reach Nina Alvarez: nina.alvarez@sfchronicle.com", ReasonMetadata}},
		},
	})
}

// TestSitesUSLocalMoreCredits removes captions closing on credits seen on
// more US pages (testdata/sites: al.com, Defense News): a freelance's
// picture "Special to" the site, glued to the caption's full stop, and a
// service of the armed forces in parentheses.
func TestSitesUSLocalMoreCredits(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file: "aldotcom-style.txt", publisher: "al.com",
			kept:    []string{"The 1,200-acre park will include hiking trails"},
			removed: []gone{{"The new park will include trails along the Fish River.", ReasonCaption}},
		},
		{
			file: "defensenews-style.txt", publisher: "Defense News",
			kept:    []string{"The Pentagon signed a $3 billion contract"},
			removed: []gone{{"A missile is launched during a test at White Sands Missile Range", ReasonCaption}},
		},
	})
}

// TestSitesNexstarByline reads a Nexstar station's page (testdata/sites:
// NEWS10 ABC): its byline in lower case under the headline ("by: Kyle
// Morgan") does not continue the headline, with or without the page's
// title line, and the player's "Now Playing" over its video's headline
// goes with it.
func TestSitesNexstarByline(t *testing.T) {
	const headline = "Man charged after police chase through downtown Albany"
	checkSites(t, []siteCase{{file: "nexstar2-style.txt", publisher: "NEWS10 ABC", title: headline,
		kept:    []string{"The car crashed into a pole on State Street"},
		removed: []gone{{"Now Playing", ReasonRelated}, {"Albany police investigate shooting on Lark Street", ReasonRelated}}}})
	if r := cleanSiteUntitled(t, "nexstar2-style.txt"); r.Title != headline {
		t.Errorf("nexstar2-style.txt without its title line: title %q", r.Title)
	}
}

// TestSitesAdvanceContact removes Advance Local's lines for reaching the
// reporter under the story (testdata/sites: nj.com, OregonLive), an
// address in each; the story's last paragraph stays.
func TestSitesAdvanceContact(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file: "njcom-style.txt", publisher: "-",
			kept:    []string{"Drivers will have two hours after a storm is declared"},
			removed: []gone{{"Ryan Kessler may be reached at rkessler@njadvancemedia.com.", ReasonMetadata}},
		},
		{
			file: "oregonlive-style.txt", publisher: "-",
			kept:    []string{"City leaders said the sites would be staffed around the clock."},
			removed: []gone{{"-- Tom Becker covers Portland City Hall. Reach him at", ReasonMetadata}},
		},
	})
}

// TestSitesBloxLastParagraph keeps a Lee Enterprises paper's last
// paragraph under the sign-up box BLOX sets inside the story (testdata/sites:
// the Quad-City Times): the box's consent line ("I understand and agree that
// registration ...") is the box's, and the reporter's address under the
// paragraph ends the article as a wire's credits do.
func TestSitesBloxLastParagraph(t *testing.T) {
	checkSites(t, []siteCase{{file: "leeenterprises-style.txt", publisher: "-",
		kept:    []string{"The board will vote on a final design for the expansion in the spring"},
		removed: []gone{{"I understand and agree that registration on or use of this site", ReasonNewsletter}}}})
}

// TestSitesUSLocalLastCredits removes captions closing on credits found on
// a last round of US pages (testdata/sites: cleveland.com, Stars and
// Stripes) and a public station's funder note (KQED): a photographer and
// the site's address glued to a caption ending on a year ("... since
// 2019.John Kuntz, cleveland.com"), an outlet with a small word in it
// ("(Seth Robson/Stars and Stripes)"), coverage "supported in part by".
func TestSitesUSLocalLastCredits(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file: "clevelandcom-style.txt", publisher: "cleveland.com",
			kept:    []string{"The centers will have room for about 400 children"},
			removed: []gone{{"The former Marion-Sterling school building", ReasonCaption}},
		},
		{
			file: "stripes2-style.txt", publisher: "Stars and Stripes",
			kept:    []string{"Marines on Okinawa have begun testing"},
			removed: []gone{{"Marines drive an amphibious combat vehicle ashore", ReasonCaption}},
		},
		{
			file: "kqed2-style.txt", publisher: "KQED",
			kept:    []string{"Insurers said they would raise rates"},
			removed: []gone{{"KQED's coverage of climate is supported in part by", ReasonMetadata}},
		},
	})
}
