package extract_test

import (
	"testing"
)

// TestSitesCMSHTML reads pages in the markup of the CMSs and themes most
// news sites run (testdata/sites, invented text): TownNews BLOX, Adobe
// AEM's and Sitecore SXA's components, Escenic, Polopoly, Méthode,
// Joomla's item page, WordPress' tagDiv Newspaper, JNews, Jannah,
// Soledad and GeneratePress, Drupal's paragraphs, Medium, Squarespace, an
// aggregator's story page that links out, Arc XP's state with a list, a
// body in several <article> pieces, a body's rest hidden under a
// "Continue reading" button. It checks what TestSitesSavedHTML checks.
// Each case names the fault it guards, if it had one.
func TestSitesCMSHTML(t *testing.T) {
	checkHTMLSites(t, []htmlSite{
		{
			// TownNews BLOX: the lede in "subscriber-preview", the rest in
			// "subscriber-only" ("subscriber" read as a subscription box:
			// the lede was lost), tncms ad and related blocks in the body,
			// the "subscription-required" box under it.
			file: "blox-tncms.page", title: "Grain elevator fire forces evacuation of Dunmore's east side", publisher: "Dunmore Herald", date: "2026-10-13",
			kept:    []string{"A fire inside the Prairie Co-op grain elevator", "No one was hurt", "did not appear to be suspicious."},
			notKept: []string{"Subscribe to keep reading", "Already a subscriber", "Advertisement", "Co-op board approves", "Smoke rises", "Most Popular", "Latest News", "Reach her at", "Powered by BLOX"},
		},
		{
			// A body in three <article> pieces of one class, cut by an ad
			// and a "Continue reading" button, the h1 in the first: only
			// the first was kept (taken for the page's own story among
			// the next ones). The next story loaded under it opens with
			// its kicker and headline: not a piece.
			file: "continue-pieces.page", title: "The lighthouse keepers' daughters", publisher: "The Weekend Review", date: "2026-04-25",
			kept:    []string{"Morag Shearer was four years old", "The Shearer girls did their lessons", "There were storms that threw spray", "The light was automated in 1988", "Nobody looks at it."},
			notKept: []string{"night bus", "bread rolls", "Continue reading", "Advertisement", "More from Features", "The last ferry to the small isles"},
		},
		{
			// The same story in one <article>, its rest after a "Continue
			// reading" button hidden (display: none) as a page saved
			// before the click keeps it (the rest was lost).
			file: "continue-hidden.page", title: "The lighthouse keepers' daughters", publisher: "The Weekend Review", date: "2026-04-25",
			kept:    []string{"Morag Shearer was four years old", "The Shearer girls did their lessons", "The light was automated in 1988"},
			notKept: []string{"Continue reading", "Subscribe"},
		},
		{
			// Arc XP: the body only in Fusion.globalContent, a list's items
			// one level deeper in content_elements (they were lost).
			file: "arc-list-state.page", title: "County to open four warming centers as winter nears", publisher: "The Prairie Sentinel", date: "2026-11-05",
			kept:    []string{"Last winter the county ran a single overnight shelter", "The Eastside Community Center on Ferris Avenue", "The public library's main branch, open until 9 p.m.", "approved the spending in a 5-0 vote"},
			notKept: []string{"Subscribe to continue reading", "Bus fares frozen", "Most Read"},
		},
		{
			// Drupal 10's paragraphs: each text a "field--label-hidden"
			// field ("hidden" weighed them as chrome: the body went and
			// the teaser field alone was kept), an image and a related
			// teaser paragraph between them, whose label ("Mehr zum
			// Thema") stayed when its teasers went ("related"): the
			// cleanup removed it with the subhead after it ("Baubeginn
			// im Frühjahr 2027").
			file: "drupal-paragraphs.page", title: "Gemeinderat stimmt für neues Hallenbad in Talheim", publisher: "Neckarbote", date: "2026-10-02",
			kept:    []string{"Der Gemeinderat von Talheim hat am Donnerstagabend", "„Die Kinder in unserer Gemeinde", "Baubeginn im Frühjahr 2027", "ein Lehrschwimmbecken bekommen."},
			notKept: []string{"Mehr zum Thema", "Gutachten: Sanierung", "Schwimmkurse für Grundschüler", "Das alte Hallenbad ist seit 2024", "Schlagworte", "Impressum", "Direkt zum Inhalt"},
		},
		{
			// Adobe AEM: the body in "cmp-text" components between a
			// newsletter fragment, an image and a teaser. Left: the
			// image's title ("cmp-image__title") stays as a caption.
			file: "aem-components.page", title: "Water company to pay £3m after sewage spills into the Test", publisher: "Hampshire Courier", date: "2026-07-21",
			kept:    []string{"A water company will pay £3 million", "What happens to the money", "apologised to people who use the river."},
			notKept: []string{"morning briefing", "Sign up", "Bathing water warnings", "All rights reserved", "What's On"},
		},
		{
			// Escenic (a Nordic paper): the deck in "lead-text", longer
			// than the description (it was lost: "lead" named no deck),
			// "Les også" and a fact box in the body, "Annonse" slots.
			file: "escenic-nordic.page", title: "Ferjesambandet til Sandøy legges ned fra nyttår", publisher: "Vestlandsposten", date: "2026-09-14",
			kept:    []string{"Bilistene må kjøre omveien over fastlandet.", "Fra 1. januar går det ikke lenger bilferje", "Åpnet i 1964", "vurdere ordningen på nytt etter to år."},
			notKept: []string{"Annonse", "Les også", "Sandøy-folk demonstrerte", "Foto: Per Olav", "Mest lest", "Rasfare", "Tips en venn", "Logg inn"},
		},
		{
			file: "generatepress-post.page", title: "Library board picks architect for Main Street branch", publisher: "The Elmwood Observer", date: "2026-05-27",
			kept:    []string{"The Elmwood Public Library board on Tuesday", "approves the borrowing this summer."},
			notKept: []string{"Skip to content", "nonprofit newsroom", "Outdoor pool opens", "Leave a Comment", "Recent Posts", "Built with"},
		},
		{
			// Sitecore SXA: the body in "rich-text" components among an
			// image's, a promo's and a link list's.
			file: "sitecore-sxa.page", title: "Council confirms four-day bin collections from March", publisher: "Ashdown Borough Council", date: "2026-01-08",
			kept:    []string{"Bin collections in Ashdown will move", "What you need to do", "a three-day weekend,\" she said."},
			notKept: []string{"Sign up for bin reminders", "new electric bin lorries", "Related news", "Recycling rates rise", "Town Hall, Market Square", "Council tax"},
		},
		{
			// A Dutch paper (Polopoly): the publisher "Dagblad van het
			// Oosten" (it was cut to "Dagblad": "het" no small word of a
			// name), a "PLUS" label, "Lees ook" and an ad in the body.
			file: "polopoly-dutch.page", title: "Gemeente sluit zwembad De Wielen na lekkage in dak", publisher: "Dagblad van het Oosten", date: "2026-11-20",
			kept:    []string{"Zwemclubs moeten uitwijken naar Bathmen en Olst.", "Zwembad De Wielen in Deventer is vrijdag", "Zwemles", "De gemeente verwacht in januari meer te weten."},
			notKept: []string{"Lees ook", "duurder", "Advertentie", "cookies", "Meer uit Deventer", "Wilhelminabrug", "Het dak van zwembad", "Kopieer link", "Alle rechten"},
		},
		{
			// EidosMedia Méthode: each paragraph a <div> ("eom-text"), no
			// <p>; a newsletter promo and related links among them.
			file: "methode-divs.page", title: "Province to cap rent increases at 2.5% for 2027", publisher: "The Prairie Globe", date: "2026-08-30",
			kept:    []string{"Landlords' groups say the cap", "The province will cap rent increases", "What tenants pay now", "must be brought into line, the minister said."},
			notKept: []string{"Morning Update", "Housing starts fall", "Rent control won't", "Comments (212)", "Trending", "Provincial Affairs Reporter"},
		},
		{
			file: "soledad-post.page", title: "Mountain hut owners fear a short season as snow arrives late", publisher: "Alpine Post", date: "2026-12-01",
			kept:    []string{"Owners of mountain huts above Kaltental", "within days of a cold spell."},
			notKept: []string{"Advertisement", "3 minutes read", "0 comment", "You may also like", "Glacier lost", "previous post", "writes about the mountains", "Leave a Comment"},
		},
		{
			file: "joomla-item.page", title: "Centro storico, via libera alla zona a traffico limitato estiva", publisher: "La Voce del Lago", date: "2026-05-14",
			kept:    []string{"Da giugno a settembre le auto", "una navetta ogni quindici minuti."},
			notKept: []string{"Visite", "Articolo precedente", "Più letti", "Frana sulla statale", "Testata registrata"},
		},
		{
			file: "tagdiv-newspaper.page", title: "Regional airport wins funding for longer runway", publisher: "Coastal Beat", date: "2026-08-03",
			kept:    []string{"Harrowgate Point's regional airport", "The board said it would commission one this year."},
			notKept: []string{"- Advertisement -", "RELATED ARTICLES", "Council approves bus lanes", "LEAVE A REPLY", "Previous article", "covers transport"},
		},
		{
			// JNews: the deck in <h2 class="jeg_post_subtitle"> (it was
			// lost: a heading was no deck).
			file: "jnews-post.page", title: "Hospital nurses vote to strike over night shift staffing", publisher: "Midland Voice", date: "2026-02-19",
			kept:    []string{"Walkouts at St Aldhelm's could begin next month", "Nurses at St Aldhelm's Hospital", "The union must give two weeks' notice."},
			notKept: []string{"Related Posts", "Ambulance waits fall", "SHARES", "Previous Post", "health correspondent", "My mum waited"},
		},
		{
			file: "jannah-post.page", title: "Teachers' union and district reach deal on class sizes", publisher: "Valley Current", date: "2026-09-29",
			kept:    []string{"The Ridgeview Unified School District", "closing two administrative offices."},
			notKept: []string{"Advertisement", "2 minutes read", "Related Articles", "District short 15 bus drivers", "taught high school history", "Leave a Reply"},
		},
		{
			// An aggregator's story page: the summary, not the list of
			// other sites' headlines it links out to.
			file: "aggregator-linkout.page", title: "Storm knocks out power to 200,000 across the Gulf coast", publisher: "NewsPulse", date: "2026-06-11",
			kept:    []string{"A fast-moving line of thunderstorms"},
			notKept: []string{"Full coverage", "More than 200,000 without power after", "Power outage map", "bury the coast's power lines"},
		},
		{
			// Medium: obfuscated classes. Left: the publisher is
			// og:site_name's "Medium", not the publication (JSON-LD's).
			file: "medium-post.page", title: "What I learned running a county election office for a decade", publisher: "Medium", date: "2026-03-09",
			kept:    []string{"I took over the election office", "Nobody sees the work", "If the count is boring, we did our job.", "the key to the storeroom."},
			notKept: []string{"6 min read", "Follow", "Written by", "The poll worker shortage", "Recommended from Medium"},
		},
		{
			file: "squarespace-blog.page", title: "Why our bakery stopped selling sourdough on Saturdays", publisher: "Rye & Rise", date: "2026-01-18",
			kept:    []string{"For six years, Saturday was the only day", "The oven can only do so much", "We'll see you then."},
			notKept: []string{"Bread news, once a month", "Friday night's dough", "Our winter hours", "Pre-orders for Valentine's"},
		},
	}, true)
}
