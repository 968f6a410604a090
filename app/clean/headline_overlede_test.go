package clean

import (
	"strings"
	"testing"
)

// TestHeadlineOverLede: a page scraped without its title line, its headline
// under a list of other stories and over its byline and date, which only one
// word of the lede echoes ("ferry"): the headline is the line right above
// the article's first paragraph, past the byline and the date, and the
// title. A category in a list of short
// entries over the article is no headline, whatever words it shares.
func TestHeadlineOverLede(t *testing.T) {
	menu := []string{"Home", "News", "Sports", "Business", "Weather", "Obituaries", "Classifieds", "Subscribe Today",
		"Weather Centre", "Light rain", "Detailed Forecast"}
	story := []string{
		"Stranded ferry brought home",
		"Marta Quinlan, Riverside Courier",
		"Published: Friday, March 6, 2026",
		"HOLLOWAY - A passenger ferry that drifted for three hours after its engine failed on the flooded Tamble was towed back to the harbour late Thursday, the harbour master said.",
		"None of the forty passengers was hurt, and the ferry company said it would check its other boats before they sail again next week.",
		"Crews had to wait for the current to slow before a tug could reach the boat, which had drifted close to the old railway bridge.",
		"Print this story", "Email this story",
	}
	page := strings.Join(append(append(append([]string{
		"Riverside Courier, Papers, Radio, TV",
	}, menu...),
		"Council weighs new parking fees for shops",
		"More Local News",
		"School board names new head of the district",
		"Library to open on Sundays from April",
		"Bakery wins county prize for its bread",
		"More Latest News",
	), story...), "\n\n")
	r := Clean(page)
	if r.Title != story[0] {
		t.Errorf("title %q, want %q", r.Title, story[0])
	}
	for _, b := range r.Blocks {
		if b.Text() == story[0] && b.Removed != "" {
			t.Errorf("headline removed as %q", b.Removed)
		}
	}

	cats := strings.Join([]string{
		"Topics", "Family", "Film", "Gardens", "Rivers & Floods", "Schools", "Travel",
		"Weather", "March 6, 2026",
		"A passenger ferry that drifted for three hours on the flooded Tamble was towed back to the harbour late Thursday.",
		"None of the forty passengers was hurt, the ferry company said on Friday afternoon.",
	}, "\n\n")
	d := newDoc(cats)
	for i, b := range d.blocks {
		if i < 8 {
			b.removed = ReasonRelated
		}
	}
	if e := headlineOverLede(d, 9, nil); e >= 0 {
		t.Errorf("headlineOverLede over a list of categories = %q, want none", d.blocks[e].text)
	}
}

// TestHeadlineUnderDomainLine: a site's address kept alone above the
// headline the page's rules found gives no title to infer: the title is
// the headline, not nothing.
func TestHeadlineUnderDomainLine(t *testing.T) {
	page := strings.Join([]string{
		"Riversidecourier.example Skip directly to: Search Box, Section Navigation, Content. Text Version.",
		"NEWS | JOBS | HOMES | CARS | MOBILE | TRAVEL",
		"member centre | login | register",
		"riversidecourier.example",
		"Stranded ferry brought home",
		"March 6, 2026 - 12:37PM",
		"A passenger ferry that drifted for three hours after its engine failed on the flooded Tamble was towed back to the harbour late Thursday, the harbour master said.",
		"None of the forty passengers was hurt, and the ferry company said it would check its other boats before they sail again next week.",
		"Crews had to wait for the current to slow before a tug could reach the boat, which had drifted close to the old railway bridge.",
		"Print this story", "Email this story",
	}, "\n\n")
	if r := Clean(page); r.Title != "Stranded ferry brought home" {
		t.Errorf("title %q, want the headline", r.Title)
	}
}
