package clean

import "testing"

// pub47Story is an article's body the tests below set in a site's furniture.
const pub47Story = "Harbor cities race to fit shore power for cruise ships\n" +
	"Port authorities along the coast are spending heavily on cables that let docked ships switch off their engines, a bid to clear the air in crowded waterfronts.\n" +
	"Engineers say the work is slow because each berth needs its own substation and every ship line uses a different plug.\n" +
	"Officials expect the first berths to open next spring, with the rest to follow over three years.\n"

// TestPublisherSubscribeToWriter: a fan blog's "Subscribe to Jo Marlow"
// under the byline "By Jo Marlow - Editor" follows the writer, not the
// publication: the network's name wins.
func TestPublisherSubscribeToWriter(t *testing.T) {
	page := "Harbor cities race to fit shore power for cruise ships\nBy Jo Marlow - Editor\n" + pub47Story[len("Harbor cities race to fit shore power for cruise ships\n"):] +
		"Jo Marlow\nSubscribe to Jo Marlow\nOther features by Jo Marlow\n" +
		"Dockside Nation\nAbout Dockside Nation\nDockside Nation Blogs\n" +
		"© 2026 Tidewater Media, Inc. All rights reserved.\n"
	if got := Clean(page).Publisher; got == "Jo Marlow" {
		t.Errorf("publisher %q, the writer a subscribe link follows", got)
	}
}

// TestPublisherFollowForByline: "By Jo Marlow for Harbour Ledger" credits
// the writer for the publication: "Follow Harbour Ledger" names the
// publisher, not a writer.
func TestPublisherFollowForByline(t *testing.T) {
	page := "Harbor cities race to fit shore power for cruise ships\nBy Jo Marlow for Harbour Ledger\n" + pub47Story[len("Harbor cities race to fit shore power for cruise ships\n"):] +
		"Sign Up for our daily letter\nFollow Harbour Ledger\nPrivacy\n"
	if got := Clean(page).Publisher; got != "Harbour Ledger" {
		t.Errorf("publisher %q, want Harbour Ledger", got)
	}
}

// TestPublisherQuotedFollow: WordPress's follow button quotes the blog's
// title whole, in its own case, even where the masthead line was taken for
// a metadata line: 'Follow “Gull’s Landing”', 'Follow “notes from the
// quay”'.
func TestPublisherQuotedFollow(t *testing.T) {
	for _, name := range []string{"Gull’s Landing", "notes from the quay"} {
		page := name + "\nShore power, tides and the harbour\n" + pub47Story +
			"Leave a Reply\nNotify me of follow-up comments via email.\nFollow\nFollow “" + name + "”\n" +
			"Get every new post delivered to your Inbox.\nJoin 412 other followers\n"
		if got := Clean(page).Publisher; got != name {
			t.Errorf("publisher %q, want %q", got, name)
		}
	}
}

// TestPublisherTaglineSite: a title line's site part that is the site's
// tagline, named nowhere else ("... — Coastal Tech News and Notes"), under
// the masthead's line that the copyright names and the furniture repeats
// ("DockWire", "© DockWire", "DockWire Pro"): the masthead's name.
func TestPublisherTaglineSite(t *testing.T) {
	page := "Harbor cities race to fit shore power for cruise ships — Coastal Tech News and Notes\nDockWire\nHome\n" + pub47Story +
		"Read more in DockWire\nDockWire Pro\nDockWire Events\n© DockWire\n"
	if got := Clean(page).Publisher; got != "DockWire" {
		t.Errorf("publisher %q, want DockWire", got)
	}
}

// TestPublisherMenuFirstEntry: with no title line, the page's first line is
// the first of a menu's links ("Offers" over "Guides", "Forums", "Reviews"),
// not the masthead, where an appeal names the publication.
func TestPublisherMenuFirstEntry(t *testing.T) {
	page := "Offers\nGuides\nForums\nReviews\nDeals\n" + pub47Story +
		"Follow Quaylish on Twitter\nFollow Quaylish\nAbout\nTerms\n"
	if got := Clean(page).Publisher; got != "Quaylish" {
		t.Errorf("publisher %q, want Quaylish", got)
	}
}

// TestPublisherAboutLink: with no other cue, the footer's links to the
// site's own pages name it ("About DockWire", "Advertise with DockWire").
func TestPublisherAboutLink(t *testing.T) {
	page := "Home\nStartups\nGadgets\n" + pub47Story +
		"DockWire Events\nAbout DockWire\nAdvertise with DockWire\nPrivacy\n"
	if got := Clean(page).Publisher; got != "DockWire" {
		t.Errorf("publisher %q, want DockWire", got)
	}
}

// TestPublisherSearchScope: a blog's search box scopes, "This Blog" over
// "Linked From Here" and "The Web", name no masthead.
func TestPublisherSearchScope(t *testing.T) {
	page := "This Blog\nLinked From Here\nThe Web\n" + pub47Story + "Posted by Jo Marlow\n"
	if got := Clean(page).Publisher; got == "This Blog" {
		t.Errorf("publisher %q, a search box's scope", got)
	}
}

// TestPublisherPaperOverWeakCue: a feature's "Follow the Ledger Desk on
// Tumblr" ties with the copyright line's paper ("Copyright 2026 The Harbour
// Times Company"): the paper is the publisher.
func TestPublisherPaperOverWeakCue(t *testing.T) {
	page := "Health\nScience\n" + pub47Story +
		"The Ledger Desk\nReporters examine the big issues facing the coast.\nFollow the Ledger Desk on Tumblr\n" +
		"Most Viewed\nCopyright 2026 The Harbour Times Company\nPrivacy\n"
	if got := Clean(page).Publisher; got != "The Harbour Times" {
		t.Errorf("publisher %q, want The Harbour Times", got)
	}
}

// TestPublisherLogoWord: with no title line, a first line of one word in
// small letters, as a logo's text writes a brand ("quaywire" over the
// menu), is the masthead; a word of the article's prose ("substation") is
// not.
func TestPublisherLogoWord(t *testing.T) {
	page := "quaywire\nLoading\n" + pub47Story + "Leave a comment\nPrivacy\n"
	if got := Clean(page).Publisher; got != "quaywire" {
		t.Errorf("publisher %q, want quaywire", got)
	}
	prose := "substation\nLoading\n" + pub47Story + "Leave a comment\nPrivacy\n"
	if got := Clean(prose).Publisher; got == "substation" {
		t.Errorf("publisher %q, a word of the prose", got)
	}
}

// TestPublisherRepeatedFollow: a writer's profile card repeated under each
// of the writer's comments ("Follow QuayFan" four times) counts once,
// and gives way to the name the site's own links give twice ("More from
// Harbour Side", "Subscribe to Harbour Side").
func TestPublisherRepeatedFollow(t *testing.T) {
	card := "Follow QuayFan\nI also edit things here. Check it out.\n"
	page := "Network Bar\n" + pub47Story + "More from Harbour Side\n" +
		"Great read, thanks.\n" + card + "Agreed on the plugs.\n" + card + "See you at the quay.\n" + card + "Last one from me.\n" + card +
		"Subscribe to Harbour Side\n"
	if got := Clean(page).Publisher; got != "Harbour Side" {
		t.Errorf("publisher %q, want Harbour Side", got)
	}
}

// TestPublisherSiteWithHeadline: a column's headline of two parts ("Ask the
// Harbourmaster: A Leaking Hull Fixed") read as the column and the site,
// where every line of the furniture naming that "site" names the column
// with it (the related stories' "Ask the Harbourmaster: A Leaking Hull
// Fixed"): the part is the headline's, no publisher.
func TestPublisherSiteWithHeadline(t *testing.T) {
	page := "Ask the Harbourmaster: A Leaking Hull Fixed\nBy JO MARLOW\nAsk the Harbourmaster\nSolve a harbour puzzle with Jo Marlow.\n" +
		pub47Story[len("Harbor cities race to fit shore power for cruise ships\n"):] +
		"Related Articles\nAsk the Harbourmaster: A Leaking Hull Fixed\nAsk the Harbourmaster: The Lost Anchor\nMost Viewed\nAsk the Harbourmaster: A Leaking Hull Fixed\nPrivacy\n"
	if got := Clean(page).Publisher; got == "A Leaking Hull Fixed" {
		t.Errorf("publisher %q, the headline's other part", got)
	}
}

// TestPublisherMenuFirstUnderCompany: with no title line, the first of a
// menu's links ("Baseball" over "Football", "Hockey", "Golf") is no
// masthead where only the copyright line names a publisher, a company that
// does not bear the link's name ("© 2026 The Harbour Sports Network"); a
// brand's one word there ("DockNet") is the masthead.
func TestPublisherMenuFirstUnderCompany(t *testing.T) {
	page := "Baseball\nFootball\nHockey\nGolf\nTennis\n" + pub47Story +
		"Terms\n© 2026 The Harbour Sports Network. All rights reserved.\n"
	if got := Clean(page).Publisher; got == "Baseball" {
		t.Errorf("publisher %q, a menu's first link", got)
	}
	// A brand's one word over the menu is the masthead still.
	brand := "DockNet\nNews\nReviews\nVideos\nDeals\n" + pub47Story +
		"About DockNet\nDockNet Deals\n© 2026 Tidewater Interactive Inc. All rights reserved.\n"
	if got := Clean(brand).Publisher; got != "DockNet" {
		t.Errorf("publisher %q, want DockNet", got)
	}
}

// TestPublisherBrandOfSiteName: a line near the top that is the first word
// of the copyright's name ("HarbourPress" under "Copyright © 2026
// HarbourPress Tavern") is the brand only when the rest is a company's
// word ("Dockline" of "Dockline Media LLC"): "HarbourPress Tavern" is the
// site's name whole.
func TestPublisherBrandOfSiteName(t *testing.T) {
	page := "Skip to content\nHome\nAbout\nArchives\nHarbourPress Weekly\nHarbourPress\n" + pub47Story +
		"Powered by HarbourPress\nCopyright © 2026 HarbourPress Tavern\n"
	if got := Clean(page).Publisher; got != "HarbourPress Tavern" {
		t.Errorf("publisher %q, want HarbourPress Tavern", got)
	}
	company := "Skip to content\nDockline\nNews\n" + pub47Story + "© 2026 Dockline Media LLC. All rights reserved.\n"
	if got := Clean(company).Publisher; got != "Dockline" {
		t.Errorf("publisher %q, want Dockline", got)
	}
}
