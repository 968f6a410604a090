package clean

import (
	"strings"
	"testing"
)

// TestHeadlineOverItsByline: a page scraped without its title line, whose
// headline names the story by words its lede leaves for the paragraphs
// after ("grandmother", "ferry" only further down): right over its byline
// and date, past a list of other stories, it is the title, not a title
// inferred from the lede. An entry of a list of stories, each over its
// author's name, is none.
func TestHeadlineOverItsByline(t *testing.T) {
	head := "Harbour's new ferry master is a grandmother"
	page := strings.Join([]string{
		"UPDATED: 9:40 p.m., March 6, 2026",
		"Home | Site Index | RSS Feeds | About Us | Contact Us | Advertise",
		"NEWS", "SPORTS", "FORUMS", "BLOGS", "ENTERTAINMENT", "JOBS", "AUTOS", "CLASSIFIEDS",
		"LATEST NEWS:",
		"Council weighs new parking fees for shops 6:59 p.m.",
		"School board names new head of the district 4:52 p.m.",
		"GALLERIES",
		"Bakery wins county prize for its bread",
		"A year on the river in pictures",
		"ALL VIDEOS »",
		head,
		"by The Tamble Courier",
		"Friday March 6, 2026, 5:00 AM",
		"By Jo Reed",
		"Staff writer",
		"Born on a trawler, Ann Kyle spent her twenties on boats that carried coal up and down the Tamble.",
		"She left the river to raise three children, and later to help with the six of them her children had.",
		"This month she came back to it: the town named her master of the ferry that crosses from the old quay, the first woman to hold the post.",
		"Print this story", "Email this story",
	}, "\n\n")
	if r := Clean(page); r.Title != head {
		t.Errorf("title %q, want %q", r.Title, head)
	}

	list := strings.Join([]string{
		"Most Read",
		"Ferry fares to rise in May",
		"March 4, 2026",
		"New ferry master is a grandmother",
		"March 5, 2026",
		"Born on a trawler, Ann Kyle spent her twenties on boats that carried coal up and down the Tamble.",
		"She left the river to raise three children, and later to help with the six of them her children had.",
		"This month she came back to it: the town named her master of the ferry that crosses from the old quay.",
	}, "\n\n")
	d := newDoc(list)
	for _, b := range d.blocks[:5] {
		b.removed = ReasonRelated
	}
	if e := headlineOverLede(d, 5, nil); e >= 0 {
		t.Errorf("headlineOverLede in a list of stories = %q, want none", d.blocks[e].text)
	}
}
