package extract_test

import "testing"

// TestSitesNewsroomsHTML reads pages in the markup of big newsrooms and of
// the static-site and marketing builders small publishers use
// (testdata/sites, invented text): the Guardian's DCR, the BBC's
// data-component blocks, Reuters' data-testid paragraphs, CNN, the
// Washington Post's data-qa elements, Al Jazeera's "Recommended Stories",
// NPR, Bloomberg, Hugo (PaperMod), Jekyll (minima), Webflow, HubSpot,
// Ghost's members' paywall, WordPress' Gutenberg blocks, a live blog whose
// entries are only in its JSON-LD LiveBlogPosting, a body only in a
// JSON-LD @graph, comments inside <article>, the next story loaded below,
// a sticky video player and a newsletter form in the body, a print page,
// a Google AMP cache's copy, AP's and the New York Times' current
// markup, a PR Newswire release, a GOV.UK press release, a Wikinews
// story, Fox News' capitals promos, Mail Online, Axios, pages naming
// their site only in the <title> (after the section, or first), the
// Times of India's <br> text, Forbes, The Conversation, readers' replies
// under "6 thoughts on “…”", the next story loaded below a story whose
// h1 is outside its <article>, a Mailchimp newsletter's copy, beehiiv,
// ProPublica's in-article boxes, Politico's story-text pieces, Business
// Insider's key points, a screen reader's h1 over the page, the site's
// name in an h1 over the post's (Twenty Eleven), Condé Nast's and
// Dotdash Meredith's blocks, Future plc's in-body widgets, Yahoo's and MSN's syndicated copies, an Apple News share. It
// checks what TestSitesSavedHTML checks. Each case names the fault it
// guards, if it had one.
func TestSitesNewsroomsHTML(t *testing.T) {
	checkHTMLSites(t, []htmlSite{
		{
			// The reader-revenue appeal DCR's script writes into the
			// body's end, in <div id="slot-body-end"> (its "body"
			// protected it): a slot the page fills, as an ad's is.
			file: "guardian-dcr.page", title: "Ferry operator fined £2.1m over lifeboat drills that never happened", publisher: "The Harbour Record", date: "2026-11-18",
			kept:    []string{"A ferry operator has been fined £2.1m", "What the inspectors found", "said its regional organiser, Fiona Galt."},
			notKept: []string{"We noticed you’re reading from Scotland", "Will you support us today?", "Remind me in January", "Skip to main content", "Photograph: Colin", "Explore more on these topics", "Reuse this content", "Most viewed", "Sign in or create", "All rights reserved"},
		},
		{
			file: "bbc-components.page", title: "Village shop saved by 300 residents buying shares", publisher: "BBC News", date: "2026-11-29",
			kept:    []string{"A village shop that was due to close", "Post office counter", "rural community council."},
			notKept: []string{"Harriet Dunmore/BBC", "The shop has been at the centre", "More on this story", "Pub bought by villagers", "Farm shop opens", "Terms of Use", "Rural communities"},
		},
		{
			file: "reuters-testid.page", title: "Copper miners in Zambia strike over pension cuts", publisher: "Reuters", date: "2026-12-01",
			kept:    []string{"LUSAKA, Dec 1 (Reuters) - Thousands of workers", "a claim the operators denied.", "mediators to Solwezi on Tuesday."},
			notKept: []string{"Advertisement", "Scroll to continue", "opens new tab", "Purchase Licensing Rights", "Suggested Topics", "Read Next", "Chile's Codelco", "All quotes delayed"},
			raw:     []string{"Advertisement · Scroll to continue", "Updated 5 hours ago"},
		},
		{
			file: "cnn-article.page", title: "Glacier collapse buries Swiss hamlet days after residents were evacuated", publisher: "CNN", date: "2026-06-11",
			kept:    []string{"A wall of ice and rock broke away", "A river blocked", "have been put on alert."},
			notKept: []string{"Ad Feedback", "Related article", "Alpine glaciers lost", "Debris covers houses", "Most read", "Link Copied!", "Warner Bros."},
		},
		{
			// The byline's element named by data-qa="author-byline" only
			// (the classes hashed): its "By" stayed alone on a line when
			// the rel=author link in it went; the newsletter promo
			// (data-qa="subscribe-promo") stayed in the extract.
			file: "wapo-story.page", title: "School districts turn to four-day weeks to keep teachers", publisher: "Washington Post", date: "2026-09-14",
			kept:    []string{"More than 900 districts now close on Fridays", "HARTSBURG, Mo. — On Friday mornings", "faded after the second year."},
			notKept: []string{"Gift Article", "Democracy Dies", "Read more:", "Teacher shortages ease", "View 248 Comments", "More from The Post", "Ellen Marsh"},
			raw:     []string{"By\n", "Get the latest education news in your inbox", "Share this article"}, // the last "hide-for-print"
		},
		{
			// "Save articles to read later ..." stayed: a box of buttons
			// ("Listen", "Save") left with its label when they went.
			file: "aljazeera-recommended.page", title: "Floods cut off dozens of villages in northern Kenya", publisher: "Al Jazeera", date: "2026-10-22",
			kept:    []string{"Aid agencies say roads to more than 40 villages", "at least 43 villages", "heavy rains in East Africa more severe."},
			notKept: []string{"Recommended Stories", "list of 3 items", "end of list", "Somalia braces", "Advertisement", "Skip links", "Ghana's cocoa", "Daniel Irungu/EPA", "Save articles to read later"},
		},
		{
			// Left: the transcript's notice beside the story ("Accuracy
			// and availability of NPR transcripts may vary.") stays.
			file: "npr-story.page", title: "A small-town orchestra that refuses to retire", publisher: "NPR", date: "2026-11-30",
			kept:    []string{"Every Sunday afternoon for 61 years", "We are going to be here every Sunday.", "Harcourt has already marked her part."},
			notKept: []string{"Sponsor Message", "Become an NPR sponsor", "High school marching bands", "Heard on", "Transcript", "Ana Torres for NPR", "Up First", "Flipboard"},
		},
		{
			// The body only in the JSON-LD LiveBlogPosting's entries
			// (liveBlogUpdate), each a headline over its articleBody:
			// the first entry alone was read, under the 250 characters
			// of a body, and the page gave "Loading updates…".
			file: "liveblog-jsonld.page", title: "Election night live: results from the mayoral race", publisher: "The Bayfront Sun", date: "2026-11-03",
			kept:    []string{"Delgado declares victory", "Ana Delgado told supporters at the union hall", "Turnout above 2022", "First results: Delgado leads", "Polls have closed across Bayfront."},
			notKept: []string{"Loading updates", "Refresh for the latest updates", "Subscribe for $1"},
		},
		{
			file: "hugo-papermod.page", title: "What the river gauges told us this autumn", publisher: "Upper Wensum Notes", date: "2026-11-02",
			kept:    []string{"Since August, eleven of us", "The readings", "The weir", "the rota is on the noticeboard at the mill."},
			notKept: []string{"Table of Contents", "Suggest Changes", "412 words", "« Prev", "Otter spraint", "Powered by", "Go to Top"},
		},
		{
			file: "jekyll-minima.page", title: "Why our parish council now meets in the evening", publisher: "Thornby Parish News", date: "2026-12-02",
			kept:    []string{"From January, Thornby Parish Council will meet at 7pm", "Members of the public may speak for up to three minutes at the start."},
			notKept: []string{"Minutes", "clerk@thornby.example", "News and notices from"},
		},
		{
			// No og:site_name, JSON-LD or <title> naming the site: its
			// name is its logo's alt text ("Green Ledger", in the
			// navbar's "w-nav-brand"); it had none.
			file: "webflow-post.page", title: "Community solar co-op reaches 1,000 members", publisher: "Green Ledger", date: "2026-11-24",
			kept:    []string{"signed up its 1,000th member this month", "How members are paid", "That is a teaching assistant", "if it gets planning permission."},
			notKept: []string{"Get the Ledger every Friday", "Thank you! Your submission", "Oops!", "Read next", "Heat pump grants", "Made in Webflow", "Panels on the roof of Eastbrook Primary"},
		},
		{
			// The same: the logo's alt in HubSpot's "header__logo" (it
			// had none); the body in a <span> of rich text.
			file: "hubspot-blog.page", title: "How our town cut food waste at school lunches by a third", publisher: "Carrow Community Trust", date: "2026-10-07",
			kept:    []string{"For one term last year, dinner staff", "Moving lunch after play made the biggest difference", "is free to download."},
			notKept: []string{"Topics:", "Related posts", "Planting a community orchard", "Subscribe by email", "registered charity", "Skip to content"},
		},
		{
			file: "ghost-members.page", title: "The council’s budget gap, explained", publisher: "The Wharf Dispatch", date: "2026-11-12",
			kept:    []string{"Where the £14m shortfall comes from", "Most of the gap is care.", "has not fully funded."},
			notKept: []string{"This post is for paying subscribers only", "Subscribe now", "Already have an account", "Sign up for more like this", "Bin collections move", "4 min read", "Featured", "Powered by Ghost"},
		},
		{
			// The pull quote ("wp-block-pullquote") said a paragraph's
			// quote again, under its cite ("Harbour master Jory
			// Penrose"): both stayed.
			file: "gutenberg-blocks.page", title: "Harbour wall repairs to close the quay until spring", publisher: "The Penwith Packet", date: "2026-12-03",
			kept:    []string{"The quay at St Keverne harbour will be closed", "most of it from a government coastal fund.", "lorries will have to load from the car park", "reopen before the Easter holidays."},
			notKept: []string{"Harbour master Jory Penrose", "youtube.com", "Drone footage", "Get the Packet in your inbox", "Sign up free", "Lifeboat day", "Leave a Reply", "Proudly powered"},
		},
		{
			// Left: the byline is a commenter's ("Morag says:", the
			// story's own in "posted-by", which names no byline).
			file: "article-comments.page", title: "Ferry timetable change leaves commuters stranded", publisher: "Islands Gazette", date: "2026-10-19",
			kept:    []string{"Commuters from Eilean Mor say", "“I start at eight.", "restored by December."},
			notKept: []string{"14 thoughts on", "Same thing happened in 2019", "Why was nobody trained", "My daughter has to leave", "says:", "Reply", "Leave a Reply", "Pier repairs"},
		},
		{
			file: "next-story-h1.page", title: "Bridge inspection finds rust in 30 of 44 girders", publisher: "Tri-County Record", date: "2026-08-21",
			kept:    []string{"State inspectors found rust damage", "“We will not wait for a girder to fail,”", "at its meeting on Sept. 2."},
			notKept: []string{"Next Story", "Ashford opens football season", "Eli Warren", "Pine Grove", "Print"},
		},
		{
			file: "sticky-video-newsletter.page", title: "Wildfire smoke closes schools across the valley for a second day", publisher: "Valley News Now", date: "2026-08-05",
			kept:    []string{"Schools in five valley districts will stay closed", "No homes have been lost.", "whether schools would open on Thursday."},
			notKept: []string{"Up Next", "Now Playing", "Smoke blankets valley", "How to read the air quality index", "Breaking news alerts", "By signing up", "Trending", "Close"},
		},
		{
			file: "print-friendly.page", title: "Reservoir levels fall to lowest since 1976", publisher: "The Dales Echo", date: "2026-08-27",
			kept:    []string{"Reservoirs serving the Yorkshire Dales", "said the company’s water resources director, Karen Hebden."},
			notKept: []string{"Print this page", "Close window", "URL for this article", "personal use only"},
		},
		{
			file: "amp-cache-google.page", title: "Hospital opens first overnight urgent care clinic in Wexley", publisher: "Wexley Mercury", date: "2026-09-29",
			kept:    []string{"Wexley General Hospital has opened", "with an earache because there is nowhere else", "sent by the 111 phone service."},
			notKept: []string{"Loading ad", "Advertisement", "Loading related stories", "{{title}}", "We use cookies", "View full site", "Menu"},
			raw:     []string{"Loading ad", "{{title}}"},
		},
		{
			// og:site_name "Bloomberg.com", the JSON-LD's publisher
			// "Bloomberg": the address was the publisher. The summary's
			// bullets under the headline (class "abstract") were lost,
			// outside the body's element: a deck, as a "summary" is.
			file: "bloomberg-paywall.page", title: "Nordic Power Prices Jump as Cold Snap Drains Hydro Reservoirs", publisher: "Bloomberg", date: "2026-12-02",
			kept:    []string{"Benchmark contract rises to highest level since 2024", "Reservoirs are 9% below normal", "Electricity prices in the Nordic region rose", "until the end of next week."},
			notKept: []string{"Sign up for the Energy Daily", "By continuing", "Before it’s here", "LEARN MORE", "Gift this article", "confidential tip"},
		},
		{
			file: "ldbody-graph.page", title: "Tram extension approved after 12-year wait", publisher: "Northgate Observer", date: "2026-07-08",
			kept:    []string{"The government has approved a 4.2-mile extension", "Now their grandchildren will ride it.", "keep roads open during construction."},
			notKept: []string{"Loading", "Please enable JavaScript", "Subscribe · Sign in"},
		},
		{
			file: "apnews-bsp.page", title: "Beekeepers report smallest honey harvest in 20 years", publisher: "AP News", date: "2026-10-03",
			kept:    []string{"DECORAH, Iowa (AP) — Beekeepers across the Midwest", "“They need it more than I do.”", "get them through the winter."},
			notKept: []string{"1 of 3", "ADVERTISEMENT", "Why wild pollinators", "Link copied", "Copyright 2026 The Associated Press", "Most read", "AP Photo/Ruth Gaines"},
		},
		{
			file: "nyt-testid.page", title: "A Town Votes to Buy Its Own Broadband Network", publisher: "The New York Times", date: "2026-05-19",
			kept:    []string{"Residents of Pine Hollow, Vt., approved borrowing", "PINE HOLLOW, Vt. — For 15 years", "“Nobody was coming.”", "600 subscribers to break even."},
			notKept: []string{"Advertisement", "SKIP ADVERTISEMENT", "Share full article", "A version of this article appears in print", "Related Content", "Site Index", "Skip to content"},
		},
		{
			// A press release: its "About" paragraph and media contact
			// are the release's, kept.
			file: "prnewswire-release.page", title: "Harlow Valley Foods to Open Second Processing Plant in Ohio, Creating 240 Jobs", publisher: "PR Newswire", date: "2026-09-09",
			kept:    []string{"Plant in Marysburg will process sweet corn", "/PRNewswire/ -- Harlow Valley Foods", "This plant puts processing where the vegetables are.", "About Harlow Valley Foods"},
			notKept: []string{"Send a Release", "Share this article", "WANT YOUR COMPANY'S NEWS", "440k+", "Also from this source", "Names New Chief Financial Officer", "Cision"},
		},
		{
			// GOV.UK: "Is this page useful?" stayed, the heading of a
			// box of buttons ("Yes", "No", "Report a problem with this
			// page") left alone when they went.
			file: "govuk-news.page", title: "New rules to stop water companies paying bonuses after serious pollution", publisher: "GOV.UK", date: "2026-06-30",
			kept:    []string{"Bosses of water companies convicted", "What counts as serious pollution", "Nobody should be rewarded for poisoning our rivers.", "Ofwat will publish guidance on claw-backs in September"},
			notKept: []string{"Is this page useful?", "essential cookies", "Print this page", "Get emails about this page", "Share this page", "Related content", "Water company fines", "Open Government Licence", "Crown copyright", "Skip to main content"},
		},
		{
			// MediaWiki (Wikinews): "From Wikinews, the free news source
			// you can write!" stayed, in an element of class "noprint",
			// what a page hides from print being no story; the site's
			// notice and "Retrieved from" with it. The license's and the
			// sister project's boxes go since html31 (TestSitesLeftovers).
			file: "wikinews-article.page", title: "Volunteers count record number of swifts over Lake Brenna", publisher: "Wikinews", date: "2026-06-02",
			kept:    []string{"Volunteers with the Brenna Bird Society counted 14,200", "Last year’s count was 9,800.", "fallen by more than half since the 1990s."},
			notKept: []string{"From Wikinews, the free news source", "Wikinews needs your help", "Retrieved from", "Jump to navigation", "Storks return early", "Create account", "last edited"},
		},
		{
			// Fox News: capitals links in the body ("CLICK HERE TO GET
			// THE FOX NEWS APP"), a video's caption, a metering notice.
			file: "fox-inline-promos.page", title: "Rescuers pull hiker from canyon after three nights stranded", publisher: "Fox News", date: "2026-07-22",
			kept:    []string{"She rationed a single granola bar", "A 34-year-old hiker was rescued", "She stayed put and she stayed calm."},
			notKept: []string{"CLICK HERE", "UTAH FLASH FLOOD", "Hikers warned about summer heat", "You've read 5 free articles", "Sign up for the U.S. Update", "Related Articles", "Watch TV"},
		},
		{
			// Mail Online: the headline in an <h2>, no <h1>. The bullets
			// over the byline ("mol-bullets-with-font") are kept since
			// html31 (TestSitesLeftovers).
			file: "dailymail-mol.page", title: "Village postmistress, 81, retires after 60 years behind the counter", publisher: "Mail Online", date: "2026-11-27",
			kept:    []string{"A postmistress who has worked behind the same counter", "I will miss the chat more than anything.", "run by the village shop next door."},
			notKept: []string{"RELATED ARTICLES", "oldest paperboy", "Share or comment", "What a lovely lady", "MOST WATCHED", "Associated Newspapers", "shares", "Edna Hargreaves at the counter"},
		},
		{
			file: "axios-draftjs.page", title: "Cities race to plant shade trees before next summer", publisher: "Axios", date: "2026-10-16",
			kept:    []string{"Why it matters: Neighborhoods with few trees", "Dallas and Houston have each set goals", "What’s next: Phoenix says"},
			notKept: []string{"Share on Facebook", "Lauren Vidal", "Get more local stories", "Become a member", "Go deeper", "Extreme heat is the new normal"},
		},
		{
			// An old page naming its site only in its <title>, after
			// the section ("Headline | Local News | The Fenland
			// Courier"): the site was "Local News | The Fenland
			// Courier", which the cleanup let go; the date only in a
			// "dateline" element (read as a byline, no date).
			file: "title-section-site.page", title: "Sea wall repairs to close coast road for a week", publisher: "The Fenland Courier", date: "2009-11-03",
			kept:    []string{"The coast road between Saltmarsh and Brinkley", "lose it for a month in January,” he said."},
			notKept: []string{"Fenby school wins", "Print this story", "Email to a friend", "Terms and Conditions", "What's On"},
		},
		{
			// The site's name before the headline in the <title>
			// ("Harbourside Herald | Fishermen's ..."): no site.
			file: "title-site-first.page", title: "Fishermen's co-op buys its own ice plant", publisher: "Harbourside Herald", date: "2015-08-14",
			kept:    []string{"The Harbourside Fishermen's Co-operative has bought the ice plant", "“Now the money stays in the harbour.”", "will keep their jobs."},
			notKept: []string{"Most read", "New pontoon", "Advertise with us", "12,000 readers", "All rights reserved"},
		},
		{
			file: "toi-br-text.page", title: "Pune: Civic body to add 120 e-buses to fleet by March", publisher: "The Times of Bharat", date: "2026-11-06",
			kept:    []string{"PUNE: The city’s transport undertaking", "air-conditioned and quiet.", "at a cost of Rs 48 crore.", "paid per kilometre run."},
			notKept: []string{"Advertisement", "Also Read", "Metro Line 3", "Start a Conversation", "Trending Stories", "Text Size", "Bennett"},
		},
		{
			file: "forbes-vestpocket.page", title: "The Small Bakery Chain That Pays Its Bakers More Than The Managers", publisher: "Forbes", date: "2026-04-08",
			kept:    []string{"At the six Crumb & Hearth bakeries", "nothing else matters.", "a seventh bakery in St. Paul this summer."},
			notKept: []string{"MORE FOR YOU", "Best Small Business Credit Cards", "Follow", "I write about small businesses", "Editorial Standards", "Reprints", "Share to Facebook"},
		},
		{
			// The Conversation: the disclosure statement and the
			// republishing notice under the body go.
			file: "conversation-disclosure.page", title: "Why some birds are nesting earlier than they did 50 years ago", publisher: "The Commons Review", date: "2026-04-21",
			kept:    []string{"Every spring since 1974", "Following the caterpillars", "counting eggs."},
			notKept: []string{"Disclosure statement", "receives funding", "Republish", "Amy Rees/Shutterstock", "Sign in to comment", "Academic rigour"},
		},
		{
			// Readers' replies under a two-paragraph story, in elements
			// named for no comments, under WordPress' "6 thoughts on
			// “…”": they outweighed the story and were kept with it.
			file: "thoughts-on-replies.page", title: "Mill Lane bridge closure extended by two weeks", publisher: "Riverside Post", date: "2026-10-19",
			kept:    []string{"The Mill Lane bridge will stay closed", "on the upstream side."},
			notKept: []string{"thoughts on", "known about the state of that bridge", "double buggy", "Two weeks will be four", "weight limit", "Leave a Reply", "Recent Posts", "Theme by"},
		},
		{
			// The next story loaded below, both in <article> elements of
			// one class, the h1 in the page's header outside them: the
			// h1 named no article, and both stories were kept.
			file: "stream-h1-outside.page", title: "Orchard growers lose a third of apple crop to late frost", publisher: "The Valley Record", date: "2026-05-04",
			kept:    []string{"Growers in the upper valley lost roughly a third", "You could hear the blossoms crack", "a federal disaster declaration."},
			notKept: []string{"Up next", "School board trims budget gap", "Cashton school board", "Craig Nystrom", "public hearing on May 19"},
		},
		{
			// A newsletter's archived copy (Mailchimp): the body in
			// layout tables among the preheader's and footer's.
			file: "mailchimp-campaign.page", title: "The quarry decision is in",
			kept:    []string{"Good morning, Dunwick.", "Also this week", "5pm in the market square."},
			notKept: []string{"View this email in your browser", "You are receiving this email", "Our mailing address", "unsubscribe", "Facebook"},
		},
		{
			file: "beehiiv-post.page", title: "Inside the fight over the town’s last cinema", publisher: "The Tallowford Bulletin", date: "2026-03-12",
			kept:    []string{"The Regal has shown films since 1937.", "What happens next", "laugh at the same joke,” said campaigner Gwen Ashdown."},
			notKept: []string{"Enjoying the Bulletin?", "Enter your email", "Powered by beehiiv", "Login", "Privacy Policy"},
		},
		{
			file: "propublica-inline.page", title: "How a County Jail Lost Track of Its Medical Records", publisher: "Open Ledger", date: "2026-02-09",
			kept:    []string{"For two years, nurses at the Marlow County Jail wrote prescriptions", "threw them away.", "“were never intended to be the permanent record.”"},
			notKept: []string{"Get Our Top Investigations", "reCAPTCHA", "Contact us securely", "Was it helpful?", "Donate Now", "Investigative Journalism in the Public Interest"},
		},
		{
			file: "politico-storytext.page", title: "Senate panel advances rural hospital funding bill", publisher: "Capitol Dispatch", date: "2026-03-25",
			kept:    []string{"The measure would send $8 billion over five years", "The Senate Health Committee voted 17-5", "should merge or close."},
			notKept: []string{"Advertisement", "RELATED STORIES", "House Republicans unveil", "Filed under", "Newsletters"},
		},
		{
			// A screen reader's h1 naming the site over the page
			// ("screen-reader-text"): the extract took it for the
			// headline and wrote it as the title line (the cleanup
			// found the headline under it).
			file: "h1-screenreader.page", title: "Allotment waiting list reopens after five years", publisher: "Riverside Post", date: "2026-03-02",
			kept:    []string{"Forty new plots have been created", "The town council has reopened its allotment waiting list", "on the council’s website."},
			notKept: []string{"Skip to content", "Friday, 14 August 2015", "Light rain", "News from the Wye valley", "What’s On"},
			raw:     []string{"Riverside Post\n"},
		},
		{
			// WordPress' Twenty Eleven: the site's name in an h1 in the
			// banner over the post's own h1; no og:title. The site's
			// name was taken for the headline and the post's headline
			// lost.
			file: "wp-twentyeleven.page", title: "Parish hall roof fund reaches target", publisher: "Ashcombe Village News", date: "2013-05-14",
			kept:    []string{"The appeal to repair the parish hall roof", "baked or ran a stall."},
			notKept: []string{"News and notices from Ashcombe", "Previous", "Bookmark the", "Comments are closed", "Recent Posts", "Proudly powered"},
		},
		{
			// Condé Nast's body in "body__inner-container" pieces, an
			// appeal between them named "consumer-marketing-unit
			// consumer-marketing-unit--article-mid-content": the
			// article's words in the last name protected it ("Get The
			// Northerner in print" stayed).
			file: "conde-body-inner.page", title: "The Last Lighthouse Keeper on the Lakes", publisher: "The Northerner", date: "2026-09-30",
			kept:    []string{"For 31 years, Arne Lund kept the light", "He never missed a night", "Nothing happening is what a lighthouse is for."},
			notKept: []string{"Get The Northerner in print", "$29.99", "Photograph by Tove Ek", "Most Popular", "Great Lakes", "User Agreement"},
		},
		{
			// Dotdash Meredith's "mntl" blocks: a callout kept, the ad
			// slot and "Was this page helpful?" gone.
			file: "dotdash-mntl.page", title: "Why Your Tomatoes Are Splitting, and How to Stop It", publisher: "Backyard Harvest", date: "2026-07-29",
			kept:    []string{"Uneven watering is usually to blame.", "How to Prevent Splitting", "crack-resistant", "finish ripening indoors."},
			notKept: []string{"Advertisement", "Was this page helpful?", "Thumbs up", "Related Articles", "publishing family"},
		},
		{
			// Future plc: an inline newsletter form and a deals widget
			// in the body, "(Image credit: …)".
			file: "future-plc.page", title: "The best route planners for cycling, tested on a wet week in Wales", publisher: "Ride Monthly", date: "2026-06-03",
			kept:    []string{"Four apps, 600 kilometres and a lot of rain", "Route planning apps promise", "The winner", "while the app insisted I turn back."},
			notKept: []string{"Get the Ride Monthly Newsletter", "aged 16 or over", "Today's best deals", "View at Retailer", "Image credit", "Future plc", "Share this article"},
		},
	}, true)
	// Pages whose title or publisher is not checked: syndicated copies
	// and shares (the portal names itself as the site, the story's own
	// publisher beside it), a headline the parse does not read as one.
	checkHTMLSites(t, []htmlSite{
		{
			file: "yahoo-syndication.page", title: "Lumber mill to close in Oregon town, cutting 180 jobs", date: "2026-10-14",
			kept:    []string{"COLDWATER, Ore. — Brightwood Lumber will close", "retraining and unemployment benefits."},
			notKept: []string{"Advertisement", "View comments", "Recommended Stories", "Wildfire season ends", "2 min read", "Sign in"},
		},
		{
			file: "msn-syndication.page", title: "Retired teacher turns old railway station into a free library",
			kept:    []string{"A retired primary school teacher has turned a railway station", "write what they take in a notebook by the door."},
			notKept: []string{"Follow", "2 min read", "Continue reading", "More for You", "Ten walks", "Search the web", "Microsoft"},
		},
		{
			// An Apple News share: the story's headline and summary only.
			file: "apple-news-share.page", title: "Lake ferry returns after a summer in dry dock",
			kept:    []string{"The Lady of the Lake will carry passengers"},
			notKept: []string{"Open in News", "Opening in Apple News", "Apple Inc."},
		},
		{
			// Business Insider: the key points' list under the headline
			// kept. Left: the headline of two sentences, the second
			// ending in a full stop, reads to the parse as a paragraph
			// (app/parse's LooksLikeHeadline), and the cleanup infers a
			// title from its first sentence.
			file: "bi-keypoints.page", publisher: "Business Insider",
			kept:    []string{"Fieldshare lets farmers rent combines", "A combine costs as much as a house.", "when he is not using it."},
			notKept: []string{"Advertisement", "Related stories", "right-to-repair", "Read next", "robots to pick strawberries", "Save"},
		},
	}, false)
}
