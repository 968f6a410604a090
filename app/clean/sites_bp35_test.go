package clean

import (
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/boiler"
	"github.com/dossierapp/dossier/app/parse"
)

// TestSitesBoilerplateKept35 cleans pages written here in the shapes whose
// boilerplate the cleanup used to keep on the corpus's dev pages
// (session 35).
func TestSitesBoilerplateKept35(t *testing.T) {
	checkSites(t, []siteCase{
		{
			// A gallery of the section's news inside an article: each
			// slide its counter and title ("3/8 Toy maker ..."), its
			// story and its credit. The article resumes under it.
			file:      "bp35-slides-style.txt",
			title:     "Seven things airlines won't tell you about your seat",
			publisher: "-",
			kept: []string{"Seats in front of an exit often do not recline",
				"Pillow covers are usually changed after every flight"},
			removed: []gone{
				{"Shares in the bakery chain climbed 6 per cent", ReasonCaption},
				{"The building society lowered the rates", ReasonCaption},
				{"The shipyard on the river has won a contract", ReasonCaption},
			},
		},
		{
			// The writer's bio under the post, past the author's line and
			// a button: the classifier keeps it for the article's prose.
			file:      "bp35-writerbio-style.txt",
			title:     "Why my sourdough stopped rising in November",
			publisher: "-",
			kept:      []string{"By the second weekend the loaves were tall again"},
			removed:   []gone{{"Odile Marchetti is the founder of Crumb Notes", ReasonBio}},
		},
		{
			// A thread whose signatures trail their comments ("Posted
			// by: Marek | <date>" under Marek's): the first comment, right
			// under the article, goes with the thread.
			file:      "bp35-trailsign-style.txt",
			title:     "A folding electric scooter that fits under a desk",
			publisher: "-",
			kept:      []string{"At its launch price it undercuts most of the scooters"},
			removed: []gone{
				{"I bought the older model last year", ReasonComments},
				{"Twenty kilometres is plenty for my commute", ReasonComments},
			},
		},
		{
			// Two sections of other stories' teasers under a short
			// article, each headline over its summary: the second
			// section's summaries are not the article going on below the
			// first.
			file:      "bp35-teasersections-style.txt",
			title:     "Library extends weekend opening hours at three branches",
			publisher: "-",
			kept:      []string{"Councillor Mira Hale, who chairs the culture committee"},
			removed: []gone{
				{"Drivers heading to the ring road will face a diversion", ReasonRelated},
				{"The lane will run from the station to the market square", ReasonRelated},
				{"Commuters on most routes will pay more", ReasonRelated},
			},
		},
		{
			// A blog's side column above the bar of links to the posts
			// beside this one ("« ... | Main | ... »"), its writer's
			// lessons in sentences: what stands above the bar is the
			// blog's, the post is under it.
			file:      "bp35-blogtop-style.txt",
			publisher: "-",
			kept:      []string{"The island ferry has left late on eleven", "The operator says a new timetable"},
			removed: []gone{
				{"2. A crew that eats together works together", boiler.ReasonHeader},
				{"5. Write down what went wrong the same day", boiler.ReasonHeader},
			},
		},
	})
}

// TestSlideCounter checks which lines open a gallery's slide.
func TestSlideCounter(t *testing.T) {
	for line, want := range map[string]int{
		"12/50 brewer's shares slide": 12,
		"3 of 12":                     3,
		"1/2 cup sugar":               -1, // a recipe's half, read but counted out of 2
		"10/26":                       10,
		"2012/13 season":              -1,
		"1 of the best":               -1,
	} {
		k, n, _, ok := slideCounter(line)
		if !ok {
			k = -1
		}
		if ok && n < minSlides {
			k = -1
		}
		if k != want {
			t.Errorf("slideCounter(%q) = %d, want %d", line, k, want)
		}
	}
}

// TestBioSubject checks the name a paragraph opens on as its subject.
func TestBioSubject(t *testing.T) {
	for line, want := range map[string]string{
		"Odile Marchetti is the founder of Crumb Notes.":        "odile marchetti",
		"Odile spends her weekends teaching bread classes.":     "odile odile",
		"Dr Sam Okafor serves as the clinic's medical director": "dr okafor",
		"The baker is the founder of the shop.":                 " ",
		"Bread rises when the kitchen is warm.":                 " ",
	} {
		if first, last := bioSubject(line); first+" "+last != want {
			t.Errorf("bioSubject(%q) = %q, %q, want %q", line, first, last, want)
		}
	}
}

// TestLegalParagraph checks that a site's long legal paragraph, its
// trademarks listed with its copyright, reads as a legal notice, and a
// report about trademarks does not.
func TestLegalParagraph(t *testing.T) {
	long := "Ridgeline.com is the official web site of the Ridgeline Cycling League. " +
		strings.Repeat("Ridgeline, the Ridgeline crest, the word mark and the image of the Summit Bell are trademarks of Ridgeline Enterprises. ", 6) +
		"© Ridgeline 2026. All Rights Reserved. Team jerseys are licensed by the league."
	report := strings.Repeat("The league's lawyers argued that the crest and the word mark were trademarks its rivals had copied. ", 6) +
		"A copyright claim was dropped in 2025, and the judge reserved her decision; all rights reserved to appeal, the clubs said."
	for line, want := range map[string]bool{long: true, report: false} {
		var store block
		b := newBlock(&store, parse.Block{Kind: "paragraph", Text: line})
		if got := legalNotice(b); got != want {
			t.Errorf("legalNotice(%.60q...) = %v, want %v", line, got, want)
		}
	}
}

// TestCommentPolicy checks which lines read as a site's rules for its
// comments.
func TestCommentPolicy(t *testing.T) {
	for line, want := range map[string]bool{
		"Comments containing profanity or personal attacks will be removed by our moderators.":                 true,
		"The Courier reserves the right to delete any comment with profanity. Please be kind to one another.":  true,
		"Please keep your comments on topic and friendly to other readers.":                                    false, // no ban
		"The mayor said comments full of profanity and personal attacks were removed from the council's page.": false, // a report
	} {
		var store block
		b := newBlock(&store, parse.Block{Kind: "paragraph", Text: line})
		if got := commentPolicy(b); got != want {
			t.Errorf("commentPolicy(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestLongCookieBanner checks that a cookie banner of more than 90 words
// goes when it opens on its cookies.
func TestLongCookieBanner(t *testing.T) {
	banner := "We use cookies and similar tools to run this site, measure its audience and show you offers. " +
		strings.Repeat("Our partners may combine this with data they hold and use it for their own purposes. ", 6) +
		"You can change your choices at any time in the settings at the foot of every page."
	body := "The clinic's new scanner reads a patient's results in under an hour, its director said, and the first twenty patients were seen on Monday. " +
		"Staff were trained over three weeks, and the hospital expects the waiting list to halve by the spring."
	r := Clean(strings.Join([]string{"Clinic opens a faster scanner", body, body + " More patients will follow.", banner}, "\n\n"))
	if b := blockWith(r, "We use cookies and similar tools"); b == nil || b.Removed != ReasonCookie {
		t.Errorf("banner of %d words not removed as a cookie notice: %v", words(banner), b)
	}
}

// TestWelcomeNewcomer checks which lines read as a blog's word to the
// reader new to it.
func TestWelcomeNewcomer(t *testing.T) {
	for line, want := range map[string]bool{
		"Welcome to Thrifty Table! If you're new here, start with our guide to a week of dinners for forty dollars.": true,
		"If this is your first time visiting the site, read my story and subscribe to the weekly letter.":            true,
		"\"If you're new here, the first week is hard,\" the coach told the recruits.":                               false,
		"Welcome to the city marathon. The race is under way and I will post the splits as they come.":               false,
	} {
		var store block
		b := newBlock(&store, parse.Block{Kind: "paragraph", Text: line})
		if got := welcomeNewcomer(b); got != want {
			t.Errorf("welcomeNewcomer(%q) = %v, want %v", line, got, want)
		}
	}
}
