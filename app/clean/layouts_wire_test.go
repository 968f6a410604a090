package clean

import (
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/boiler"
)

// TestMoreNewsroomLayouts: pages written here in the layouts of more
// newsrooms as scraped today (Hindustan Times, The Moscow Times, Anadolu
// Agency, The Korea Herald, Fox News, The Independent, the Daily Mail,
// NDTV, CNA, a government's press room), read as a new
// user would; each case is what its page still got wrong: the line goes,
// the article stays, and the publisher is the site's.
func TestMoreNewsroomLayouts(t *testing.T) {
	lede := "Delhi's air quality slipped back into the severe category on Tuesday as wind speeds dropped and temperatures fell, trapping pollutants close to the ground, officials said."
	second := "The forecast for the next three days shows little relief, with the air expected to stay in the very poor range until rain arrives over the weekend."
	cases := []struct {
		name      string
		lines     []string
		gone      []string
		publisher string
	}{
		{"a button to read the story in an app between the share row and the article (Hindustan Times)",
			[]string{"Delhi air quality slips to 'severe' again as winds slow | Latest News Delhi - Hindustan Times", "Home", "Latest", "India", "World",
				"Delhi air quality slips to 'severe' again as winds slow",
				"The AQI at 4pm on Tuesday stood at 412, the worst reading in two weeks, according to the Central Pollution Control Board's daily bulletin.",
				"By Jasjeev Gandhiok, New Delhi", "Dec 02, 2026 07:14 PM IST", "Share Via", "Copy Link", "Read Now", lede, second,
				"Topics", "Delhi Air Pollution", "AQI", "Trending", "Copyright © HT Digital Streams Ltd. All rights reserved."},
			[]string{"Read Now"}, "Hindustan Times"},
		{"a site's call to follow its news under the article (Hindustan Times)",
			[]string{"Delhi air quality slips to 'severe' again as winds slow | Latest News Delhi - Hindustan Times",
				"Delhi air quality slips to 'severe' again as winds slow", "Dec 02, 2026 07:14 PM IST", lede, second,
				"Get Current Updates on India News, Delhi Election 2026 along with Latest News and Top Headlines from India and around the world.",
				"Topics", "Delhi Air Pollution"},
			[]string{"Get Current Updates on India News"}, "Hindustan Times"},
		{"a caption whose credit is a site of pictures (The Moscow Times' 'Kremlin.ru')",
			[]string{"Russia Hikes Key Rate to 19% as Inflation Persists - The Moscow Times", "News", "Business",
				"Russia Hikes Key Rate to 19% as Inflation Persists", "Dec. 2, 2026",
				"Elvira Nabiullina, head of the Central Bank. Kremlin.ru", lede, second},
			[]string{"Elvira Nabiullina"}, "The Moscow Times"},
		{"a language switcher atop the page is no masthead (Anadolu Agency)",
			[]string{"Turkish foreign minister meets Iranian counterpart in Ankara", "Türkçe", "English", "Français", "Politics", "Economy",
				"Turkish foreign minister meets Iranian counterpart in Ankara", "Ahmet Yilmaz |02.12.2026 - Update : 02.12.2026", lede, second},
			nil, ""},
		{"the writer's byline with an address under the article (The Korea Herald)",
			[]string{"Yoon's approval rating falls to new low: poll - The Korea Herald", "Home", "National", "Politics",
				"Yoon's approval rating falls to new low: poll", "Published : Dec. 2, 2026 - 14:15", "By Kim Yoon-mi", lede, second,
				"By Kim Yoon-mi (yoonmi@heraldcorp.com)"},
			[]string{"yoonmi@heraldcorp.com"}, "The Korea Herald"},
		{"a byline running the writer's name into the site's (Fox News)",
			[]string{"Pentagon orders review of drone program after crash | Fox News", "U.S.", "Politics", "World",
				"Published December 2, 2026 2:15pm EST", "Pentagon orders review of drone program after crash",
				"By Liz Friden Fox News", lede, second},
			nil, "Fox News"},
		{"an appeal: its opening, the paper in the third person, its button (The Independent)",
			[]string{"Storm Bert: Thousands without power as heavy rain hits Wales | The Independent", "News", "Sport", "Voices",
				"Storm Bert: Thousands without power as heavy rain hits Wales", "Jane Dalton", "Tuesday 02 December 2026 15:14 GMT",
				"Your support helps us to tell the story",
				"From reproductive rights to climate change to Big Tech, The Independent is on the ground when the story is developing.",
				"Support Now", lede,
				"Sign up for our breaking news email for the latest stories as they happen", "Read our privacy notice", second},
			[]string{"Your support helps", "From reproductive rights", "Read our privacy notice"}, "The Independent"},
		{"the share bar's headline over its 'e-mail' button under the article (Daily Mail)",
			[]string{"Britain braces for coldest night of the year as snow hits the north | Daily Mail Online", "Home", "News", "Sport",
				"Britain braces for coldest night of the year as snow hits the north", "By JANE SMITH FOR MAILONLINE",
				"Published: 14:15 GMT, 2 December 2026 | Updated: 16:40 GMT, 2 December 2026", lede, second,
				"Share or comment on this article:\nBritain braces for coldest night of the year as snow hits the north\ne-mail\nAdd comment"},
			[]string{"north e-mail", "the north\n"}, "Daily Mail Online"},
		{"a reading time labelled (NDTV)",
			[]string{"Cyclone Fengal Makes Landfall Near Puducherry, Heavy Rain In Chennai - NDTV", "Latest", "India", "World",
				"Cyclone Fengal Makes Landfall Near Puducherry, Heavy Rain In Chennai",
				"The cyclone crossed the coast with wind speeds of 70-80 kmph, the weather office said.",
				"Reported by Nidhi Sharma, Edited by Abhishek Chakraborty", "India News", "Dec 02, 2026 14:15 pm IST", "Read Time: 2 mins", "Share",
				"Chennai:", lede, second, "Track Latest News Live on NDTV.com and get news updates from India and around the world", "Follow us:"},
			[]string{"Read Time"}, "NDTV"},
		{"a site's name with initials in the title line (a government's press release)",
			[]string{"Secretary Announces $500 Million for Rural Broadband | U.S. Department of Agriculture", "Skip to main content",
				"An official website of the United States government", "Here's how you know", "Topics", "Programs", "Newsroom",
				"Secretary Announces $500 Million for Rural Broadband", "Press Release", lede, second, "Return to top", "Contact Us"},
			[]string{"An official website"}, "U.S. Department of Agriculture"},
		{"a byline and its outlet parted by a dot, a listening time, an audio version's notice, a caption credited to a photographer of an outlet of several words (CBC)",
			[]string{"Ottawa announces new rules for temporary foreign workers | CBC News", "Skip to Main Content", "CBC", "Menu", "Politics",
				"Ottawa announces new rules for temporary foreign workers", "Employers will have to prove they tried to hire Canadians first",
				"Peter Zimonjic · CBC News", "· Posted: Dec 02, 2026 2:15 PM EST | Last Updated: 2 hours ago", "Listen to this article",
				"Estimated 3 minutes", "The audio version of this article is generated by text-to-speech, a technology based on artificial intelligence.",
				"Employment Minister Patty Hajdu speaks to reporters in Ottawa on Tuesday. (Adrian Wyld/The Canadian Press)", lede, second},
			[]string{"Peter Zimonjic", "Estimated 3 minutes", "The audio version", "Patty Hajdu speaks"}, "CBC News"},
		{"a site's call to follow it by its name (Sky News)",
			[]string{"Junior doctors to strike again in January, BMA says | UK News | Sky News", "Skip to content", "Sky News - back to home",
				"Junior doctors to strike again in January, BMA says", "Ashish Joshi", "Tuesday 2 December 2026 14:15, UK", lede, second,
				"Follow Sky News on WhatsApp", "Keep up with all the latest news from the UK and around the world by following Sky News", "Tap here"},
			[]string{"Keep up with all the latest news"}, "Sky News"},
		{"a masthead under skip links and buttons (Voice of America)",
			[]string{"UN Security Council extends peacekeeping mission in South Sudan", "Print", "Skip to main content", "Skip to main Navigation",
				"Skip to Search", "Next", "Voice of America", "Search", "USA", "Africa",
				"UN Security Council extends peacekeeping mission in South Sudan", "December 02, 2026 2:15 PM", "By Margaret Besheer", lede, second},
			nil, "Voice of America"},
		{"a caption's button, a byline whose outlet is on the line under it, a contributor's credit (USA Today)",
			[]string{"Powerball jackpot climbs to $1.2 billion after no winner", "Skip to main content", "Powerball jackpot climbs to $1.2 billion after no winner",
				"Show Caption", "Hide Caption", "People buy lottery tickets at a store in Los Angeles on Monday.", "Mario Tama, Getty Images",
				"Powerball jackpot climbs to $1.2 billion after no winner", "Jane Doe", "USA TODAY", lede, second,
				"Contributing: The Associated Press", "Sign up for our newsletter"},
			[]string{"Show Caption", "Jane Doe", "USA TODAY", "Contributing:"}, ""},
		{"a newsletter button, a machine translation's notice, reprint and correction links (NBC News, Newsweek)",
			[]string{"Map Shows States Where Gas Prices Are Falling Fastest - Newsweek", "Skip to main content", "Newsweek", "U.S.", "World",
				"Map Shows States Where Gas Prices Are Falling Fastest", "Get more newsletters", "Published Dec 02, 2026 at 2:15 PM EST", "By Aila Slisco",
				"Newsweek AI is in beta. Translations may contain inaccuracies—please refer to the original content.", lede, second,
				"Request Reprint & Licensing", "Submit Correction", "View Editorial Guidelines"},
			[]string{"Get more newsletters", "AI is in beta", "Request Reprint"}, "Newsweek"},
		{"the notice of an audio version read by a machine (CNA)",
			[]string{"Singapore's core inflation eases to 1.5% in November - CNA", "Singapore", "Asia", "World",
				"Singapore's core inflation eases to 1.5% in November", "Listen to this article", "This audio is generated by an AI tool.",
				"Ng Wei Kai", "02 Dec 2026 01:14PM", lede, second},
			[]string{"This audio is generated"}, "CNA"},
	}
	for _, c := range cases {
		checkPage(t, c.name, strings.Join(c.lines, "\n\n"), []string{lede, second}, c.gone, c.publisher)
	}
}

// TestAudioNoticeInNews: a sentence of news about machine-read audio is the
// article's, not a player's notice.
func TestAudioNoticeInNews(t *testing.T) {
	for _, s := range []string{"The audio was generated by AI, police said.", "Audio experts said the voice was generated by software used by scammers across the region."} {
		if audioNotice(lower(s), words(s)) {
			t.Errorf("%q taken for an audio player's notice", s)
		}
	}
	if !audioNotice("voiced by amazon polly", 4) {
		t.Error("\"Voiced by Amazon Polly\" not an audio player's notice")
	}
}

// TestProperNameInitials: the point of initials or of "St." inside a
// publication's name does not end it; a domain's last point does.
func TestProperNameInitials(t *testing.T) {
	for in, want := range map[string]string{
		"U.S. Department of Agriculture": "U.S. Department of Agriculture",
		"The E.W. Scripps Company":       "The E.W. Scripps Company",
		"St. Louis Post-Dispatch":        "St. Louis Post-Dispatch",
		"NYDailyNews.com. All rights":    "NYDailyNews.com",
		"Example News. Some text":        "Example News",
	} {
		if got := properName(in); got != want {
			t.Errorf("properName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestForeignNewsroomCrumbs: pages written here in Der Spiegel's and Le
// Monde's layouts kept their buttons ("Artikel anhören (3 Minuten)",
// "Temps de Lecture 2 min.", "Article réservé aux abonnés", "Offrir cet
// article", "Réutiliser ce contenu") as text, and Le Monde's masthead under
// its French skip link named no publisher.
func TestForeignNewsroomCrumbs(t *testing.T) {
	cases := []struct {
		lines, article, gone []string
		publisher            string
	}{
		{[]string{"Bundestag beschließt Haushalt für 2027 - DER SPIEGEL", "Zum Inhalt springen", "Startseite", "Politik", "Deutschland",
			"Bundestag beschließt Haushalt für 2027", "02.12.2026, 14.15 Uhr", "Artikel zum Hören • 3 Min", "Artikel anhören (3 Minuten)",
			"Der Bundestag hat am Dienstag den Bundeshaushalt für das Jahr 2027 beschlossen. Für den Etat stimmten 389 Abgeordnete, dagegen 251.",
			"Der Haushalt sieht Ausgaben von 489 Milliarden Euro vor, davon rund 60 Milliarden Euro für die Verteidigung.",
			"Mehr zum Thema", "Artikel teilen", "Link kopieren"},
			[]string{"Der Bundestag hat am Dienstag", "Der Haushalt sieht Ausgaben"},
			[]string{"Artikel zum Hören", "Artikel anhören", "Zum Inhalt springen", "Link kopieren"}, "DER SPIEGEL"},
		{[]string{"Le gouvernement présente un plan pour le logement", "Aller au contenu principal", "Le Monde", "Actualités", "Économie",
			"Le gouvernement présente un plan pour le logement", "Par Claire Dupont",
			"Publié le 02 décembre 2026 à 14h15, modifié le 02 décembre 2026 à 16h40", "Temps de Lecture 2 min.",
			"Article réservé aux abonnés", "Offrir cet article",
			"Le gouvernement a présenté, mardi 2 décembre, un plan destiné à relancer la construction de logements, alors que le secteur traverse une crise profonde.",
			"Le plan prévoit notamment une baisse de la TVA sur les logements neufs et un soutien aux collectivités qui construisent.",
			"Contribuer", "Réutiliser ce contenu"},
			[]string{"Le gouvernement a présenté", "Le plan prévoit"},
			[]string{"Temps de Lecture", "Article réservé", "Offrir cet article", "Contribuer", "Réutiliser ce contenu"}, "Le Monde"},
	}
	for _, c := range cases {
		checkPage(t, c.publisher, strings.Join(c.lines, "\n\n"), c.article, c.gone, c.publisher)
	}
}

// checkPage fails the test when the cleanup of page keeps a line holding
// one of gone, drops one of article, or names another publisher.
func checkPage(t *testing.T, name, page string, article, gone []string, publisher string) {
	t.Helper()
	body := shownBody(page)
	for _, g := range gone {
		if strings.Contains(body, g) {
			t.Errorf("%s: %q kept:\n%s", name, g, body)
		}
	}
	for _, a := range article {
		if !strings.Contains(body, a) {
			t.Errorf("%s: the article's line %q removed:\n%s", name, a, body)
		}
	}
	if r := Clean(page); r.Publisher != publisher {
		t.Errorf("%s: publisher %q, want %q", name, r.Publisher, publisher)
	}
}

// TestBloggerPost: a page written here in Blogger's layout, its lines
// parted by single line breaks as a scraper writes them: the skip links
// under the title line do not continue it (the title had been "The Quiet
// Hiker: Walking the Cotswold Way in Winter skip to main"), the blog's
// name is the publisher, and "Posted by Tom Harker at 8:15 PM" is the
// post's byline, not a heading of its text.
func TestBloggerPost(t *testing.T) {
	page := strings.Join([]string{
		"The Quiet Hiker: Walking the Cotswold Way in Winter", "skip to main | skip to sidebar", "The Quiet Hiker",
		"Long walks, short words", "Tuesday, December 2, 2026", "Walking the Cotswold Way in Winter",
		"Most people walk the Cotswold Way in summer. I walked it last week, in the rain, and I would do it again tomorrow.",
		"The path runs 102 miles from Chipping Campden to Bath. In winter the villages are quiet and the pubs have fires going.",
		"Posted by Tom Harker at 8:15 PM", "3 comments:", "Sarah said...", "Lovely write-up. Which inn would you recommend in Painswick?",
		"December 2, 2026 at 9:30 PM", "Post a Comment", "Newer Post", "Older Post", "Home",
	}, "\n")
	r := Clean(page)
	if r.Title != "Walking the Cotswold Way in Winter" || r.Publisher != "The Quiet Hiker" {
		t.Errorf("title %q, publisher %q", r.Title, r.Publisher)
	}
	body := shownBody(page)
	for _, g := range []string{"Posted by", "skip to", "Lovely write-up"} {
		if strings.Contains(body, g) {
			t.Errorf("%q kept:\n%s", g, body)
		}
	}
	if !strings.Contains(body, "The path runs 102 miles") {
		t.Errorf("the post's text removed:\n%s", body)
	}
}

// removedAs returns the reason Clean gives the page's line text ("" when
// it is kept or not found).
func removedAs(r Result, text string) string {
	for _, b := range r.Blocks {
		if b.Source() == text {
			return b.Removed
		}
	}
	return ""
}

// TestReasonsOfCardsAndComments: what goes says why. ESPN's author card
// under the byline ("Adam Teicher" / "Close" / "Adam Teicher covers the
// Kansas City Chiefs for ESPN.") is the byline's, not the article's first
// paragraph; a WordPress comment that a related list's sweep reached is
// a comment, not a related story.
func TestReasonsOfCardsAndComments(t *testing.T) {
	espn := strings.Join([]string{"Chiefs beat Raiders 27-20 to clinch playoff spot - ESPN", "Skip to main content", "ESPN", "NFL", "NBA",
		"Chiefs beat Raiders 27-20 to clinch playoff spot", "Dec 2, 2026, 11:45 PM ET", "Adam Teicher", "Close",
		"Adam Teicher covers the Kansas City Chiefs for ESPN. He joined ESPN in 2013.", "Facebook", "X", "Email",
		"KANSAS CITY, Mo. -- Patrick Mahomes threw two touchdown passes and the Kansas City Chiefs beat the Las Vegas Raiders 27-20 on Tuesday night to clinch a playoff spot.",
		"Mahomes finished 24-of-33 for 281 yards. Travis Kelce caught seven passes for 94 yards and a score.",
	}, "\n")
	if got := removedAs(Clean(espn), "Adam Teicher covers the Kansas City Chiefs for ESPN. He joined ESPN in 2013."); got != ReasonMetadata {
		t.Errorf("ESPN's author card: %q, want %q", got, ReasonMetadata)
	}
	blog := strings.Join([]string{"Five Lessons From Running a Small Bakery for Ten Years – Flour & Crumb", "Skip to content", "Flour & Crumb",
		"Home", "About", "Recipes", "Five Lessons From Running a Small Bakery for Ten Years", "Posted on December 2, 2026 by Anna Keller",
		"Ten years ago this week, I opened a bakery with one oven, two employees and a lot of optimism. Here is what I have learned since.",
		"Your regulars are your business. About 70 percent of our sales come from people who visit at least once a week.",
		"Hire for attitude. We can teach anyone to shape a loaf, but we cannot teach them to care.",
		"Share this:", "Like this:", "Like Loading...", "Related", "Why We Stopped Selling Croissants", "December 2, 2025", "In \"Business\"",
		"4 thoughts on “Five Lessons From Running a Small Bakery for Ten Years”", "Mark Dillon says:", "December 2, 2026 at 3:41 pm",
		"Congratulations! Your sourdough is the best in town.", "Reply", "Anna Keller says:", "December 2, 2026 at 5:02 pm",
		"Thank you, Mark!", "Reply", "Leave a Reply Cancel reply",
	}, "\n")
	r := Clean(blog)
	for _, c := range []string{"Congratulations! Your sourdough is the best in town.", "Thank you, Mark!"} {
		if got := removedAs(r, c); got != ReasonComments {
			t.Errorf("%q: %q, want %q", c, got, ReasonComments)
		}
	}
	if got := removedAs(r, "Why We Stopped Selling Croissants"); got != ReasonRelated {
		t.Errorf("the related post: %q, want %q", got, ReasonRelated)
	}
}

// TestPublisherWithoutTitleLine: a page scraped without its HTML title
// line: the byline that runs the writer into the site ("By Liz Friden Fox
// News") names the site, and a menu's first button ("Explore") or a place
// the headline names ("Singapore" over "Singapore's core inflation ...")
// is no masthead.
func TestPublisherWithoutTitleLine(t *testing.T) {
	lede := "The Pentagon has ordered a review of its drone program after a Reaper drone crashed during a training flight over Nevada on Monday, officials said."
	second := "No one was injured in the crash, which happened about 30 miles north of Creech Air Force Base, the Air Force said in a statement."
	for _, c := range []struct {
		lines []string
		want  string
	}{
		{[]string{"Close main menu", "U.S.", "Politics", "World", "Published December 2, 2026 2:15pm EST",
			"Pentagon orders review of drone program after crash", "By Liz Friden Fox News", lede, second}, "Fox News"},
		{[]string{"Explore", "Search", "Sign In", "Subscribe", "Home", "Latest", "India", "World",
			"Pentagon orders review of drone program after crash", "Dec 02, 2026 07:14 PM IST", lede, second}, ""},
		{[]string{"Singapore", "Asia", "World", "Business", "Sport", "Singapore's core inflation eases to 1.5% in November",
			"Lower costs of services and food helped inflation ease, the central bank said.", "Ng Wei Kai", "02 Dec 2026 01:14PM",
			"SINGAPORE: Singapore's core inflation eased to 1.5 per cent in November, down from 1.8 per cent in October, as services and food costs rose more slowly.",
			"Headline inflation, which includes private transport and accommodation costs, was 1.3 per cent, the Monetary Authority of Singapore said."}, ""},
	} {
		if got := Clean(strings.Join(c.lines, "\n")).Publisher; got != c.want {
			t.Errorf("%q...: publisher %q, want %q", c.lines[0], got, c.want)
		}
	}
}

// TestTitleWithoutTitleLine: pages scraped without their HTML title line.
// The banner atop United States government sites ("An official website of
// the United States government", issue 13's example of a line taken for
// the title) goes, and the press release's headline is the title; a
// section's label run into a copy of the headline by a bare bar
// ("Business|Judge Blocks Rule ...") is a repeat, not the title; a
// standfirst under its headline is not the title (The Times of Israel's).
func TestTitleWithoutTitleLine(t *testing.T) {
	lede := "A federal judge in Texas on Tuesday blocked a Labor Department rule that would have made millions more salaried workers eligible for overtime pay."
	second := "The rule would have raised the salary threshold below which employees must be paid extra for working more than 40 hours a week."
	for _, c := range []struct {
		lines                  []string
		title, publisher, gone string
	}{
		{[]string{"Skip to main content", "An official website of the United States government", "Here's how you know",
			"Official websites use .gov", "A .gov website belongs to an official government organization in the United States.",
			"Secure .gov websites use HTTPS", "A lock ( ) or https:// means you've safely connected to the .gov website. Share sensitive information only on official, secure websites.",
			"U.S. Department of Agriculture", "Topics", "Programs", "Newsroom", "Press Release",
			"Secretary Announces $500 Million for Rural Broadband",
			"WASHINGTON, Dec. 2, 2026 – Agriculture Secretary Brooke Rollins today announced $500 million in grants and loans to bring high-speed internet to rural communities in 22 states.",
			"The funding will connect more than 80,000 homes, farms and businesses, Secretary Rollins said.", second},
			"Secretary Announces $500 Million for Rural Broadband", "U.S. Department of Agriculture", "official website"},
		{[]string{"Skip to content", "Skip to site index", "Search", "Business", "Today’s Paper",
			"Business|Judge Blocks Rule on Overtime Pay for Millions of Workers", "Advertisement", "Supported by",
			"Judge Blocks Rule on Overtime Pay for Millions of Workers",
			"The ruling is a setback for a Labor Department effort to extend overtime protections to more salaried employees.",
			"By Lydia DePillis", "Dec. 2, 2026", lede, second},
			"Judge Blocks Rule on Overtime Pay for Millions of Workers", "", "Business|"},
		{[]string{"Skip to main content", "The Times of Israel", "Search", "Log in", "Sign Up", "Israel & the Region", "Jewish Times", "Blogs",
			"Knesset passes budget in first reading after all-night debate",
			"Vote of 59-54 comes after coalition resolves dispute with ultra-Orthodox parties over funding for yeshivas",
			"By Sam Sokol", "Follow", "2 December 2026, 9:05 am", "Edit",
			"Members of Knesset vote on the state budget in the Knesset plenum, December 2, 2026. (Yonatan Sindel/Flash90)",
			"The Knesset passed the 2027 state budget in its first reading early Tuesday morning after an all-night debate, with 59 lawmakers voting in favor and 54 against.",
			"The vote came hours after the coalition resolved a dispute with the ultra-Orthodox parties, which had threatened to vote against the budget.",
			second},
			"Knesset passes budget in first reading after all-night debate", "The Times of Israel", "Sign Up"},
	} {
		page := strings.Join(c.lines, "\n")
		r := Clean(page)
		if r.Title != c.title || r.Publisher != c.publisher {
			t.Errorf("title %q, publisher %q; want %q, %q", r.Title, r.Publisher, c.title, c.publisher)
		}
		if body := shownBody(page); strings.Contains(body, c.gone) || !strings.Contains(body, second) {
			t.Errorf("%q kept or the article cut:\n%s", c.gone, body)
		}
	}
}

// TestOfferPage: a page scraped behind a paywall holds the publisher's
// offers in place of the article (the Financial Times' "Subscribe to
// unlock this article" / "Only $1 for 4 weeks" / "Keep reading for $1" /
// "$45 per month" ...): they go; a short sentence of an article that
// names a price per month stays.
func TestOfferPage(t *testing.T) {
	page := strings.Join([]string{"Chip stocks slide as export curbs widen | Financial Times", "Accessibility help", "Skip to content",
		"Sign In", "Subscribe", "Financial Times", "Chip stocks slide as export curbs widen", "Subscribe to unlock this article",
		"Try unlimited access", "Only $1 for 4 weeks",
		"Then $75 per month. Complete digital access to quality FT journalism on any device. Cancel anytime during your trial.",
		"Keep reading for $1", "Explore more offers.", "Standard Digital", "$45 per month",
		"Complete digital access to quality FT journalism with expert analysis from industry leaders. Pay a year upfront and save 20%.",
		"Check whether you already have access via your university or organisation.", "Terms & Conditions apply",
		"Discover all the plans currently available in your country", "See why over a million readers pay to read the Financial Times.",
		"Find out why"}, "\n")
	body := shownBody(page)
	for _, g := range []string{"Only $1", "Keep reading", "more offers", "$45 per month", "Complete digital access", "already have access",
		"Terms & Conditions", "all the plans", "pay to read", "Find out why"} {
		if strings.Contains(body, g) {
			t.Errorf("%q kept:\n%s", g, body)
		}
	}
	if priceOffer("rents rose to $2,000 a month.", 6) || !priceOffer("only $1 for 4 weeks", 5) {
		t.Error("priceOffer: an article's price taken for an offer, or an offer missed")
	}
}

// TestMenuIsNavigationNotMetadata: a blog's menu under its title line
// ("Archives", "Contact", "Papers") and the buttons by a byline ("View
// Profile", "RSS") go as navigation, not as the article's metadata, which
// is the byline and the date only (a data set that keeps bylines counts
// metadata as the article's).
func TestMenuIsNavigationNotMetadata(t *testing.T) {
	page := strings.Join([]string{"Who will win the election? « Healthcare Economist", "Healthcare Economist",
		"Unbiased Analysis of Today's Healthcare Issues", "About the Author", "Archives", "Contact", "Papers", "Praise",
		"Who will win the election?", "Written By: Jason Shafrin - Nov. 6, 2012",
		"According to Nate Silver's FiveThirtyEight blog, Obama has a 90 percent chance of winning the election on Tuesday, against 10 percent for Romney.",
		"Among 12 national polls published on Monday, Mr. Obama led by an average of 1.6 percentage points, according to the blog's tally.",
		"Silver predicts Obama will win most swing states including Colorado, Iowa, Nevada, New Hampshire and Ohio.",
		"Posted in Current Events | No Comments »", "Leave a Reply Cancel reply"}, "\n\n")
	r := Clean(page)
	for _, l := range []string{"Archives", "Contact", "Papers", "Praise"} {
		if got := removedAs(r, l); got != ReasonNav && got != boiler.ReasonHeader {
			t.Errorf("%q: %q, want %q or %q", l, got, ReasonNav, boiler.ReasonHeader)
		}
	}
	if got := removedAs(r, "Written By: Jason Shafrin - Nov. 6, 2012"); got != ReasonMetadata {
		t.Errorf("the byline: %q, want %q", got, ReasonMetadata)
	}
}

// TestBylineInLowerCaseUnderHeadline: The Hill's byline opens in lower case
// under the headline ("by Alexander Bolton - 12/02/26 2:15 PM ET"), lines
// parted by single line breaks: it is no continuation of the headline,
// which had been the title with the byline run on.
func TestBylineInLowerCaseUnderHeadline(t *testing.T) {
	page := strings.Join([]string{"Senate confirms new Labor secretary in 52-47 vote | The Hill", "Skip to main content", "The Hill", "Senate", "House",
		"Senate confirms new Labor secretary in 52-47 vote", "by Alexander Bolton - 12/02/26 2:15 PM ET", "Share", "Tweet",
		"The Senate on Tuesday confirmed Lori Chavez-DeRemer as Labor secretary in a 52-47 vote, with three Democrats joining Republicans in support.",
		"Chavez-DeRemer, a former Republican congresswoman from Oregon, had won the backing of several labor unions.",
		"Click the alert icon to follow topics:", "Senate"}, "\n")
	r := Clean(page)
	if r.Title != "Senate confirms new Labor secretary in 52-47 vote" || r.Date != "2026-12-02" {
		t.Errorf("title %q, date %q", r.Title, r.Date)
	}
	if body := shownBody(page); strings.Contains(body, "Alexander Bolton") || strings.Contains(body, "alert icon") {
		t.Errorf("byline or button kept:\n%s", body)
	}
}

// TestShortYearUS: a stamp with a two-digit year is read only with an
// American zone after it, month first ("12/02/26 2:15 PM ET", The Hill's);
// alone it may be a score or a fraction.
func TestShortYearUS(t *testing.T) {
	for in, want := range map[string]string{
		"by Alexander Bolton - 12/02/26 2:15 PM ET": "2026-12-02",
		"Updated 3/4/26 11:02 am EST":               "2026-03-04",
		"12/31/26 10:00 PT":                         "2026-12-31",
		"won 3/4/26 on Sunday":                      "",
		"12/02/26":                                  "",
		"1/2/3/26 ET":                               "",
	} {
		if got := firstDate(in); got != want {
			t.Errorf("firstDate(%q) = %q, want %q", in, got, want)
		}
	}
}
