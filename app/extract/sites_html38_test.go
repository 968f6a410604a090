package extract_test

import "testing"

// TestSitesHTML38 reads pages of regional newsrooms' and platforms' markup
// the other site tests do not hold: Gannett's "gnt_" article (the Milwaukee
// Journal Sentinel), Lee's BLOX (the Richmond Times-Dispatch), Reach plc's
// (Plymouth Live), Postmedia's "Article content" labels between paragraphs
// (the Calgary Herald), a WordPress trade title (Arabian Business), Advance
// Local's Arc XP page (MLive), PolitiFact's fact-check and a tagDiv paper
// (the Borneo Post), a podcast's episode with its transcript, an
// Australian minister's media release. All read well but two publishers:
// the release's og:site_name, too long to be written, and PolitiFact's: its
// og:site_name is its handle, "@politifact", now read as the <title>
// spells the name ("PolitiFact | ..."). Left: its "If Your Time is short"
// box is dropped.
func TestSitesHTML38(t *testing.T) {
	checkHTMLSites(t, []htmlSite{
		{
			file: "gannett-jsonline.page", title: "Milwaukee County to open warming center in former Grand Avenue store", publisher: "Milwaukee Journal Sentinel",
			kept:    []string{"Milwaukee County will open a 120-bed warming center", "The building's owner agreed to lease the space"},
			notKept: []string{"Mike De Sisti", "Milwaukee shelters were full on 40 nights", "Get the Daily Briefing newsletter", "can be reached at", "Most Popular", "Brewers sign reliever"},
		},
		{
			file: "blox-richmond.page", title: "Henrico approves 400-home development near Varina despite traffic worries", publisher: "Richmond Times-Dispatch",
			kept:    []string{"The Henrico Board of Supervisors on Tuesday approved", "Construction of the first homes could begin in 2028."},
			notKept: []string{"You have permission to edit this article.", "Farmland off New Market Road", "Get local news delivered", "I understand and agree", "Related to this story", "Powered by BLOX"},
		},
		{
			file: "reach-plymouthlive.page", title: "Plymouth Hoe lido to reopen in 2027 after £6m repairs", publisher: "Plymouth Live",
			kept:    []string{"Plymouth's Tinside Lido will reopen in summer 2027", "Council leader Tudor Evans said", "Work on the sea wall will start in February."},
			notKept: []string{"Get the biggest Plymouth news", "Thank you for subscribing!", "Barbican car park to close", "Related Articles", "(Image: Plymouth Live)", "Argyle sign striker"},
		},
		{
			file: "postmedia-calgary.page", title: "Calgary council approves blanket upzoning review after public hearing", publisher: "Calgary Herald",
			kept:    []string{"Calgary city council has asked staff", "Supporters of the rules say", "Staff are expected to report back in the spring."},
			notKept: []string{"Article content", "Advertisement 2", "Story continues below", "Headline News", "welcome email", "Postmedia is committed", "Photo by Gavin Young"},
		},
		{
			file: "arabianbusiness-wp.page", title: "Saudi Arabia’s Red Sea resort adds 1,200 hotel rooms as second phase opens", publisher: "Arabian Business",
			kept:    []string{"Saudi Arabia’s Red Sea destination has opened five new hotels", "Red Sea Global plans to have 50 hotels"},
			notKept: []string{"Saudi tourism spending rises", "Sign up to our newsletter", "Image: Supplied", "is a senior reporter at Arabian Business", "You might also like", "ITP Media Group"},
		},
		{
			file: "arc-mlive.page", title: "Grand Rapids approves $18M plan to bury downtown power lines", publisher: "MLive",
			kept:    []string{"GRAND RAPIDS, MI — The city will spend $18 million", "Work will start on Division Avenue next summer."},
			notKept: []string{"Read more:", "Joel Bissell", "If you purchase a product", "Advance Local", "Community Rules"},
		},
		{
			file: "politifact-check.page", title: "No, Texas did not cancel its 2027 school vouchers", publisher: "PolitiFact",
			kept:    []string{"A Facebook post claims Texas has scrapped", "We rate the claim False."},
			notKept: []string{"Stand up for the facts!", "I would like to contribute", "Read About Our Process", "1100 Connecticut Ave"},
		},
		{
			file: "borneopost.page", title: "Kuching to get 15 more electric buses by mid-2027", publisher: "Borneo Post Online",
			kept:    []string{"KUCHING (Dec 6): Fifteen more electric buses", "Fares on the electric buses will remain free"},
			notKept: []string{"Chimon Upon", "Also read:", "RELATED ARTICLES", "LEAVE A REPLY", "Sarawak Metro trial runs", "ePaper"},
		},
		{
			// A podcast's episode: its summary and transcript are the
			// article.
			file: "podcast-transcript.page", title: "The town that bought its own broadband", publisher: "The Grid Podcast",
			kept:    []string{"When the cable company said it would never run fiber", "RUTH ADEYEMI: About 70 percent of households"},
			notKept: []string{"Listen on Apple Podcasts", "Episode 212", "Become a member", "Producer: Lena Ortiz", "This transcript was generated"},
		},
		{
			// A minister's media release: og:site_name too long to be
			// written as the publisher ("Ministers for Infrastructure,
			// Transport, ..."), now the name the <title> ends with, and
			// the cleanup reads a name with "for" in it whole.
			file: "gov-au-release.page", title: "New funding to upgrade regional rail crossings", publisher: "Ministers for Infrastructure",
			kept:    []string{"The Albanese Government will spend $64 million", "Work on the first crossings will begin in March 2027."},
			notKept: []string{"Skip to navigation", "Media releases", "Traditional Custodians", "Commonwealth of Australia"},
		},
	}, false)
}
