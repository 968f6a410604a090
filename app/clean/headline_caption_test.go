package clean

import (
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/boiler"
)

// TestCaptionOverHeadline: a page scraped without its title line, a
// picture's caption right over the headline, the article under its
// byline: the caption is no first paragraph to find the headline above,
// and the title is the headline, not a title inferred from the caption.
// A paragraph naming nobody the story names, over a subhead, is no
// caption.
func TestCaptionOverHeadline(t *testing.T) {
	head := "Divers recover anchor lost in harbour storm"
	page := strings.Join([]string{
		"Home", "News", "Weather", "Traffic", "Community Calendar", "About Us", "Contact Us", "News Tips",
		"Riverside Courier",
		"Fri. Mar. 6 2026 5:10 PM ET",
		"View larger image",
		"A diver surfaces beside the pier at Kellan Point, Thursday Mar. 5, 2026.",
		head,
		"riversidecourier.example",
		"Two divers from the harbour board brought up the anchor of the ferry Morwenna on Thursday, three weeks after the storm tore it loose off Kellan Point.",
		"The anchor, which weighs almost two tonnes, had dragged some forty metres before it caught on the old breakwater, the board said.",
		"The ferry has sailed on a borrowed anchor since the storm and will get its own back after an inspection next week.",
		"Top Stories",
		"Council weighs new parking fees for shops",
		"School board names new head of the district",
	}, "\n\n")
	if r := Clean(page); r.Title != head {
		t.Errorf("title %q, want %q", r.Title, head)
	}

	d := newDoc(strings.Join([]string{
		"Menu",
		"I won't say which shop it was, but here's a small one my team looked after last year.",
		"Sales fell after the advertising stopped",
		"The shop had paid for a season of advertising in the spring and its sales rose by a third, then fell back within weeks once it stopped.",
		"Its owner had thought the new customers would stay, and most of them did not come back.",
	}, "\n\n"))
	if b := d.pastCaption(1, make([]boiler.Decision, len(d.blocks))); b != 1 {
		t.Errorf("pastCaption of a paragraph naming nobody = %d, want 1", b)
	}
}
