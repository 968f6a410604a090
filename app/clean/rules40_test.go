package clean

import (
	"strings"
	"testing"
)

// TestRulesKeepArticleLines40 cleans pages written here in the layouts
// where a named rule took a line of the article for the furniture it aims
// at (issue 13, content lines kept; the boilerplate corpus's dev pages,
// each line lost whether or not the classifier ran): each page keeps the
// article's line and still loses the furniture beside it.
func TestRulesKeepArticleLines40(t *testing.T) {
	checkSites(t, []siteCase{
		{
			// A program's output mapping keys to values by arrows read as
			// breadcrumbs ("Account.7.Email@14 -> maren@fjordpost.example").
			file:      "devblog-arrows-style.txt",
			title:     "Tracking record history with versioned keys",
			publisher: "-",
			kept:      []string{"Account.7.Email@14 -> maren@fjordpost.example", "Account.12.City@4 -> Tromsø", "Reading a record as it was"},
			removed:   []gone{{"Home > Blog > Data", ReasonNav}},
		},
		{
			// The post's note in brackets under its date went with the
			// header's labels.
			file:      "googleblog-crosspost-style.txt",
			title:     "Find your gate with indoor maps this travel season",
			publisher: "-",
			kept:      []string{"(Cross-posted from our company's main blog)", "Anyone who has run through a strange airport"},
			removed:   []gone{{"Help", ReasonNav}, {"Newer Post Older Post Home", ReasonRelated}},
		},
		{
			// The writer's closing question after "What do you think?"
			// went as the site's call to comment.
			file:      "startupblog-question-style.txt",
			title:     "The quiet habit of noticing",
			publisher: "-",
			kept:      []string{"What do you think? Would a notebook like mine work in your team"},
			removed:   []gone{{"Have your say: comment below", ReasonShare}},
		},
		{
			// A listicle's next entry under a "Read more" box went with the
			// box's links, and the entries under it as a run of teasers.
			file:      "travelpaper-listicle-style.txt",
			title:     "Ten things hotel staff wish guests knew",
			publisher: "-",
			kept:      []string{"5. Late checkout is easier on a Sunday", "Most business guests leave on Monday morning", "6. The pillows on the chair are spares", "7. Staff remember rude guests"},
			removed:   []gone{{"Seaside town votes to limit holiday lets", ReasonRelated}, {"Why the cheapest week to fly", ReasonRelated}},
		},
		{
			// A section heading opening with "Support" read as a banner
			// asking for support.
			file:      "productblog-support-style.txt",
			title:     "How our product teams work together",
			publisher: "-",
			kept:      []string{"Support and testing", "After a release our support staff and testers"},
			removed:   []gone{{"Support Fernhill Labs", ReasonDonation}},
		},
	})
}

// TestPaywallSparesHeadline: the post's headline that the title line holds
// ("... Passes 3,000 Paid Subscribers") is the story, not a pitch; the
// page's own pitches under the post still go.
func TestPaywallSparesHeadline(t *testing.T) {
	r := cleanSite(t, "magazine-milestone-style.txt")
	head := "Dockside Monthly Passes 3,000 Paid Subscribers"
	found := false
	for _, b := range r.Blocks {
		if b.Text() == head {
			found = true
			if b.Removed != "" {
				t.Errorf("%q removed as %q", head, b.Removed)
			}
		}
	}
	if !found {
		t.Errorf("no block %q", head)
	}
	for _, s := range []string{"Already a subscriber? Log in", "Subscribe today! Get unlimited access"} {
		if b := blockWith(r, s); b == nil || b.Removed != ReasonDonation {
			t.Errorf("%q not removed as %q (%v)", s, ReasonDonation, b)
		}
	}
	if b := blockWith(r, "We have hit a small milestone"); b == nil || b.Removed != "" {
		t.Errorf("the lede not kept (%v)", b)
	}
}

// TestTagListEndsAtHeadline: a tag list's sweep of short lines ("Tags" /
// "Subscribe (RSS)") ends at the headline the page's title line holds, as
// a list of links does (TestRelatedListEndsAtHeadline).
func TestTagListEndsAtHeadline(t *testing.T) {
	lines := []string{
		"Flood's Legacy: Neighbourhood Repairs | Idea Lab | Open Minds",
		"Home",
		"Tags",
		"Subscribe (RSS)",
		"Flood's Legacy: Neighbourhood Repairs",
		"Noor Halvorsen on November 9, 2026, 12:00 AM",
		"A group of volunteers in a river town has spent the months since the flood tearing up car parks and planting gardens.",
		"They do more than cut through red tape: they bring jackhammers, wheelbarrows and a rota of neighbours.",
	}
	d := newDoc(strings.Join(lines, "\n\n"))
	ruleRelated(d)
	want := map[string]string{
		"Tags":            ReasonRelated,
		"Subscribe (RSS)": ReasonRelated,
		lines[4]:          "",
		lines[6]:          "",
	}
	for _, b := range d.blocks {
		if w, ok := want[b.text]; ok && b.removed != w {
			t.Errorf("%q: removed %q, want %q", b.text, b.removed, w)
		}
	}
}

// TestCommentCallOverArticle: the header's "Add a Comment" between the
// writer's box and the story, with a time stamp over them, started the
// comment section there when the menu's teasers above were kept (the
// rules alone keep them): the whole story went as comments. The story
// stays; the comments under it still go.
func TestCommentCallOverArticle(t *testing.T) {
	lines := []string{
		"Nokia courts app makers with a $10 store account | Pocket Ledger",
		"3 hrs ago Why the holiday season decides whether a new phone platform survives the year",
		"1 day ago Carriers say shoppers still ask for the phone their friends already own",
		"5 days ago Engineers, want to build apps for cars? Here is how the dashboard makers pick partners",
		"Nokia courts app makers with a $10 store account",
		"November 14, 2012 2:10 PM",
		"Tamsin Rourke",
		"Recent Stories:",
		"Startup turns old office printers into parcel lockers for apartment blocks",
		"A modem maker from Oulu wants to sell its chips to tablet makers",
		"Add a Comment",
		"Nokia has cut the price of a developer account in its app store to $10 for the next ten days, its latest attempt to bring more apps to its phones.",
		"Buyers in phone shops rarely ask about processors. They ask whether their bank, their bus timetable and their children's games will work.",
		"Small studios have been cautious. Several said this autumn that they would port their apps once the phones had sold a few million units.",
		"On Wednesday the company's developer relations team met about two hundred of them at a hotel in Espoo and went through their complaints:",
		"Reviews of new apps that took a week, payment tools that worked in only a dozen countries, and maps that could not be embedded.",
		"The discount runs until November 24. After that the account costs $99 again, the price it has had since the store opened.",
		"2 Comments",
		"Maya Lind says:",
		"November 14, 2012 at 4:05 pm",
		"Ten dollars is nice, but I would rather have a review that takes a day than a cheap account.",
		"Reply",
		"Oskar Vehko says:",
		"November 14, 2012 at 5:10 pm",
		"We ported our timetable app last month and the review took two days, so things are getting better.",
		"Reply",
	}
	d := newDoc(strings.Join(lines, "\n\n"))
	ruleComments(d)
	for _, b := range d.blocks {
		story := strings.HasPrefix(b.text, "Nokia has") || strings.HasPrefix(b.text, "The discount")
		comment := strings.HasPrefix(b.text, "Ten dollars") || strings.HasPrefix(b.text, "We ported")
		if story && b.removed != "" {
			t.Errorf("the story lost %q (%s)", b.text, b.removed)
		}
		if comment && b.removed != ReasonComments {
			t.Errorf("%q: removed %q, want %q", b.text, b.removed, ReasonComments)
		}
	}
}
