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

// TestEchoOverArticle: the line that repeats the title line's headline
// part over the article's prose is found however far below the first
// sentence of the page it stands (a blog's side column holds sentences
// too); a repeat with no prose under it is not.
func TestEchoOverArticle(t *testing.T) {
	side := []string{
		"Harbour pilots end their strike - Tide Notes",
		"Tide Notes",
		"Ten Things I Believe",
		"1. Sometimes the best management is no management at all, so first do no harm to the harbour.",
		"2. Listening to the pilots is as important as talking to the owners of the port.",
		"My Writing",
		"Why the harbour needs its pilots | The Coast Times",
		"Ferries and the sound: a history | Harbour Weekly",
	}
	article := []string{
		"Harbour pilots end their strike",
		"By Jo Reyes",
		"The harbour pilots of the port ended their strike on Monday after the owners agreed to a new roster.",
		"The roster gives each pilot two days of rest after every night shift, the union said in a statement.",
	}
	d := newDoc(strings.Join(append(append([]string{}, side...), article...), "\n\n"))
	key := textKey(titlePart(d.blocks[0].text))
	if got := echoOverArticle(d, key); got != len(side) {
		t.Errorf("echoOverArticle = %d, want %d (the headline over the article)", got, len(side))
	}
	// The headline repeated with no prose under it: a link to the post.
	d = newDoc(strings.Join(append(append([]string{}, side...), article[0], "Share", "Print", "Email", "Related posts", "Ferry fares to rise"), "\n\n"))
	if got := echoOverArticle(d, key); got != 0 {
		t.Errorf("echoOverArticle = %d for a repeat with no prose under it, want 0", got)
	}
}

// TestSideColumnAboveEcho: a blog's side column above the post (its
// author's beliefs as sentences, links to his articles elsewhere) goes
// where the classifier scores it as boilerplate, though the sentences in
// it were taken for the article's start and the keep rules held the links
// between them and the post: the post starts at the line repeating the
// page's title. The post stays whole.
func TestSideColumnAboveEcho(t *testing.T) {
	lines := []string{
		"Harbour pilots end their strike - Tide Notes",
		"Tide Notes", "About", "Subscribe to this blog's feed", "Email Me", "Search",
		"Ten Things I Believe",
		"1. Sometimes the best management is no management at all, so first do no harm to the harbour.",
		"2. Listening to the pilots is as important as talking to the owners of the port, and both matter.",
		"3. You get what you expect from people, and this is especially true when it comes to the crews.",
		"My Writing and Ranting",
		"Why the harbour needs its pilots - The Coast Times",
		"Ferries and the sound: a history | Harbour Weekly",
		"Good bosses know when to get out of the way: Financial Post",
		"Bad Bosses Beware -- ABC News",
		"Interview with the port's director: The Quarterly",
		"Press Room",
		"The Apple effect: CSMonitor.com",
		"Getting around a bad boss - The Globe and Mail",
		"How to rebound from a wrong career choice - NYTimes",
		"Harbour pilots end their strike",
		"The harbour pilots of the port ended their strike on Monday after the owners agreed to a new roster for the winter.",
		"The roster gives each pilot two days of rest after every night shift, the union said in a statement on Monday evening.",
		"Ships that had waited outside the harbour for a week began to come in on the morning tide, the harbour master said.",
		"The owners said they hoped the agreement would hold for at least three years, and that talks on pay would start in May.",
		"Posted by Jo Reyes at 9:14 AM",
		"Comments",
	}
	text := shownBody(strings.Join(lines, "\n\n"))
	for _, gone := range []string{"Why the harbour needs its pilots", "Ferries and the sound", "Financial Post", "ABC News", "The Quarterly", "Press Room", "CSMonitor"} {
		if strings.Contains(text, gone) {
			t.Errorf("side column's line %q kept:\n%s", gone, text)
		}
	}
	for _, kept := range lines[21:25] {
		if !strings.Contains(text, kept) {
			t.Errorf("post's line %q removed:\n%s", kept, text)
		}
	}
}
