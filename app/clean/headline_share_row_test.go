package clean

import (
	"strings"
	"testing"
)

// TestHeadlineOverShareRow: a page scraped without its title line, its
// headline over its byline and date, then a long row of share buttons
// ("Post to Facebook", "Add to Digg") and a picture's caption over the lede,
// which shares one word with it ("Corrowa"): the headline is found past the
// buttons, which tell none of the story. A
// masthead's tagline over the date and a long menu is not: past the reach,
// only a few buttons may stand between the headline and the lede.
func TestHeadlineOverShareRow(t *testing.T) {
	menu := []string{"Home", "News", "Sport", "Business", "Weather", "Obituaries", "Classifieds", "Travel",
		"Motoring", "Property", "Jobs", "Dating", "Search for:", "Article from:"}
	story := []string{
		"Corrowa's sweet sounds of success",
		"By Oona Brackett March 6, 2026 12:00am",
		"Email article", "Share article",
		"Add to Digg", "Post to Linkwave", "Post to Facebook", "What are these?",
		"Printer friendly", "Text size + -",
		"Bright notes ... Fiddle prize winners Ada Rusk and Tam Delve at last year's show. Picture: Hal Mercer",
		"CORROWA'S population of about 9,000 will more than triple in the next week as fiddlers and their fans arrive for the valley's spring fair.",
		"This year's fair opens today and runs until Sunday week, with more than four hundred players booked for the valley's halls and pubs.",
		"Organisers said the camping grounds by the river were already full, and the council has opened two more paddocks for caravans.",
	}
	// As the classifier and the rules leave it: the headline and the
	// buttons taken for menu entries, the share row's and the caption's
	// lines removed by name.
	d := newDoc(strings.Join(append(append([]string{"Corrowa Valley Post"}, menu...), story...), "\n\n"))
	h := len(menu) + 1
	body := h + 11
	for i := range body {
		d.blocks[i].removed = ReasonNav
	}
	d.blocks[h+1].removed = ReasonMetadata
	for _, k := range []int{2, 3, 8, 9} {
		d.blocks[h+k].removed = ReasonShare
	}
	d.blocks[h+10].removed = ReasonCaption
	if d.blocks[h].text != story[0] || d.blocks[body].text != story[11] {
		t.Fatalf("blocks %q, %q", d.blocks[h].text, d.blocks[body].text)
	}
	if e := headlineOverLede(d, body, nil); e != h {
		t.Errorf("headlineOverLede over a share row = %d, want %d (%q)", e, h, story[0])
	}

	// A masthead's tagline over the date, a long menu under it: past the
	// reach, more lines than a share row's stand there.
	var lines []string
	lines = append(lines, "Daily from the CORROWA POST group of papers", "Monday, Mar 9, 2026")
	lines = append(lines, menu...)
	lines = append(lines, "Share Market Quotes", "The New Manager", "Cross Currency Rates", "Open-End Mutual Funds",
		"Ports and Shipping", "Brand New Line", "Life and Leisure", "Investment World Weekly")
	lines = append(lines, story[11:]...)
	d = newDoc(strings.Join(lines, "\n\n"))
	body = len(lines) - 3
	for i := 2; i < body; i++ {
		d.blocks[i].removed = ReasonNav
	}
	if e := headlineOverLede(d, body, nil); e >= 0 {
		t.Errorf("headlineOverLede past a long menu = %q, want none", d.blocks[e].text)
	}
}
