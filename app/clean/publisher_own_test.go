package clean

import "testing"

// TestPublisherMailName: a network's site without a title line, its only
// publisher cue the copyright line naming the network's company: the site's
// name its tip line's address spells ("tips@coastwire.com") and its
// contact link writes ("Contact CoastWire") is the publisher.
func TestPublisherMailName(t *testing.T) {
	page := "Home\nStartups\nGadgets\nEvents\n" +
		"Harbor cities race to fit shore power for cruise ships\n" +
		"Port authorities along the coast are spending heavily on cables that let docked ships switch off their engines, a bid to clear the air in crowded waterfronts.\n" +
		"Engineers say the work is slow because each berth needs its own substation and every ship line uses a different plug.\n" +
		"Officials expect the first berths to open next spring, with the rest to follow over three years.\n" +
		"Got a tip? Write to tips@coastwire.com\nContact CoastWire\nAbout\nAdvertise\n" +
		"Privacy Policy Terms Of Service © 2026 Tidewater Media Group, Inc. All rights reserved.\n"
	if got := Clean(page).Publisher; got != "CoastWire" {
		t.Errorf("publisher %q, want CoastWire", got)
	}
	// A reader's address at a mail service spells no site.
	other := "Home\nStartups\nGadgets\nEvents\n" +
		"Harbor cities race to fit shore power for cruise ships\n" +
		"Port authorities along the coast are spending heavily on cables that let docked ships switch off their engines, a bid to clear the air in crowded waterfronts.\n" +
		"Engineers say the work is slow because each berth needs its own substation and every ship line uses a different plug.\n" +
		"Officials expect the first berths to open next spring, with the rest to follow over three years.\n" +
		"Reader mail: harborfan@gmail.com\nThanks Gmail\nAbout\nAdvertise\n" +
		"Privacy Policy Terms Of Service © 2026 Tidewater Media Group, Inc. All rights reserved.\n"
	if got := Clean(other).Publisher; got == "Gmail" {
		t.Errorf("publisher %q from a reader's address", got)
	}
}

// TestPublisherHandleName: a network's fan blog without a title line, its
// only publisher cue the copyright line naming the network's company: the
// masthead its "Follow @handle" button spells ("Riverside Nation -" and
// "Follow @riversidenation") is the publisher; a writer's handle, whose
// name credits the posts, is not.
func TestPublisherHandleName(t *testing.T) {
	story := "Harbor cities race to fit shore power for cruise ships\n" +
		"Port authorities along the coast are spending heavily on cables that let docked ships switch off their engines, a bid to clear the air in crowded waterfronts.\n" +
		"Engineers say the work is slow because each berth needs its own substation and every ship line uses a different plug.\n" +
		"Officials expect the first berths to open next spring, with the rest to follow over three years.\n"
	foot := "Copyright © 2026 Tidewater Media Group, Inc. All rights reserved.\n"
	page := "Network Bar\nMasthead\nRiverside Nation -\nFanPosts\nFanShots\n" + story +
		"Riverside Nation on Facebook\nFollow @riversidenation\nAbout\n" + foot
	if got := Clean(page).Publisher; got != "Riverside Nation" {
		t.Errorf("publisher %q, want Riverside Nation", got)
	}
	writer := "Network Bar\nMasthead\nMarta Quill\nFanPosts\n" + story +
		"Recent Posts by Marta Quill\nFollow @martaquill\nAbout\n" + foot
	if got := Clean(writer).Publisher; got == "Marta Quill" {
		t.Errorf("publisher %q from a writer's handle", got)
	}
}

// TestPublisherAddressBeforeNotice: a footer's longer line that opens with
// the site's address before its owner's notice ("Gullwire.com © 2026
// Tidewater Holdings. All rights reserved. ...") names the site, its owner
// after it; the masthead's logo link "Gullwire Home" names it as "Gullwire".
func TestPublisherAddressBeforeNotice(t *testing.T) {
	story := "Harbor cities race to fit shore power for cruise ships\n" +
		"Port authorities along the coast are spending heavily on cables that let docked ships switch off their engines, a bid to clear the air in crowded waterfronts.\n" +
		"Engineers say the work is slow because each berth needs its own substation and every ship line uses a different plug.\n" +
		"Officials expect the first berths to open next spring, with the rest to follow over three years.\n"
	foot := "Gullwire.com © 2026 Tidewater Holdings. All rights reserved. Use of this site constitutes acceptance of our user agreement and privacy policy.\n"
	for top, want := range map[string]string{
		"Gullwire Home\nSubscribe\nSections\n": "Gullwire",
		"Subscribe\nSections\n":                "Gullwire.com",
	} {
		if got := Clean(top + story + "About\nContact\n" + foot).Publisher; got != want {
			t.Errorf("%q: publisher %q, want %q", top, got, want)
		}
	}
}

// TestPublisherAboutName: a network's how-to site without a title line,
// its only publisher cue the copyright line naming the network's company:
// the footer's "About eFixit" names the site; a column's "About Voices",
// a word of the language, does not.
func TestPublisherAboutName(t *testing.T) {
	story := "How to Fix a Dripping Tap\n" +
		"A dripping tap wastes water and money, and most of the time the fix takes less than half an hour with a spanner and a new washer.\n" +
		"Turn off the water supply under the sink before you start, then open the tap to let the last of the water out of the pipe.\n" +
		"Unscrew the handle, lift out the valve and swap the worn washer for a new one of the same size.\n"
	foot := "© 1999-2026 Tidewater Holdings, Inc.\n"
	page := "Home\nStyle\nFood\n" + story + "eFixit Contributor\n" + foot + "About eFixit\neFixit UK\neFixit Blog\n"
	if got := Clean(page).Publisher; got != "eFixit" {
		t.Errorf("publisher %q, want eFixit", got)
	}
	column := "Home\nStyle\nFood\n" + story + "Voices\nMore Voices\n" + foot + "About Voices\n"
	if got := Clean(column).Publisher; got == "Voices" {
		t.Errorf("publisher %q from a column's about link", got)
	}
}

// TestPublisherSubscribeOverCompany: "Subscribe to RSW" beside the
// owner's "Copyright © 2026 Tidewater Inc." and no masthead: the magazine
// readers subscribe to is the publisher.
func TestPublisherSubscribeOverCompany(t *testing.T) {
	page := "Home\nNews\nSports\n" +
		"Harbor cities race to fit shore power for cruise ships\n" +
		"Port authorities along the coast are spending heavily on cables that let docked ships switch off their engines, a bid to clear the air in crowded waterfronts.\n" +
		"Engineers say the work is slow because each berth needs its own substation and every ship line uses a different plug.\n" +
		"Officials expect the first berths to open next spring, with the rest to follow over three years.\n" +
		"Subscribe to RSW\nAdvertise\nCopyright © 2026 Tidewater Inc.\n"
	if got := Clean(page).Publisher; got != "RSW" {
		t.Errorf("publisher %q, want RSW", got)
	}
}
