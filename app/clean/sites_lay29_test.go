package clean

import "testing"

// TestSitesUSUKNational cleans pages written here in the layouts of US
// national newsrooms and aggregators (The Daily Beast, HuffPost, the New
// York Post, the New York Daily News, the Washington Examiner, The
// Washington Times, Newsmax, UPI, Vice, Wired, CNET, Mashable, VentureBeat,
// NewsBreak, Ground News, Flipboard) and of British national and regional
// ones (the Express, The Times, The Spectator, the New Statesman, UnHerd,
// Reach's Manchester Evening News, WalesOnline and Daily Record, Newsquest's
// The Herald and The Northern Echo, National World's Yorkshire Post), read
// as a new user would; every case below is a fault that reading found.
func TestSitesUSUKNational(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file:      "dailybeast-style.txt",
			publisher: "-",
			kept:      []string{"A senior aide to a Midwestern senator resigned"},
			removed: []gone{
				{"Read more at The Daily Beast.", ReasonRelated},
				{"@kmorrow", ReasonShare}, // the author box's handle
			},
		},
		{
			file:      "huffpost-style.txt",
			publisher: "HuffPost", // not its title line's "HuffPost Latest News"
			kept:      []string{"The city council voted 9-2 on Wednesday"},
			removed: []gone{
				{"LOADING ERROR LOADING", ReasonPlayer},
				{"Advocates rally outside City Hall before the vote.", ReasonCaption}, // over "Tom Reyes via Getty Images"
			},
		},
		{
			file:      "washtimes-style.txt",
			publisher: "Washington Times",
			kept:      []string{"The Navy plans to decommission three guided-missile cruisers"},
			removed:   []gone{{"The USS Leyte Gulf is seen at Naval Station Norfolk. (Associated Press)", ReasonCaption}}, // the wire spelt out
		},
		{
			file:      "upi-style.txt",
			publisher: "UPI.com",
			kept:      []string{"Chile's energy ministry on Thursday opened bidding"},
			removed:   []gone{{"Wind turbines stand off the coast in a file photo. File Photo by Mike Theiler/UPI", ReasonCaption}},
		},
		{
			file:      "nypost-style.txt",
			publisher: "-",
			kept:      []string{"A grumpy orange tabby who has ruled a Bushwick corner store"},
			removed:   []gone{{"Let's Get Social", ReasonShare}},
		},
		{
			file:      "cnet-style.txt",
			publisher: "CNET",
			kept:      []string{"I spent two weeks wearing five pairs of earbuds"},
			removed: []gone{
				{"Our expert, award-winning staff selects the products", ReasonAd}, // "... we may get a commission."
				{"See at Amazon", ReasonAd},
				{"Reviews ethics statement", ReasonNav},
				// The author's card over the date, and the picture's
				// credit to her.
				{"Senior Editor", ReasonMetadata},
				{"Dana Whitaker has reviewed audio gear", ReasonMetadata},
				{"Expertise Headphones, Speakers", ReasonMetadata},
				{"Dana Whitaker/CNET", ReasonCredit},
			},
		},
		{
			file:      "flipboard-style.txt",
			publisher: "Flipboard",
			kept:      []string{"Most drivers in milder regions never think about winter tires."},
			removed:   []gone{{"Flipped into Car Tips by Ron Ellis", ReasonMetadata}},
		},
		{
			file:      "express-us-style.txt",
			publisher: "Express.co.uk",
			date:      "2026-12-04", // "16:05 ET, Fri, Dec 4, 2026 | UPDATED: 16:20 ET, Fri, Dec 4, 2026"
			kept:      []string{"Governors in three states have declared snow emergencies"},
			removed: []gone{
				{"16:05 ET, Fri, Dec 4, 2026 | UPDATED", ReasonMetadata},
				{"For more stories from where you live, visit our new US homepage.", ReasonShare},
				{"Follow our social media accounts here on facebook.com/ExpressUSNews", ReasonShare},
			},
		},
		{
			file:      "wired-tip-style.txt",
			publisher: "WIRED",
			kept:      []string{"Registrars took down about half of them within a week."},
			removed:   []gone{{"Do you have a tip about online fraud? Contact Matt Brennan securely on Signal", ReasonMetadata}},
		},
		{
			file:      "thetimes-style.txt",
			publisher: "The Times",
			kept:      []string{"Councils will be able to fine landlords"},
			removed:   []gone{{"Boarded-up shops in Stockton-on-Tees. Ministers want town centres revived", ReasonCaption}}, // over "ALAMY"
		},
		{
			file:      "thetimes-world-style.txt",
			publisher: "The Times",
			kept:      []string{"More than 4,000 people have been evacuated"},
			removed:   []gone{{"Rescue workers in a flooded street in Faenza on Friday", ReasonCaption}}, // over "GETTY IMAGES"
		},
		{
			file:      "newstatesman-style.txt",
			publisher: "New Statesman",
			kept:      []string{"The gamble is that private developers will build"},
			removed:   []gone{{"[See also: Why Britain stopped building]", ReasonRelated}},
		},
		{
			file:      "unherd-style.txt",
			publisher: "UnHerd",
			kept:      []string{"When my employer announced we could work from home forever"},
			removed: []gone{
				{"Clara Hunt is a writer and editor based in Bristol.", ReasonMetadata}, // the byline, over the date
				{"To join the discussion in the comments, become a paid subscriber.", ReasonDonation},
				{"Join like minded readers that support our journalism by becoming a paid subscriber", ReasonDonation},
			},
		},
		{
			file:      "dailyrecord-style.txt",
			publisher: "Daily Record",
			kept:      []string{"Customers have since donated more than £2,000"},
			removed:   []gone{{"Join the Daily Record WhatsApp community!", ReasonShare}},
		},
		{
			file:      "northernecho-style.txt",
			publisher: "The Northern Echo",
			kept:      []string{"Traders said they hoped the reopening"},
			removed: []gone{
				{"Comments: Our rules", ReasonComments},
				{"We want our comments to be a lively and valuable part", ReasonComments},
			},
		},
		{
			file:      "groundnews-style.txt",
			publisher: "Ground News",
			kept:      []string{"The airline said it would review the decision."},
			removed:   []gone{{"Bias Distribution", ReasonNav}},
		},
		{
			file:      "huffpost-uk-style.txt",
			publisher: "-",
			kept:      []string{"A dad said his son wanted to know why the sea"},
			removed: []gone{
				// an appeal with no word of money, and the site's button
				{"Help us tell more of the stories that matter from voices", ReasonDonation},
			},
		},
		{
			file:      "walesonline-video-style.txt",
			publisher: "Wales Online",
			kept:      []string{"A seafront cafe that has served walkers and swimmers"},
			removed: []gone{
				{"Video Loading", ReasonPlayer},
				{"The video will auto-play soon", ReasonPlayer},
			},
		},
		{
			file:      "newsquest-local-style.txt",
			publisher: "The Northern Echo",
			kept:      []string{"Councillors have approved plans for 40 homes"},
			removed:   []gone{{"Get involved with the news in your community", ReasonShare}},
		},
		{
			file:      "nationalworld-style.txt",
			publisher: "The Star",
			kept:      []string{"Tram fares in Sheffield will be frozen for another year"},
			removed:   []gone{{"If you have a complaint about the editorial content", ReasonMetadata}}, // IPSO's
		},
	})
}

// TestSitesUSUKNationalUntitled cleans three of those pages without their
// title line, as a scraper that keeps only the body writes them.
func TestSitesUSUKNationalUntitled(t *testing.T) {
	// The New York Post's share row ("Share on WhatsApp") is no headline.
	if r := cleanSiteUntitled(t, "nypost-style.txt"); r.Title != "Brooklyn bodega cat becomes unlikely star of subway ad campaign" {
		t.Errorf("nypost: title %q", r.Title)
	}
	// HuffPost's appeal, "Support Free Journalism", names its cause, not
	// the publisher.
	if r := cleanSiteUntitled(t, "huffpost-style.txt"); r.Publisher != "HuffPost" {
		t.Errorf("huffpost: publisher %q", r.Publisher)
	}
	// Wired's menu opens on "Security", a section.
	if r := cleanSiteUntitled(t, "wired-tip-style.txt"); r.Publisher != "" {
		t.Errorf("wired-tip: publisher %q", r.Publisher)
	}
	// A column's headline names its writer ("... buses - Rachel Moore" over
	// "By Rachel Moore"): the writer, not the publisher.
	if r := cleanSiteUntitled(t, "yorkshirepost-column-style.txt"); r.Publisher != "Yorkshire Post" {
		t.Errorf("yorkshirepost-column: publisher %q", r.Publisher)
	}
	// VentureBeat's "Read More From DataDecisionMakers" names a column.
	if r := cleanSiteUntitled(t, "venturebeat-guest-style.txt"); r.Publisher == "DataDecisionMakers" {
		t.Errorf("venturebeat-guest: publisher %q", r.Publisher)
	}
	// UPI's menu opens on "Top News", a section.
	if r := cleanSiteUntitled(t, "upi-style.txt"); r.Publisher != "United Press International" {
		t.Errorf("upi: publisher %q", r.Publisher)
	}
}

// TestDailyBeastFootName: the author box's name alone at the foot goes, once
// the classifier has taken the byline under the headline.
func TestDailyBeastFootName(t *testing.T) {
	for _, b := range cleanSite(t, "dailybeast-style.txt").Blocks {
		if b.Removed == "" && b.Text() == "Kaitlyn Morrow" {
			t.Errorf("the author box's name kept")
		}
	}
}
