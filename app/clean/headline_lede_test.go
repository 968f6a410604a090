package clean

import (
	"slices"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/parse"
)

// TestHeadlineEchoesLede: on a scraped page whose first line is the site's
// name and whose headline sits among menu entries, the headline is the line
// that tells the story of the first paragraph, also when the classifier took
// it for a menu entry; a standfirst under it that shares more words with the
// lede is not.
func TestHeadlineEchoesLede(t *testing.T) {
	page := strings.Join([]string{
		"Cortez Journal Online - Cortez Colorado",
		"Navigate Site", "Front Page", "News", "Sports", "Business", "Obituaries", "Opinion", "Columnists",
		"Classifieds", "Subscriptions", "Links", "Site FAQ", "About Us", "Write the Editor",
		"Aspen die-off alarms foresters",
		"Aspen and pine trees are dying across the state as dry winters weaken forests",
		"January 15, 2008",
		"Joe Hanel, Journal Denver Bureau",
		"DENVER - Aspen and pine trees are dying at alarming rates across the state, foresters said Monday.",
		"The U.S. Forest Service revealed the results of its yearly aerial survey of dead trees. They found 500,000 acres of new damage, most of it in the mountains west of Denver.",
		"Beetles have killed lodgepole pines for a decade, but the sudden death of aspen stands is new, and scientists do not yet know its cause.",
		"Print this story", "Email this story", "Copyright 2008 Cortez Journal",
	}, "\n\n")
	r := Clean(page)
	if r.Title != "Aspen die-off alarms foresters" {
		t.Errorf("title %q, want the headline the lede echoes", r.Title)
	}
	// The byline under it goes as metadata, as under a headline the
	// header rules found.
	for _, b := range r.Blocks {
		if b.Text() == "Joe Hanel, Journal Denver Bureau" && b.Removed != ReasonMetadata {
			t.Errorf("byline under the headline: removed %q, want %q", b.Removed, ReasonMetadata)
		}
	}
	for _, w := range []struct{ line, lede string }{
		{"Aspen die-off alarms foresters", "Aspen trees are dying at alarming rates, foresters said."},
		{"Sri Lankan cricket chief resigns", "Sri Lanka's cricket chief stepped down on Monday after his resignation was accepted."},
	} {
		d := newDoc(w.line + "\n\n" + w.lede)
		if e, n := ledeEcho(d, 1); e != 0 || n < 2 {
			t.Errorf("ledeEcho(%q over %q) = %d, %d; want the line", w.line, w.lede, e, n)
		}
	}
	for _, w := range []struct{ line, lede string }{
		{"Cortez Journal Online", "Aspen trees are dying at alarming rates, foresters said."},
		{"Home > Colorado > Forests", "Aspen trees in Colorado forests are dying at alarming rates, foresters said."},
	} {
		d := newDoc(w.line + "\n\n" + w.lede)
		if e, _ := ledeEcho(d, 1); e >= 0 {
			t.Errorf("ledeEcho(%q over %q) = %d; want none", w.line, w.lede, e)
		}
	}
}

// newDoc parses text into a doc without running any rule.
func newDoc(text string) *doc {
	pbs := parse.Parse(text)
	d := &doc{echo: -1, echoOf: -1}
	store := make([]block, len(pbs))
	for i, pb := range pbs {
		d.blocks = append(d.blocks, newBlock(&store[i], pb))
	}
	for _, b := range d.blocks {
		if b.kind != "heading" && b.kind != "title" {
			b.kind = "paragraph"
		}
	}
	return d
}

// TestTitleUnderCaption: a picture's caption above the headline the page's
// rules found (a sentence) does not become the title; a headline-shaped
// teaser ending in an ellipsis is no caption.
func TestTitleUnderCaption(t *testing.T) {
	d := newDoc(strings.Join([]string{
		"Former prime minister Brian Mulroney, left, and Karlheinz Schreiber are seen in this combined image.",
		"PM to call limited Mulroney-Schreiber probe",
		"OTTAWA -- Prime Minister Stephen Harper is expected to establish a limited public inquiry into the Mulroney-Schreiber affair, sources said Thursday.",
	}, "\n\n"))
	d.blocks[1].kind = "title" // as headline() marks it
	if title, inferred := chooseTitle(d); title != "PM to call limited Mulroney-Schreiber probe" || inferred {
		t.Errorf("title %q (inferred %v), want the headline under the caption", title, inferred)
	}
	d = newDoc("From our writers' mail bags...\n\nTo Kevin Williamson\n\nRe your review: dude, it's a movie, not a film, and I liked it a lot.")
	d.blocks[1].kind = "title"
	if title, _ := chooseTitle(d); title == "To Kevin Williamson" {
		t.Errorf("title %q: a teaser's headline skipped as a caption", title)
	}
	if !captionSentence("Karlheinz Schreiber is seen in this image.") || captionSentence("From our writers' mail bags...") ||
		captionSentence("PM to call limited probe") {
		t.Error("captionSentence: a caption ends with a full stop, a teaser with an ellipsis, a headline with neither")
	}
}

// TestLabelAboveHeadline: a short line right above the headline the page's
// rules found goes when it is a section's label ("International - India &
// World") or tells nothing of the story below (a site's name, a byline); a
// line that does is kept.
func TestLabelAboveHeadline(t *testing.T) {
	lede := "TORONTO: Canada has threatened to use force to deport a paralysed Sikh refugee who entered the country illegally, officials said."
	for _, c := range []struct {
		label string
		goes  bool
	}{
		{"International - India & World", true},
		{"Yellow Pages", true},
		{"Sikh refugee case", false},
	} {
		d := newDoc(c.label + "\n\nCanada may use force to deport Sikh refugee\n\n" + lede + "\n\nThe man has lived in a temple since last year, and his lawyers say he is too ill to travel.")
		d.blocks[0].kind = "heading"
		promoteHeadline(d, 1)
		if gone := !d.blocks[0].kept(); gone != c.goes {
			t.Errorf("%q above the headline: removed %v, want %v", c.label, gone, c.goes)
		}
	}
	if got := storyWords("Riots riot Lanka's alarming"); !slices.Equal(got, []string{"riot", "lanka", "alarm"}) {
		t.Errorf("storyWords = %q", got)
	}
	if !isMetadataLine("Word Count: 676", "word count: 676", 3) {
		t.Error(`"Word Count: 676" is no metadata line`)
	}
}
