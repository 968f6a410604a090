package clean

import (
	"fmt"
	"strings"
	"testing"
)

// blogFrontPage is a blog's front page in an older blogging tool's layout
// (written here): the blog's menus, then its latest posts one under
// another, each under its date and headline and over its signature and a
// link to its comments, then the blog's side column.
func blogFrontPage() string {
	var b strings.Builder
	b.WriteString("Allotment Notes\n\nAllotment Notes\n\nwhat grows on plot 14\n\nHome\n\nAbout\n\nArchives\n\nContact\n\nSearch\n\n")
	posts := []struct{ day, head, body string }{
		{"Monday, October 9. 2006", "ann: The last of the beans", "The runner beans gave up this week after the first cold night. I pulled the plants and left the roots in the ground, since they put back some of the nitrogen the leeks will need next year."},
		{"Friday, October 6. 2006", "tom: Shed roof, again", "The felt on the shed roof tore in Tuesday's wind, so the seed trays got wet. I nailed a tarpaulin over it until we can buy a roll of new felt at the market."},
		{"Wednesday, October 4. 2006", "ann: Garlic in", "Two rows of garlic went in today, the cloves a hand apart and a finger deep. The soil was still warm enough for them to root before the frost."},
		{"Sunday, October 1. 2006", "tom: Compost bins", "We built the third compost bin from old pallets. Now one bin can rot down while we fill the next one and empty the last onto the beds."},
		{"Thursday, September 28. 2006", "ann: Squash harvest", "Eleven squashes this year, the biggest one heavier than the cat. They are curing on the shelf in the shed, where the sun reaches them in the afternoon."},
		{"Monday, September 25. 2006", "tom: Slugs", "The slugs ate half of the winter lettuce overnight. We put out beer traps and a ring of crushed shells around each plant, and the rest of the row survived."},
		{"Friday, September 22. 2006", "ann: Seed swap", "The seed swap at the community hall was busier than last year. We came home with six kinds of tomato and a bag of broad beans from the plot next door."},
		{"Tuesday, September 19. 2006", "tom: Water butts", "The council finally connected the water butts to the shed's gutter. After a night of rain all three of them were full to the brim by the morning."},
		{"Saturday, September 16. 2006", "ann: Raspberries", "The autumn raspberries are still fruiting, a bowl every second day. We cut the summer canes down to the ground and tied in the new ones for next year."},
		{"Wednesday, September 13. 2006", "tom: New neighbours", "A family took over plot 15, which had been empty since spring. They cleared the brambles in a weekend and asked us which way the wind mostly blows."},
	}
	more := []string{
		"Next weekend we want to dig the manure into the empty beds, if the ground is not too wet by then.",
		"If anyone from the committee reads this: the gate by the road still does not lock properly.",
		"We will see in spring how many of them come up. Last year the mice found half of the cloves.",
		"The finished compost from the first bin went onto the asparagus bed, two barrows of it.",
		"Ann wants to try roasting one with chilli and the seeds of the smallest for next year.",
		"Tom swears by the shells, Ann by the beer. Neither of us has seen a slug since Tuesday.",
		"The broad beans go in next month; the tomatoes wait in their envelopes until March.",
		"That is a lot of water for the greenhouse, and it saves us carrying cans from the tap.",
		"The jam from the last bowl is on the shelf in the shed, labelled, for the open day.",
		"They also asked about the water butts, so we showed them how the gutter connects.",
	}
	for i, p := range posts {
		p.body += "\n\n" + more[i]
		who := "Ann Holt"
		if i%2 == 1 {
			who = "Tom Reed"
		}
		fmt.Fprintf(&b, "%s\n\n%s\n\n%s\n\nContinue reading \"%s\"\n\nPosted by %s in plot14 at %02d:%02d | Comments (%d) | Trackbacks (0)\n\n",
			p.day, p.head, p.body, p.head, who, 8+i, 10+3*i, i%4)
	}
	b.WriteString("(Page 1 of 9, totaling 85 entries) » next page\n\nAllotment Links\n\nCouncil allotments office\n\nSeed library\n\nCalendar\n\nArchives\n\nOctober 2006\n\nSeptember 2006\n\nAugust 2006\n\nCategories\n\nann\n\ntom\n\nSyndicate This Blog\n\nRSS 2.0 feed\n\nATOM 1.0 feed\n\nBlog Administration\n\nPowered by a blog engine\n")
	return b.String()
}

// TestBlogPostsKept: on a blog's front page every post between two of the
// blog's signatures stays, however far down the page; the signatures and
// the posts' links to read on go, and so does the side column.
func TestBlogPostsKept(t *testing.T) {
	r := Clean(blogFrontPage())
	got := keptText(r)
	for _, want := range []string{"runner beans gave up", "third compost bin", "crushed shells", "plot next door",
		"full to the brim", "summer canes", "ann: Raspberries", "Saturday, September 16. 2006"} {
		if !strings.Contains(got, want) {
			t.Errorf("lost %q", want)
		}
	}
	for _, gone := range []string{"Posted by", "Continue reading", "Seed library", "RSS 2.0 feed"} {
		if strings.Contains(got, gone) {
			t.Errorf("kept %q", gone)
		}
	}
	if t.Failed() {
		for _, b := range r.Blocks {
			t.Logf("%-20q %s", b.Removed, b.Text())
		}
	}
	again := Clean(r.Render())
	if a, w := strings.Count(again.Render(), "\n"), strings.Count(r.Render(), "\n"); a != w {
		t.Errorf("cleaning the rendering again: %d lines, want %d", a, w)
	}
}
