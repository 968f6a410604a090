package clean

import "testing"

// TestPublisherSelfName: a network's site without a title line, its only
// publisher cue the copyright line naming the network's company: the name
// the site's own links give it ("Create a new Quayside account", "Already
// registered with Quayside? Log in!", "Quayside on YouTube"), which its
// furniture names more often than the company, is the publisher; a share
// bar's "Share on Facebook" names none, and a name no more often than the
// company gives way to it.
func TestPublisherSelfName(t *testing.T) {
	story := "Harbor cities race to fit shore power for cruise ships\n" +
		"Port authorities along the coast are spending heavily on cables that let docked ships switch off their engines, a bid to clear the air in crowded waterfronts.\n" +
		"Engineers say the work is slow because each berth needs its own substation and every ship line uses a different plug.\n" +
		"Officials expect the first berths to open next spring, with the rest to follow over three years.\n"
	foot := "© 2026 Tidewater Media, Inc. All rights reserved.\n"
	page := "Sign in | Register\nGadgets\nReviews\nPodcasts\n" + story +
		"Share on Facebook\nShare on Twitter\nThe Quayside Podcast\nQuayside Deals\n" +
		"» Create a new Quayside account\n» Already registered with Quayside? Log in!\nQuayside on YouTube\n" + foot
	if got := Clean(page).Publisher; got != "Quayside" {
		t.Errorf("publisher %q, want Quayside", got)
	}
	once := "Sign in | Register\nGadgets\nReviews\nPodcasts\n" + story +
		"Share on Facebook\nShare on Twitter\nQuayside on YouTube\n" + foot
	if got := Clean(once).Publisher; got != "Tidewater Media" {
		t.Errorf("publisher %q, want Tidewater Media", got)
	}
}

// TestPublisherPlug: the site's plug in parentheses at the article's end,
// which the classifier keeps with it ("(For updates ..., follow HarbourLive
// on Facebook and Twitter)"), names the publisher of a page with no other
// cue; a writer's "(Follow Jane on Twitter)" names none.
func TestPublisherPlug(t *testing.T) {
	story := "Harbor cities race to fit shore power for cruise ships\n" +
		"Port authorities along the coast are spending heavily on cables that let docked ships switch off their engines, a bid to clear the air in crowded waterfronts.\n" +
		"Engineers say the work is slow because each berth needs its own substation and every ship line uses a different plug.\n"
	page := story + "(For updates you can share with your friends, follow HarbourLive on Facebook and Twitter)\n"
	if got := Clean(page).Publisher; got != "HarbourLive" {
		t.Errorf("publisher %q, want HarbourLive", got)
	}
	writer := story + "(Follow Jane on Twitter)\n"
	if got := Clean(writer).Publisher; got == "Jane" {
		t.Errorf("publisher %q from a writer's plug", got)
	}
}
