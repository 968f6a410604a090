package clean

import (
	"strings"
	"testing"
)

// TestHeadlineFarDownRepeatsTitleLine: a scraped page (written here) whose
// title line is repeated by the headline over the article, past a menu of
// a hundred links and a share bar: the headline there becomes the title
// (the page's own, as the corpus's labels have it), the title line goes,
// and the menu's first entry ("Jobs") is not taken for the site's name.
func TestHeadlineFarDownRepeatsTitleLine(t *testing.T) {
	head := "Harbour town sends its jobless to work across the border"
	var sb strings.Builder
	sb.WriteString(head + "\n\nJobs\n\nReal Estate\n\nRentals\n\nCars\n\n")
	for i := 0; i < 100; i++ {
		sb.WriteString([]string{"World", "Europe", "Asia", "Africa", "Markets", "Opinion", "Letters", "Podcasts", "Crosswords", "Video"}[i%10])
		sb.WriteString(" section\n\n")
	}
	sb.WriteString(head + "\n\nText Size\n\nPrint\n\nReprints\n\nShare:\n\nFacebook\n\nTwitter\n\nEmail\n\nLinkedIn\n\nReddit\n\n")
	sb.WriteString("The jobless rate in the region rose to a new high on Wednesday, according to figures published by the statistics office in the capital.\n\n")
	sb.WriteString("So what does a harbour town of twelve thousand people do when one in four of its young people has no work at all?\n\n")
	sb.WriteString("It sends them across the border, where the shipyards and the building sites cannot find enough hands, and pays for the first month's rent.\n\n")
	sb.WriteString("Nearly a hundred people have joined the scheme since the spring, and the council says most of them are still in work six months later.\n")
	r := Clean(sb.String())
	if r.Title != head {
		t.Fatalf("title %q, want %q", r.Title, head)
	}
	if r.Blocks[0].Removed == "" {
		t.Errorf("the title line stayed (%q): want the headline over the article as the title", r.Blocks[0].Kind)
	}
	titles := 0
	for i, b := range r.Blocks {
		if b.Kind == "title" && b.Removed == "" {
			titles++
			if i < 100 {
				t.Errorf("title block %d is the page's title line, not the headline over the article", i)
			}
		}
	}
	if titles != 1 {
		t.Errorf("%d title blocks kept, want 1", titles)
	}
	if r.Publisher == "Jobs" {
		t.Errorf("publisher %q: a menu's first entry", r.Publisher)
	}
}

// TestLeadsArticlePastRemovedLines: a headline leads the article when its
// first paragraph follows within a few kept lines, however many lines the
// rules removed between them (a share bar of ten buttons).
func TestLeadsArticlePastRemovedLines(t *testing.T) {
	lines := []string{"Harbour town sends its jobless to work across the border"}
	lines = append(lines, "Text Size", "Print", "Reprints", "Share:", "Facebook", "Twitter", "Email", "LinkedIn", "Reddit", "Digg")
	lines = append(lines, "Posted by Ann Example on October 31 at 5:30 pm",
		"The jobless rate in the region rose to a new high on Wednesday, according to figures published by the statistics office.")
	d := newDoc(strings.Join(lines, "\n\n"))
	if len(d.blocks) != len(lines) {
		t.Fatalf("%d blocks, want %d", len(d.blocks), len(lines))
	}
	for i := 1; i <= 10; i++ {
		d.remove(i, ReasonShare)
	}
	if !d.leadsArticle(0) {
		t.Error("headline over a removed share bar, a byline and the first paragraph does not lead the article")
	}
	for i := 1; i <= 10; i++ {
		d.blocks[i].removed = ""
	}
	if d.leadsArticle(0) {
		t.Error("headline over ten kept short lines leads the article")
	}
}

// TestShortHeadlineUnderSiteTitle: under a title line that names the site
// alone and its menu, the two-word headline right above the byline and the
// article's prose is the title; a section's label there is not.
func TestShortHeadlineUnderSiteTitle(t *testing.T) {
	menu := []string{"Canoe Home", "Harbour Times", "Home", "News", "Video", "Sports", "Business", "Showbiz", "Movie Listings",
		"CD Reviews", "Comment/Columns", "Lifestyle", "Obituaries", "Homes & Gardens", "Schedule", "Statistics", "Roster", "History"}
	paras := []string{
		"Five is the number of wins in a row for the harbour team. Three is their place in the league table this week.",
		"One is the spot they hold in their division after the win over the visitors from across the bay.",
		"\"It's big. At the same time, we can't pat ourselves on the back,\" said the captain after the game on Saturday.",
		"\"It's tight. Every game is going to be important, especially the games against our neighbours.\"",
		"With so much of the season remaining, the team is by no means free and clear of the teams behind it.",
		"That lofty perch may be short-lived, since the city's other club sits only a point back with a game in hand.",
		"Still, what the team has done since the start of December is an amazing achievement for a young side.",
		"A month ago the team was sitting perilously close to the bottom of the league, with few wins to its name.",
	}
	page := func(head string) string {
		lines := append(append([]string{"The Harbour Times"}, menu...), head, "JANE DOE")
		return strings.Join(append(lines, paras...), "\n\n") + "\n"
	}
	if got := Clean(page("Red-hot frontrunners")).Title; got != "Red-hot frontrunners" {
		t.Errorf("title %q, want the headline above the byline", got)
	}
	if got := Clean(page("Local News")).Title; got == "Local News" {
		t.Errorf("title %q: a section's label", got)
	}
}
