package clean

import (
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/boiler"
)

// TestHeaderAbove: above the headline of a scraped page, a line the
// classifier scores at or over its threshold goes even when it reads as a
// sentence (an advert, a teaser); one it scores under stays, and so do the
// headline and the lines under it.
func TestHeaderAbove(t *testing.T) {
	d := newDoc(strings.Join([]string{
		"Win big on every match tonight. Register now.",
		"A photo of the harbour at dawn.",
		"Harbour pilots end their strike",
		"The harbour pilots of the port ended their strike on Monday after the owners agreed to a new roster.",
	}, "\n\n"))
	th := boiler.Default().Threshold
	decisions := []boiler.Decision{{P: th + 0.05}, {P: th - 0.2}, {P: th + 0.3}, {P: th + 0.1}}
	headerAbove(d, 2, decisions)
	for i, want := range []string{boiler.ReasonHeader, "", "", ""} {
		if got := d.blocks[i].removed; got != want {
			t.Errorf("line %d %q: removed %q, want %q", i, d.blocks[i].text, got, want)
		}
	}
}

// TestTeaserNotProse: a teaser cut short with an ellipsis is not the
// article's first paragraph of prose, however long.
func TestTeaserNotProse(t *testing.T) {
	d := newDoc(strings.Join([]string{
		"Ferry fares to rise in spring",
		"Ferries across the sound will cost more from April, the operator told the council on...",
		"Harbour pilots end their strike",
		"The harbour pilots of the port ended their strike on Monday after the owners agreed to a new roster.",
	}, "\n\n"))
	if got := d.firstProse(); got != 3 {
		t.Errorf("firstProse = %d (%q), want 3, the sentence under the headline", got, d.blocks[max(got, 0)].text)
	}
}

// TestTitleLineAloneEchoed: a page title line that is the headline alone,
// and the same line above the article, ends a list of related links and is
// no teaser ("Photo gallery: ..."); the same line further down, under the
// article's first paragraph, is not taken for it.
func TestTitleLineAloneEchoed(t *testing.T) {
	page := strings.Join([]string{
		"Photo gallery: The new harbour ferries",
		"Related news",
		"Pilots vote to strike",
		"Council approves the budget",
		"Photo gallery: The new harbour ferries",
		"The harbour's three new ferries entered service on Monday, each carrying up to four hundred passengers across the sound.",
		"Photo gallery: The new harbour ferries",
	}, "\n\n")
	d := newDoc(page)
	ruleRelated(d)
	// The title line itself goes as a teaser, as before: the line that
	// echoes it is the headline.
	for i, want := range []string{ReasonRelated, ReasonRelated, ReasonRelated, ReasonRelated, "", "", ReasonRelated} {
		if got := d.blocks[i].removed; got != want {
			t.Errorf("line %d %q: removed %q, want %q", i, d.blocks[i].text, got, want)
		}
	}
}

// TestHeadlineQuotes: a headline's one-word tail after a dash that the
// article's first paragraph names is whom it quotes, not the site; a site's
// name or a wire's stays the site.
func TestHeadlineQuotes(t *testing.T) {
	for _, c := range []struct{ page, title string }{
		{"Striker is not for sale - Jones\n\nThe club's top scorer has been told he is not for sale despite being dropped by manager Tom Jones at the weekend.\n",
			"Striker is not for sale - Jones"},
		{"Striker is not for sale - Examiner\n\nThe club's top scorer has been told he is not for sale despite being dropped by manager Tom Jones at the weekend.\n",
			"Striker is not for sale"},
		{"Port strike ends - Reuters\n\nLONDON (Reuters) - The harbour pilots of the port ended their strike on Monday after the owners agreed to a new roster.\n",
			"Port strike ends"},
	} {
		if got := Clean(c.page).Title; got != c.title {
			t.Errorf("title %q, want %q", got, c.title)
		}
	}
}

// TestSectionLabelNotTitleEcho: a section's label that the page's title
// line names whole is not the headline the title line echoes when it shares
// no word with the story; a headline it names whole is.
func TestSectionLabelNotTitleEcho(t *testing.T) {
	lede := "The film follows a magazine editor who can move only one eye after a stroke, and tells his story through it."
	for _, c := range []struct {
		lines []string
		want  int
	}{
		{[]string{"Arts & Culture", "Home", "ARTS & CULTURE", "Film review: one eye on the world", lede}, -1},
		{[]string{"Editor tells his story through one eye", "Home", "Editor tells his story through one eye", lede}, 2},
	} {
		d := newDoc(strings.Join(c.lines, "\n\n"))
		if got := echoOfPageTitle(d, len(c.lines)-1); got != c.want {
			t.Errorf("echoOfPageTitle(%q) = %d, want %d", c.lines, got, c.want)
		}
	}
}

// TestLabelFromTitleTrail: a label above the headline that the page's title
// line holds beside it ("People: Mason, Ruth" of "Film Weekly - People -
// Mason, Ruth: Remembering Ruth Mason") goes as navigation, and the title is
// the headline; a label the title line does not hold stays.
func TestLabelFromTitleTrail(t *testing.T) {
	lede := "Ruth Mason, who ran the city's film festival for thirty years, died on Sunday at her home, her family said."
	for _, c := range []struct {
		title, label, removed string
	}{
		{"Film Weekly - People - Mason, Ruth: Remembering Ruth Mason", "People: Mason, Ruth", ReasonNav},
		{"Remembering Ruth Mason | Film Weekly", "Obituary: Mason, Ruth", ""},
	} {
		d := newDoc(strings.Join([]string{c.title, c.label, "Remembering Ruth Mason", lede}, "\n\n"))
		d.blocks[0].kind, d.blocks[1].kind, d.blocks[2].kind = "title", "heading", "heading"
		promoteHeadline(d, 2)
		if got := d.blocks[1].removed; got != c.removed {
			t.Errorf("label %q under %q: removed %q, want %q", c.label, c.title, got, c.removed)
		}
	}
}
