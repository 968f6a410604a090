package clean

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/boiler"
	"github.com/dossierapp/dossier/app/parse"
)

// scrapedPage builds a page as a scraper flattens it: a title line (none
// when title is ""), a menu, the lines given, the article's prose and a
// footer.
func scrapedPage(title string, head ...string) string {
	lines := []string{"Skip to main content", "Home", "News", "Sport", "Business", "Weather", "Subscribe", "Sign in"}
	if title != "" {
		lines = append([]string{title}, lines...)
	}
	lines = append(lines, head...)
	lines = append(lines,
		"The city council voted on Tuesday to close the old harbour bridge to heavy lorries after engineers found cracks in two of its supports.",
		"Drivers of vehicles over seven tonnes will have to use the ring road from next month, adding about twenty minutes to a crossing.",
		"The council said the repairs would take at least a year and cost more than it had set aside for all of the city's bridges.",
		"Related stories", "Privacy Policy", "Contact Us", "Advertise with us",
	)
	return strings.Join(lines, "\n\n")
}

// headlineOf finds the headline of a page (see scrapedPage) as ruleLearned
// does, with a classifier that holds the menu and footer for boilerplate
// and is unsure of every other line, so the choice is headline's own; the
// skip link is gone, as the named rules take it.
func headlineOf(page string) string {
	pbs := parse.Parse(page)
	d := &doc{echo: -1, echoOf: -1}
	store := make([]block, len(pbs))
	decisions := make([]boiler.Decision, len(pbs))
	for i, pb := range pbs {
		d.blocks = append(d.blocks, newBlock(&store[i], pb))
		decisions[i].P = 0.5
		if d.blocks[i].nw <= 3 && i > 0 && !isNameLine(d.blocks[i].text) || strings.HasPrefix(d.blocks[i].text, "Related") {
			decisions[i] = boiler.Decision{P: 0.99, Boilerplate: true}
		}
		if d.blocks[i].text == "Skip to main content" {
			d.remove(i, ReasonNav) // as the named rules do
		}
	}
	if h := headline(d, decisions); h >= 0 {
		return d.blocks[h].text
	}
	return ""
}

// TestHeadlineNotACredit: the line between the headline and the prose that is
// a byline, an agency's name or a picture's credit is not taken for the
// headline.
func TestHeadlineNotACredit(t *testing.T) {
	const headline = "Old harbour bridge closed to heavy lorries"
	for _, credit := range []string{
		"Posted by Elinor Marsh",
		"Murray Chambers, Canwest News Service; Harbour Leader-Post",
		"United Press International",
		"The Harbour Herald Staff",
		"Harbour bridge at dusk © Action Images",
		"Councillor Jane Doe, left",
	} {
		for _, title := range []string{"", "Northshire Gazette"} {
			if got := headlineOf(scrapedPage(title, headline, credit)); got != headline {
				t.Errorf("title line %q, %q under the headline: headline %q", title, credit, got)
			}
		}
	}
}

// TestMastheadTitleLine: a page title line that is only the paper's name
// gives way to the headline right above the article; a title line with no
// headline-shaped line near the prose stays the title.
func TestMastheadTitleLine(t *testing.T) {
	const headline = "Old harbour bridge closed to heavy lorries"
	if got := headlineOf(scrapedPage("Harbour Daily Herald", headline, "Friday, January 11, 2008 1:14 PM")); got != headline {
		t.Errorf("masthead title line: headline %q", got)
	}
	if got := headlineOf(scrapedPage(headline, "Sections")); got != headline {
		t.Errorf("title line alone: headline %q", got)
	}
	// A title line in sentence case is a headline, whatever heading sits
	// above the prose.
	const sentenceCase = "All change: the harbour bridge closes to lorries"
	if got := headlineOf(scrapedPage(sentenceCase, "The Harbour Bridge")); got != sentenceCase {
		t.Errorf("sentence-case title line: headline %q", got)
	}
	// And through the whole cleanup.
	if r := Clean(scrapedPage("Harbour Daily Herald", headline, "Friday, January 11, 2008 1:14 PM")); r.Title != headline {
		t.Errorf("masthead title line: title %q", r.Title)
	}
}

func TestCreditShaped(t *testing.T) {
	for s, want := range map[string]bool{
		"Posted by Elinor Marsh":                      true,
		"By: Murray Chambers, THE CANADIAN PRESS":     true,
		"Murray Chambers, Canwest News Service":       true,
		"THE ASSOCIATED PRESS":                        true,
		"The Oregonian Staff":                         true,
		"Benni McCarthy © Action Images":              true,
		"Former prime minister Brian Mulroney, left":  true,
		"Leno, Kimmel appearing on each other's show": false,
		"Old harbour bridge closed to heavy lorries":  false,
		"Council staff to strike over pay on Monday":  false,
		"Reuters chief says newsroom will grow":       false,
		"":                                            false,
		"  ":                                          false,
	} {
		b := &block{text: s, low: strings.ToLower(s)}
		if got := creditShaped(b); got != want {
			t.Errorf("creditShaped(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestHeadlineUnderTitleLine: on a short scraped page the classifier leaves
// alone, the headline under a "Headline | Site" title line is the title and
// the title line goes as the page's title, not the headline as a metadata
// line.
func TestHeadlineUnderTitleLine(t *testing.T) {
	const headline = "Harbour reopens after three-week closure"
	page := strings.Join([]string{
		"Skip to main content", "Home", "World", "Business",
		headline + " | Example Valley Gazette", headline,
		"Share on Facebook",
		"The harbour reopened to traffic on Monday after a three-week closure that left dozens of fishing boats stranded, the port authority said.",
		"Terms of use", "Privacy policy",
	}, "\n") + "\n"
	r := Clean(page)
	for _, b := range r.Blocks {
		switch b.Source() {
		case headline:
			if b.Removed != "" || b.Kind != "title" {
				t.Errorf("the headline: kind %q, removed %q", b.Kind, b.Removed)
			}
		case headline + " | Example Valley Gazette":
			if b.Removed != ReasonPageTitle {
				t.Errorf("the title line removed as %q", b.Removed)
			}
		}
	}
	if r.Title != headline || r.Publisher != "Example Valley Gazette" {
		t.Errorf("title %q, publisher %q", r.Title, r.Publisher)
	}
}

// TestFarTitleLine: a page whose menus put its title line more than
// nearTitle lines above the prose, with no headline near the prose, only an
// agency's name or an advertisement: the title line, which tells the story
// of the first paragraphs, is the headline; the line near the prose, which
// tells none of it, is not. With the line near the prose naming the story,
// that line stays the headline.
func TestFarTitleLine(t *testing.T) {
	menu := make([]string, 0, nearTitle+5)
	for i := range nearTitle + 5 {
		menu = append(menu, fmt.Sprintf("Section %c", 'A'+i%26))
	}
	const title = "Harbour bridge closed to heavy lorries after cracks found"
	for _, near := range []string{"Find a financial adviser", "Great Day - Great Deals"} {
		page := scrapedPage(title, append(append([]string{}, menu...), near)...)
		if got := headlineOf(page); got != title {
			t.Errorf("near line %q: headline %q, want the title line %q", near, got, title)
		}
	}
	const story = "Cracks close the harbour bridge to lorries"
	page := scrapedPage(title, append(append([]string{}, menu...), story)...)
	if got := headlineOf(page); got != story {
		t.Errorf("headline %q, want the line near the prose %q", got, story)
	}
}

// TestTitleUnderscoreSite: a title line whose section and site an
// underscore glues to the headline ("... coast _English_Harbour",
// "... coast_English_Harbour") gives the headline and the site; an
// underscore inside the headline ("what the _real_ cost is") none.
func TestTitleUnderscoreSite(t *testing.T) {
	for line, want := range map[string][2]string{
		"Typhoon forces evacuations along the northern coast _English_Harbour": {"Typhoon forces evacuations along the northern coast", "Harbour"},
		"Typhoon forces evacuations along the northern coast_English_Harbour":  {"Typhoon forces evacuations along the northern coast", "Harbour"},
		"Typhoon forces evacuations along the northern coast English_Harbour":  {"Typhoon forces evacuations along the northern coast", "Harbour"},
		"What the _real_ cost of the harbour tunnel is":                        {"What the _real_ cost of the harbour tunnel is", ""},
		"Reading a config_file in three steps":                                 {"Reading a config_file in three steps", ""},
	} {
		if h, s := splitTitle(line); h != want[0] || s != want[1] {
			t.Errorf("%q: %q, %q; want %q, %q", line, h, s, want[0], want[1])
		}
	}
	page := "Typhoon forces evacuations along the northern coast _English_Harbour\n" +
		"Typhoon forces evacuations along the northern coast\n" +
		"MANILA, Nov. 24 (Harbour) -- Authorities ordered thousands of families to leave low-lying villages on Saturday as a typhoon neared the northern coast.\n" +
		"Rescue teams were sent to the provinces in its path, and schools were closed until Monday.\n"
	if got := Clean(page).Title; got != "Typhoon forces evacuations along the northern coast" {
		t.Errorf("title %q", got)
	}
}
