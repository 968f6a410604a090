package clean

import (
	"strings"
	"testing"
)

// TestMastheadGuessOutweighed: a page scraped without its title line opens
// with a city picker's button ("City"), which reads as a masthead; the
// furniture names the site again and again ("Welcome to Harbour Eats",
// "Follow Harbour Eats"): the site is the publisher, not the button.
func TestMastheadGuessOutweighed(t *testing.T) {
	page := strings.Join([]string{
		"City",
		"Maps", "Openings", "Closings", "Reviews", "Newsletter",
		"Welcome to Harbour Eats",
		"Sign up for the Harbour Eats newsletter",
		"Where to eat oysters on the quay right now",
		"by Jo Reed",
		"Three new oyster bars opened on the quay this spring, and the old fish market's counter reopened after its winter repairs last week.",
		"The best of them serves the bay's own oysters with a sharp shallot vinegar, and keeps its kitchen open until midnight on weekends.",
		"Prices run from two to four dollars an oyster, and all three take bookings for tables of six or more.",
		// (a share row between: a line right under the article's
		// last sentence the classifier only doubts stays, as it does
		// on the page with its title line)
		"Share", "Tweet", "Email",
		"Follow Harbour Eats",
		"About Harbour Eats",
		"Contact", "Privacy",
	}, "\n\n")
	if r := Clean(page); r.Publisher != "Harbour Eats" {
		t.Errorf("publisher %q, want %q", r.Publisher, "Harbour Eats")
	}
}

// TestPoweredByNamesBlog: a blog scraped without its title line, its
// network named by its copyright and its buttons ("Follow Tidewater on
// Twitter", "More Blogs from Tidewater"), its own name only in its
// template's footer ("Harbour Notes is powered by Blogger."): the blog is
// the publisher, as its title line would have named it.
func TestPoweredByNamesBlog(t *testing.T) {
	page := strings.Join([]string{
		"Sign in to your Tidewater account",
		"Learn with Tidewater",
		"Ferry timetables change for the summer",
		"Posted by Jo Reed, Harbour Team",
		"From the first of June the morning ferries leave the old quay every twenty minutes, and the last crossing of the evening moves to half past eleven.",
		"The weekend boats keep their winter times until the school holidays start, when they join the weekday timetable.",
		"Tickets bought before June stay valid on every crossing until the end of the year.",
		"More Blogs from Tidewater",
		"Follow Tidewater on Twitter",
		"Harbour Notes is powered by Blogger. Start your own blog.",
		"©2026 Tidewater - Privacy Policy - Terms of Service",
	}, "\n\n")
	if r := Clean(page); r.Publisher != "Harbour Notes" {
		t.Errorf("publisher %q, want %q", r.Publisher, "Harbour Notes")
	}
}

// TestPublishedByNamesSite: "Harbour Monthly is published by Tidewater
// Media" at a page's foot names the publication and its owner: with no
// title line, the publication is the publisher.
func TestPublishedByNamesSite(t *testing.T) {
	page := strings.Join([]string{
		"Issues", "Subscribe", "About Harbour Monthly",
		"Ferry timetables change for the summer",
		"From the first of June the morning ferries leave the old quay every twenty minutes, and the last crossing of the evening moves to half past eleven.",
		"The weekend boats keep their winter times until the school holidays start, when they join the weekday timetable.",
		"Comments", "Share", "Tweet",
		"About Harbour Monthly",
		"Harbour Monthly is a print magazine of the best writing on the harbour. Learn more »",
		"Subscribe", "Back Issues", "Advertise", "Contact",
		"Harbour Monthly is published by Tidewater Media and not affiliated with the harbour board in any way. Follow @harbourmonthly Tweet",
		"Privacy Policy", "Terms",
	}, "\n\n")
	if r := Clean(page); r.Publisher != "Harbour Monthly" {
		t.Errorf("publisher %q, want %q", r.Publisher, "Harbour Monthly")
	}
}

// TestPoweredName: the footer lines that name the site beside its
// platform, its publisher or its network, and a teaser that names none.
func TestPoweredName(t *testing.T) {
	for line, want := range map[string]string{
		"Harbour Notes is proudly powered by WordPress":                          "Harbour Notes",
		"HarbourFans.com is part of Tidewater Sports Sites, part of the Network": "HarbourFans.com",
		"Dance is part of rehabilitation at island prison":                       "",
		"This blog is published by Jo Reed, a designer from the coast.":          "",
		"HARBOUR NOTES is powered by Blogger":                                    "",
	} {
		b := &block{kind: "paragraph", removed: ReasonNav}
		b.setText(line)
		if got := poweredName(b); got != want {
			t.Errorf("poweredName(%q) = %q, want %q", line, got, want)
		}
	}
}

// TestInitialsSpelledOut: with no title line, appeals name the site by its
// initials ("Support HG") and its copyright line by its name ("© 2026
// Harbour Gazette"): the publisher is the name, not its initials. A brand
// the furniture names more often than its owner's longer name stays.
func TestInitialsSpelledOut(t *testing.T) {
	page := strings.Join([]string{
		"Log In", "Email*", "Password*", "Reset password",
		"| Contact | Support HG",
		"Ferry timetables change for the summer",
		"From the first of June the morning ferries leave the old quay every twenty minutes, and the last crossing of the evening moves to half past eleven.",
		"The weekend boats keep their winter times until the school holidays start, when they join the weekday timetable.",
		"Support HG", "Learn About HG",
		"© 2026 Harbour Gazette",
	}, "\n\n")
	if r := Clean(page); r.Publisher != "Harbour Gazette" {
		t.Errorf("publisher %q, want %q", r.Publisher, "Harbour Gazette")
	}
	if got := spelledOut("HGTV", []string{"Harbour Gazette"}); got != "" {
		t.Errorf("spelledOut(HGTV) = %q, want none", got)
	}
}
