package clean

import "testing"

// TestSitesNonprofitSecurityWires cleans pages written here in the layouts
// of US digital and nonprofit newsrooms (The 19th, Slate, Nieman Lab,
// Military.com, Responsible Statecraft ...), security and policy outlets
// (The War Zone, Defense One, The National Interest ...) and wires on their
// partners' sites (Agence France-Presse on Digital Journal), read as a new
// user would; every case below is a fault that reading found.
func TestSitesNonprofitSecurityWires(t *testing.T) {
	// Without their title lines, the headline over its byline ("By
	// Hannah Crowe") is the title and is kept, whatever role word it
	// holds ("reporter") or few words it shares with the lede, under a
	// masthead's tagline or among a menu's short lines.
	for file, title := range map[string]string{
		"cjr-style.txt":            "The last reporter at the statehouse",
		"nationalreview-style.txt": "The School-Choice Map Is Changing",
	} {
		if r := cleanSiteUntitled(t, file); r.Title != title || r.TitleInferred {
			t.Errorf("%s untitled: title %q (inferred %v), want %q", file, r.Title, r.TitleInferred, title)
		}
	}
	// Without its title line, The Marshall Project's filing time under
	// the share row ("Filed 6:00 a.m.") is metadata, as the classifier
	// takes it with the title line there.
	if r := cleanSiteUntitled(t, "marshallproject-style.txt"); blockWith(r, "Filed 6:00 a.m.") == nil || blockWith(r, "Filed 6:00 a.m.").Removed != ReasonMetadata {
		t.Errorf("marshallproject-style.txt untitled: %v, want the filing time removed as metadata", blockWith(r, "Filed 6:00 a.m."))
	}
	// Without its title line, Poynter's page is named by its logo,
	// "Poynter.", without the full stop.
	if r := cleanSiteUntitled(t, "poynter-style.txt"); r.Publisher != "Poynter" {
		t.Errorf("poynter-style.txt untitled: publisher %q, want %q", r.Publisher, "Poynter")
	}
	checkSites(t, []siteCase{
		{
			file:      "the19th-style.txt",
			publisher: "The 19th",
			kept:      []string{"For three years, Rosa Jimenez has bathed", "At least 35 states now let Medicaid recipients"},
			removed: []gone{
				{"Rosa Jimenez cares for her mother full time in San Antonio.", ReasonCaption}, // "(Alana Ruiz for The 19th)"
				{"We're an independent, nonprofit newsroom reporting on gender", ReasonPromo},
			},
		},
		// A newsroom's note on itself, by the name its title line gives.
		{
			file:      "chalkbeat-style.txt",
			publisher: "Chalkbeat",
			kept:      []string{"Parents at several magnet schools said the change"},
			removed:   []gone{{"Chalkbeat is a nonprofit news site covering educational change in public schools.", ReasonPromo}},
		},
		{
			file:      "statesnewsroom-style.txt",
			publisher: "Ohio Capital Journal",
			kept:      []string{"Several school boards already ban phones in classrooms"},
			removed:   []gone{{"Please see our republishing guidelines for use of photos and graphics.", ReasonMetadata}}, // the long note, past forty words
		},
		{
			file:      "cato-style.txt",
			publisher: "Cato Institute",
			kept:      []string{"Military families move every two to three years."},
			removed:   []gone{{"This article appeared in The Hill on December 4, 2026.", ReasonMetadata}},
		},
		{
			file:      "heritage-style.txt",
			publisher: "The Heritage Foundation",
			kept:      []string{"Congress could fix much of this by setting hard deadlines"},
			removed: []gone{
				{"This piece originally appeared in The Daily Signal", ReasonMetadata},
				{"Diane is a Research Fellow in Energy Policy.", ReasonMetadata}, // the card's bio by her first name
			},
		},
		{
			file:      "bloomberg-partner-style.txt",
			publisher: "BNN Bloomberg",
			kept:      []string{"Traders have also been watching Chinese demand"},
			removed:   []gone{{"--With assistance from Mia Larsen.", ReasonMetadata}},
		},
		{
			file:      "kffhealth-style.txt",
			publisher: "KFF Health News",
			kept:      []string{"\"I have patients cutting their doses in half to make it to payday,\" Alvarez said."},
			removed: []gone{
				{"KFF Health News is a national newsroom that produces in-depth journalism", ReasonPromo},
				{"USE OUR CONTENT", ReasonMetadata},
				{"This story can be republished for free (details).", ReasonMetadata},
			},
		},
		{
			file:      "grist-style.txt",
			publisher: "Grist",
			kept:      []string{"In Craig, the median wait between a flood and a closed buyout"},
			removed:   []gone{{"Grist is the only award-winning newsroom focused on exploring", ReasonPromo}},
		},
		{
			file:      "militarycom-style.txt",
			publisher: "Military.com",
			kept:      []string{"The Navy will extend sea tours"},
			removed:   []gone{{"Sailors aboard the aircraft carrier USS Nimitz.", ReasonCaption}}, // "(U.S. Navy photo by Seaman Ella Grant)"
		},
		{
			file:      "twz-style.txt",
			publisher: "The War Zone",
			kept:      []string{"A KC-46 tanker has been photographed"},
			removed:   []gone{{"A KC-46 tanker with a pod under its left wing", ReasonCaption}}, // "... Base. USAF"
		},
		{
			file:      "defenseone-style.txt",
			publisher: "Defense One",
			kept:      []string{"The Army is testing small quadcopters", "Battery life is the number one complaint"},
			removed: []gone{
				{"A soldier launches a small drone", ReasonCaption}, // "... Calif. U.S. Army / Spc. Jordan Lee"
				{"NEXT STORY: The Navy wants more unmanned ships.", ReasonRelated},
			},
		},
		{
			file:      "afp-partner-style.txt",
			publisher: "Digital Journal",
			kept:      []string{"Italian authorities evacuated more than 5,000 people", "The region was struck by deadly floods in 2023"},
			removed: []gone{
				{"Rescue workers use a boat to evacuate residents", ReasonCaption}, // "- Copyright AFP Andreas SOLARO"
				{"bur-ams/jm", ReasonSignoff},                                      // the desk's slug
			},
		},
		{
			file:      "slate-style.txt",
			publisher: "Slate",
			kept:      []string{"When Dana Ortiz's daughter turned 10", "Not everyone is convinced."},
			removed: []gone{
				{"Photo illustration by Slate. Photos by Getty Images Plus.", ReasonCredit},
				// The pitch between paragraphs closing on a call to
				// act today, and its button.
				{"Slate is published with no paywall thanks to support from Slate Plus members. Join today.", ReasonDonation},
				{"Join Slate Plus", ReasonDonation},
			},
		},
		{
			file:      "freepress-style.txt",
			publisher: "The Free Press",
			kept:      []string{"Kline said the campaign cost less than four hundred dollars"},
			removed: []gone{
				{"The Free Press earns 100% of its revenue from reader support.", ReasonDonation},
				{"1,214", ReasonShare}, // the likes beside the comments' count, under the byline
			},
		},
		{
			file:      "icij-style.txt",
			publisher: "ICIJ",
			kept:      []string{"Lawyers for the beneficiaries said the structures were legal"},
			removed:   []gone{{"Our reporting is powered by donors like you. Become an ICIJ Insider today.", ReasonDonation}},
		},
		{
			file:      "cjr-style.txt",
			publisher: "Columbia Journalism Review",
			kept:      []string{"The decline of statehouse coverage has been documented for years"},
			removed:   []gone{{"Help us by joining CJR today.", ReasonDonation}},
		},
		{
			file:      "niemanlab-style.txt",
			publisher: "Nieman Journalism Lab",
			kept:      []string{"At least a dozen local outlets"},
			removed:   []gone{{"Photo of a phone by Jane Smith used under a Creative Commons license.", ReasonCredit}},
		},
		{
			file:      "nationalinterest-style.txt",
			publisher: "The National Interest",
			kept:      []string{"Some submarines have waited more than two years"},
			removed: []gone{
				{"Image: Shutterstock.", ReasonCredit},
				{"Topic: Security", ReasonTags},
				{"Region: Americas", ReasonTags},
				// under "About the Author: Mark Ellison": an analyst's bio
				{"Mark Ellison is a defense analyst and a former naval officer.", ReasonBio},
			},
		},
		{
			// A byline with the writer's role after a comma, and his bio
			// ending on his handle, which names him again.
			file:      "foreignpolicy-style.txt",
			publisher: "-",
			kept:      []string{"\"We're basically one bad week away from empty,\" one European official said."},
			removed: []gone{
				{"By Jack Denton, a Pentagon and national security reporter at Foreign Policy.", ReasonMetadata},
				{"Jack Denton is Foreign Policy's Pentagon and national security reporter. X: @jdenton", ReasonBio},
			},
		},
		{
			file:      "bellingcat-style.txt",
			publisher: "-",
			kept:      []string{"Bellingcat compared the ship's superstructure and deck cranes"},
			removed:   []gone{{"Satellite image of the grain terminal on October 11.", ReasonCaption}}, // "... Source: Planet Labs PBC"
		},
		{
			file:      "occrp-style.txt",
			publisher: "OCCRP",
			kept:      []string{"Key Findings", "In nine cases, they were the only bidders."},
			removed:   []gone{{"Albanian", ReasonNav}, {"Serbian", ReasonNav}}, // under "Read in:"
		},
		{
			file:      "lawfare-style.txt",
			publisher: "Lawfare",
			kept:      []string{"The result leaves the central constitutional question open"},
			removed: []gone{
				{"Published by The Lawfare Institute", ReasonMetadata},
				{"in Cooperation With", ReasonMetadata},
				{"Brookings", ReasonMetadata},
			},
		},
		{
			file:      "jacobin-style.txt",
			publisher: "Jacobin",
			kept:      []string{"People come up to the line every day with coffee and donuts."},
			removed: []gone{
				{"Interview by", ReasonMetadata}, // the byline's label over the name, under the picture
				{"Contributors", ReasonBio},
				{"Ellen Haugen is a registered nurse and a member of the Minnesota Nurses Association.", ReasonBio},
			},
		},
		{
			file:      "punchbowl-style.txt",
			publisher: "Punchbowl News",
			kept:      []string{"The House side. Speaker Tom Garrity is expected"},
			removed: []gone{
				{"Presented by Northbridge Energy", ReasonAd},
				// A sponsor's message under its label, a name not the site's.
				{"A message from Northbridge Energy:", ReasonAd},
				{"American natural gas powers more homes than ever.", ReasonAd},
			},
		},
		{
			file:      "dispatch-style.txt",
			publisher: "The Dispatch",
			kept:      []string{"At the center of the dispute is a proposed cut"},
			removed: []gone{
				{"Presented by the Foundation for Civic Renewal", ReasonAd},
				{"Become a Dispatch member to join the conversation", ReasonShare}, // the comments' gate
			},
		},
		{
			file:      "taskandpurpose-style.txt",
			publisher: "Task & Purpose",
			kept:      []string{"The Corps said the cause of death was under investigation"},
			removed:   []gone{{"Want to write for Task & Purpose? Click here.", ReasonShare}},
		},
		{
			// "Stay up to date ..." over a "Subscribe" button: a
			// newsletter's box.
			file:      "militarycom-style.txt",
			publisher: "Military.com",
			kept:      []string{"Some sailors and their families said the news came with little warning."},
			removed:   []gone{{"Whether you're serving or a veteran, stay up to date with news and benefits.", ReasonNewsletter}},
		},
		{
			file:      "thenation-style.txt",
			publisher: "The Nation",
			kept:      []string{"The agency's own inspector general found last year"},
			removed:   []gone{{"Ad Policy", ReasonAd}},
		},
		{
			file:      "cfr-style.txt",
			publisher: "Council on Foreign Relations",
			kept:      []string{"Critics note that the gains have come with a deep recession"},
			removed: []gone{
				{"More on:", ReasonRelated}, // over its topics, one a line
				{"Monetary Policy", ReasonRelated},
				{"The Council on Foreign Relations takes no institutional positions on policy issues", ReasonMetadata},
			},
		},
		{
			file:      "insideclimate-style.txt",
			publisher: "Inside Climate News",
			kept:      []string{"Local officials are counting on the plant"},
			removed: []gone{
				{"We deliver climate news to your inbox like nobody else.", ReasonNewsletter}, // over "Sign up"
				{"About This Story", ReasonDonation},                                          // the appeal's heading
			},
		},
		{
			file:      "marshallproject-style.txt",
			publisher: "The Marshall Project",
			kept:      []string{"\"They took away one charge and added three,\" Ruiz said."},
			removed: []gone{
				{"Closing Argument", ReasonNewsletter},
				{"A weekly newsletter on the most important criminal justice issue of the week.", ReasonNewsletter},
			},
		},
		{
			file:      "nationalreview-style.txt",
			publisher: "National Review",
			kept:      []string{"That complicates the argument that the programs mainly subsidize"},
			removed:   []gone{{"Something to Consider", ReasonDonation}},
		},
		{
			// Not the newsletter a note says the piece first ran in,
			// "The Poynter Report, our daily newsletter ...".
			file:      "poynter-style.txt",
			publisher: "Poynter",
			kept:      []string{"A year later, a reader survey by the paper found"},
		},
		{
			// A quote and who said it under a related story's teaser
			// goes on with the story: no item of the list.
			file:      "restofworld-style.txt",
			publisher: "Rest of World",
			kept:      []string{"\"We knew it would be hard,\" Omondi said."},
			removed: []gone{
				{"Why Lagos startups are moving to Nairobi", ReasonRelated},
				{"Republish", ReasonShare}, // the republishing button under the illustration's credit
			},
		},
		{
			// The tagline in lower case under the masthead is no title.
			file:      "responsiblestatecraft-style.txt",
			title:     "Why the Gulf Arms Deal Won't Buy Much Loyalty",
			publisher: "Responsible Statecraft",
			removed: []gone{
				{"a Quincy Institute publication", "page header"},
				{"Stay updated with the latest analysis from Responsible Statecraft.", ReasonNewsletter},
			},
		},
	})
}
