package extract_test

import "testing"

// TestSitesRichTextState reads pages drawn by script whose body is only in
// their state as a rich text's tree: Sanity's Portable Text in
// __NEXT_DATA__, Contentful's rich text, ProseMirror's (TipTap's) document
// in Redux' window.__PRELOADED_STATE__. A paragraph there is a list of
// spans, one for each run in bold, in italics or in a link; each span was
// a paragraph of its own ("Westward Marine, which runs the", "three
// boats", "between the old quay ...").
func TestSitesRichTextState(t *testing.T) {
	checkHTMLSites(t, []htmlSite{
		{
			file: "sanity-portable.page", title: "Harbour ferry fares to rise by a third next spring", publisher: "The Coastline", date: "2026-11-18",
			kept: []string{
				"Westward Marine, which runs the three boats between the old quay",
				"and a new monthly pass, at £45, will be offered",
				"but a third in one go is too much,” she said.",
				"Season tickets\n\nCommuters who buy",
			},
			notKept: []string{"Loading…", "Council delays vote"},
		},
		{
			file: "contentful-rich.page", title: "Regal cinema reopens after residents raise £1.8m", publisher: "Fenwick Courier", date: "2026-10-02",
			kept: []string{
				"closed last November when inspectors found rot in the roof timbers. A trust formed",
				"from pocket money to a single gift of £250,000",
				"What has changed\n\nThe seats are new",
			},
			notKept: []string{"Loading…", "Library hours cut"},
		},
		{
			file: "tiptap-state.page", title: "Hedgehog count nearly doubles in five years", publisher: "Wealdon Gazette", date: "2026-11-05",
			kept: []string{
				"The count, run by the Wealdon Wildlife Trust, asks households",
				"“More people took part, and more people means more gardens,” she said.",
				"Holes in fences\n\nThe trust credits",
				"sign up 500 more households before then.",
			},
			notKept: []string{"Loading…"},
		},
	}, true)
}

// TestSitesNoteMarks reads a Substack post and a Ghost post with notes:
// the links to the notes, raised marks after a word (Substack's
// "footnote-anchor", Markdown's <sup class="footnote-ref">), ran into
// the sentence ("a year.1 What", "careless”.[1] These"); a <q> lost the
// quotation marks a browser shows, an <ol start="4"> counted from 1 and
// a <wbr> split its word in two.
func TestSitesNoteMarks(t *testing.T) {
	checkHTMLSites(t, []htmlSite{
		{
			file: "substack-footnotes.page", title: "Why our library fines were never about the money", publisher: "The Shelf Life", date: "2026-09-14",
			kept: []string{
				"about $18,000 a year. What it did not expect",
				"the library's own count shows. The staff say",
				"The card that stays in the drawer",
				"not coming back any faster for it.",
			},
			notKept: []string{"Subscribe for free", "Discussion about this post", "the board still argues", "Start Writing"},
		},
		{
			file: "ghost-footnotes.page", title: "Seven things the flood inquiry found", publisher: "Riverwatch", date: "2026-03-12",
			kept: []string{
				"called the response “slow, but not careless”. These are its main findings.",
				"4. Volunteers with boats",
				"7. The flood defence wall",
				"nobody on duty had a key.\n",
				"the regional government said", "The full report is at OsterFloodInquiry.org.",
			},
			notKept: []string{"Sign up for more like this", "Levee plan goes back", "Powered by Ghost", "Road into Brenn"},
		},
	}, true)
}

// TestSitesListHeads reads two list articles whose body opens with its
// first item's heading: an MH Magazine post ("1. Curtains that reach the
// floor", which shares the first paragraph's words where the headline
// shares none, was taken for the headline) and an AMP web story of five
// pages (its first heading went as a label under the header's line).
func TestSitesListHeads(t *testing.T) {
	checkHTMLSites(t, []htmlSite{
		{
			file: "mh-listicle.page", title: "Six cheap ways to keep a drafty house warm", publisher: "Homefront Weekly", date: "2026-11-30",
			kept:    []string{"1. Curtains that reach the floor\n\nA heavy curtain", "6. Bleed the radiators", "the job takes a minute."},
			notKept: []string{"Advertisement", "How to store dahlias", "Is a smart meter worth it?", "Pip writes about", "Be the first to comment", "MH Themes"},
		},
		{
			file: "amp-web-story.page", title: "Five new trails to walk in the Kessel hills this winter", publisher: "The Hill Post", date: "2026-12-01",
			kept:    []string{"1. The Beech Ridge loop\n\nFour miles through old woods", "5. Signal hill", "no cafe after the car park."},
			notKept: []string{"See the full map", "By Anouk Ries"},
		},
	}, true)
}

// TestSitesMetaDates reads two pages that state their date only in a
// tag the metadata did not read: a Norwegian paper's cXense tag
// ("cXenseParse:recs:publishtime"), which shows "Publisert for 2 timer
// siden" under the headline (a line the cleanup kept), and a French
// WordPress site's older Parse.ly tag ("parsely-page", JSON).
func TestSitesMetaDates(t *testing.T) {
	checkHTMLSites(t, []htmlSite{
		{
			file: "cxense-nordic.page", title: "Ny gang- og sykkelvei langs fjorden åpner i juni", publisher: "Fjordposten", date: "2026-05-04",
			kept:    []string{"Den nye gang- og sykkelveien mellom kaia og Sandvika", "Fylkeskommunen betaler halvparten."},
			notKept: []string{"Publisert for 2 timer siden", "Fylkesveien får lavere fartsgrense", "Mest lest", "Kjøp abonnement", "Del på Facebook"},
		},
		{
			file: "parsely-page-fr.page", title: "Le marché couvert de Saint-Aubin rouvre après deux ans de travaux", publisher: "L'Écho du Val", date: "2026-03-21",
			kept:    []string{"a rouvert ses portes samedi matin", "le premier vendredi soir de chaque mois."},
			notKept: []string{"La piscine fermée", "Laisser un commentaire", "Tous droits réservés"},
		},
	}, true)
}

// TestSitesPullQuoteDiv reads a page whose pull quotes are a Gutenberg
// <figure>, a <blockquote class="pullquote"> and a <div
// class="pull-quote">: the <div>'s quote, which the paragraph under it
// says again, was written twice.
func TestSitesPullQuoteDiv(t *testing.T) {
	checkHTMLSites(t, []htmlSite{
		{
			file: "pullquote-divs.page", title: "Ferry crews vote to strike over rotas", publisher: "Harbour Herald", date: "2026-08-02",
			kept: []string{
				"“We are not asking for more money. We are asking to see our families,” he said.",
				"hit the tourist season. “A strike in August will cost islanders dear,” he said",
				"Three days without ferries is three days without deliveries, the island's",
			},
			notKept: []string{"“A strike in August will cost islanders dear.”", "Deckhand Ewan Roe\n", "Harbour wall repairs", "More stories"},
			raw:     []string{"“A strike in August will cost islanders dear.”"},
		},
	}, true)
}

// TestSitesHiddenInH1 reads a page whose <h1> opens with a screen
// reader's label ("<span class="visually-hidden">Article: </span>"): the
// headline was "Article: Lifeboat crew ...".
func TestSitesHiddenInH1(t *testing.T) {
	checkHTMLSites(t, []htmlSite{
		{
			file: "h1-hidden-prefix.page", title: "Lifeboat crew rescue three from cut-off sandbank", publisher: "North Coast Radio", date: "2026-07-19",
			kept:    []string{"Three walkers were rescued from a sandbank", "fourth call-out to the same sandbank this summer."},
			notKept: []string{"Article:", "Share this article", "Beach car park"},
			raw:     []string{"Article:"},
		},
	}, true)
}

// TestSitesCustomElements reads a page built of custom elements whose
// names, not their classes, say what they hold: <bsp-newsletter-signup>,
// <related-stories>, <share-tools> and <ad-slot> inside the body were
// written ("Get the morning briefing", "Share this story Facebook Email
// Advertisement").
func TestSitesCustomElements(t *testing.T) {
	checkHTMLSites(t, []htmlSite{
		{
			file: "custom-elements.page", title: "Water rates to rise 6% in April", publisher: "Lakeside Tribune", date: "2026-01-14",
			kept:    []string{"after the utility board approved a new rate plan", "will show up on bills in May."},
			notKept: []string{"Get the morning briefing", "Lead pipe survey", "Share this story", "Advertisement", "Ice fishing derby"},
			raw:     []string{"Get the morning briefing", "Share this story", "Advertisement"},
		},
	}, true)
}

// TestSitesLDBodyGlued reads a metered page that shows its first
// paragraph and states the rest in its JSON-LD articleBody, written with
// the paragraphs' tags stripped and nothing between them: their words
// ran together ("faster than expected.Waste will go").
func TestSitesLDBodyGlued(t *testing.T) {
	checkHTMLSites(t, []htmlSite{
		{
			file: "ldbody-glued.page", title: "County to close landfill two years early", publisher: "Prairie Sentinel", date: "2026-01-20",
			kept: []string{
				"filled faster than expected.\n\nWaste will go instead",
				"“There is no cheaper option left,” he said.\n\nThe county board",
				"A public hearing is set for Feb. 12 at the county building.\n\nResidents",
			},
			notKept: []string{"Subscribe to keep reading", "Grain prices slip"},
			raw:     []string{"expected.Waste", "said.The"},
		},
	}, true)
}

// TestSitesTitleIsSiteName reads an older local paper's page whose <title>
// is the site's name alone, its headline an <h2> over the story: the
// headline was "The Millbrook Courier".
func TestSitesTitleIsSiteName(t *testing.T) {
	checkHTMLSites(t, []htmlSite{
		{
			file: "title-sitename-h2.page", title: "Fire hall bond passes by 41 votes", publisher: "The Millbrook Courier", date: "2012-05-14",
			kept:    []string{"Millbrook voters approved a $2.1 million bond", "on a $150,000 home, the town's finance office estimated."},
			notKept: []string{"About time.", "Contact Us", "Obituaries"},
		},
	}, true)
}

// TestSitesAccordions reads two pages saved after their script closed an
// accordion: GOV.UK's guidance, its sections' text in <div
// hidden="until-found"> (which the browser's search opens), their
// headings in <button>s inside the <h2>s beside a "Show" toggle, and a
// paper's questions and answers built the same way. The sections went as
// hidden, the headings as buttons.
func TestSitesAccordions(t *testing.T) {
	checkHTMLSites(t, []htmlSite{
		{
			file: "govuk-accordion.page", title: "Apply for a community orchard grant", publisher: "GOV.UK", date: "2026-02-16",
			kept: []string{
				"It cannot pay for land or for staff.\n\nWho can apply\n\nParish and town councils",
				"How to apply\n\nFill in the application form",
				"Groups that received a grant in 2024 or 2025 cannot apply again this year.",
			},
			notKept: []string{"Show all sections", "Show this section", "Is this page useful?", "Accept additional cookies", "Open Government Licence"},
			raw:     []string{"Show"},
		},
		{
			file: "accordion-qa.page", title: "Your questions about the new bin collections, answered", publisher: "Eastvale Echo", date: "2026-09-08",
			kept: []string{
				"Which bins are collected when?\n\nFood waste is still collected every week.",
				"What if my grey bin is full?",
				"Will my collection day change?\n\nFor about one home in five, yes.",
				"raise the share of waste that is recycled.",
			},
		},
	}, true)
}

// TestSitesOldShadowRoot reads a page SingleFile saved in 2023, when it
// wrote shadow roots as <template shadowroot="open"> (the attribute's
// name before "shadowrootmode"): the story, in one, was lost.
func TestSitesOldShadowRoot(t *testing.T) {
	checkHTMLSites(t, []htmlSite{
		{
			file: "singlefile-shadowroot-old.page", title: "A choir sings in the old quarry, and the village comes to listen", publisher: "Quarryline", date: "2023-06-09",
			kept:    []string{"the slate quarry above Pentre Isaf becomes a concert hall", "helped a handful of concert-goers down the path in the dark"},
			notKept: []string{"© 2023", "Walks"},
		},
	}, true)
}
