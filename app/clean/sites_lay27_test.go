package clean

import "testing"

// TestSitesBusinessTechSportsPress cleans pages written here in the layouts
// of business, technology, science, sports and entertainment newsrooms as
// they are scraped today (testdata/sites: Fortune, Engadget, The Register,
// ESPN, Space.com, BBC Sport, The Hollywood Reporter, Pitchfork,
// MarketWatch, ZDNet, Sky Sports, New Scientist, Billboard, Deadline, Tom's
// Hardware, Scientific American, The Athletic, Goal, Rolling Stone, Live
// Science, Barron's, Gizmodo, Fast Company, Quartz), each read
// as a new user would; every case below is a fault that reading found, or
// what a page must keep.
func TestSitesBusinessTechSportsPress(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file:      "fortune-style.txt",
			publisher: "Fortune",
			kept:      []string{"Shares of mid-sized American banks fell sharply on Friday"},
			removed: []gone{
				// The photographer and the agency joined by a dash, as
				// Time credits.
				{"A customer walks past a branch of a regional lender in Ohio. Scott Olson—Getty Images", ReasonCaption},
				// The video player's label inside the story.
				{"Recommended Video", ReasonNav},
				// Where the story first ran, under it.
				{"This story was originally featured on Fortune.com", ReasonMetadata},
			},
		},
		{
			file:      "engadget-style.txt",
			publisher: "Engadget",
			kept:      []string{"Sony has announced a new pair of flagship wireless earbuds"},
			// A shop's button under the product.
			removed: []gone{{"$299 at Amazon", ReasonAd}},
		},
		{
			// The site after a bullet in the title line.
			file:      "register-style.txt",
			publisher: "The Register",
			kept:      []string{"A local authority in the English Midlands has apologised"},
		},
		{
			file:      "espn-style.txt",
			publisher: "ESPN",
			kept:      []string{"NEW YORK -- The Boston Celtics erased an 18-point deficit"},
			// The byline's card under a score box: the name, its
			// button, the writer's line.
			removed: []gone{{"Tim Bontemps is an NBA writer for ESPN.", ReasonMetadata}},
		},
		{
			file:      "spacecom-style.txt",
			publisher: "Space",
			kept:      []string{"NASA has chosen a landing site for its next robotic rover"},
			// The newsletter box's blurb, closing "... and more!".
			removed: []gone{
				{"Breaking space news, the latest updates on rocket launches, skywatching events and more!", ReasonNewsletter},
				{"Contact me with news and offers from other Future brands", ReasonNewsletter},
			},
		},
		{
			file:      "bbcsport-style.txt",
			publisher: "BBC Sport",
			kept:      []string{"Arsenal moved four points clear at the top of the Premier League", "The Arsenal manager said his side had controlled the game"},
			removed:   []gone{{"Bukayo Saka has scored seven league goals this season", ReasonCaption}},
		},
		{
			file:      "thr-style.txt",
			publisher: "The Hollywood Reporter",
			kept:      []string{"Dana Ruiz has landed a lead role in an upcoming thriller series"},
			// Who is pictured, the photographer and the agency, run on.
			removed: []gone{{"Dana Ruiz Amy Sussman/Getty Images", ReasonCaption}},
		},
		{
			file:      "pitchfork-style.txt",
			publisher: "Pitchfork",
			kept:      []string{"The band recorded it over three weeks in a converted church"},
			// The album's sleeve, named over its track list.
			removed: []gone{{"Fields of Static Cover Art", ReasonCaption}},
		},
		{
			file:      "marketwatch-style.txt",
			publisher: "MarketWatch",
			kept:      []string{"Gasoline futures also rose, while natural gas prices edged lower"},
			// "Read:" before a headline of thirteen words.
			removed: []gone{{"Read: Here's why gasoline prices may not fall as fast as oil this winter", ReasonRelated}},
		},
		{
			file:      "zdnet-style.txt",
			publisher: "ZDNET",
			kept:      []string{"Battery life easily stretched through a full day"},
			removed:   []gone{{"Also: The best Android phones you can buy", ReasonRelated}},
		},
		{
			file:      "skysports-style.txt",
			publisher: "Sky Sports",
			kept:      []string{"The British driver beat team-mate Oscar Piastri by 0.081 seconds"},
			removed:   []gone{{"Please use Chrome browser for a more accessible video player", ReasonNav}},
		},
		{
			file:      "newscientist-style.txt",
			publisher: "New Scientist",
			kept:      []string{"Researchers in Japan recorded the brains of six common octopuses"},
			// The lead picture's caption, no sentence's end, over its
			// photographer and agency, under the byline.
			removed: []gone{{"An octopus changing colour as it sleeps", ReasonCaption}},
		},
		{
			file:      "billboard-style.txt",
			publisher: "Billboard",
			kept:      []string{"Of that sum, album sales comprise 61,000"},
		},
		{
			file:      "deadline-style.txt",
			publisher: "Deadline",
			kept:      []string{"EXCLUSIVE: Universal has dated the sequel", "Universal's summer 2028 slate also includes"},
		},
		{
			file:      "tomshw-style.txt",
			publisher: "Tom's Hardware",
			kept:      []string{"The company declined to comment on unreleased products."},
			removed:   []gone{{"Follow Tom's Hardware on Google News to get our up-to-date news, analysis, and reviews in your feeds. Make sure to click the Follow button.", ReasonShare}},
		},
		{
			file:      "sciam-style.txt",
			publisher: "Scientific American",
			kept:      []string{"Researchers trained bees to fly to cards marked with dots"},
			removed: []gone{
				// The writer and the editor in one byline.
				{"By Jack Tamisiea edited by Sarah Lewin Frasier", ReasonMetadata},
				// The editor's appeal, which asks for the reader's support.
				{"If you enjoyed this article, I’d like to ask for your support. Scientific American has served as an advocate for science and industry for 180 years.", ReasonDonation},
			},
		},
		{
			file:      "athletic-style.txt",
			publisher: "The Athletic",
			kept:      []string{"Instead, they promoted a linebackers coach to coordinator"},
			removed:   []gone{{"(Top photo: Mitchell Leff / Getty Images)", ReasonCredit}},
		},
		{
			file:      "goal-style.txt",
			publisher: "-",
			kept:      []string{"The forward limped off in the second half of Saturday's win at Sevilla"},
		},
		{
			file:      "rollingstone-style.txt",
			publisher: "Rolling Stone",
			kept:      []string{"The trek kicks off April 2 in Seattle and wraps in Sydney in October."},
		},
		{
			file:      "livescience-style.txt",
			publisher: "Live Science",
			kept:      []string{"Researchers plan to raise some of the jars next summer"},
			// The group's footer, which every one of its sites prints.
			removed: []gone{{"Live Science is part of Future US Inc, an international media group and leading digital publisher. Visit our corporate site.", ReasonFooter}},
		},
		{
			file:      "barrons-style.txt",
			publisher: "Barron's",
			kept:      []string{"The chip maker's stock dropped nearly 3%"},
		},
		{
			file:      "gizmodo-style.txt",
			publisher: "Gizmodo",
			kept:      []string{"In tests, it climbed a vertical sheet of glass"},
		},
		{
			file:      "fastco-style.txt",
			publisher: "Fast Company",
			kept:      []string{"Its shoes are built from just four parts that snap together"},
		},
		{
			file:      "quartz-style.txt",
			publisher: "Quartz",
			kept:      []string{"The extra row lets each plane carry six more passengers"},
			// An emoji before the newsletter's call.
			removed: []gone{{"📬 Sign up for the Daily Brief", ReasonNewsletter}},
		},
	})
}
