package clean

import (
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/boiler"
)

// learnedHeadline runs headline on page with the classifier's verdicts
// given: the lines in kept are kept (P 0.2), every other line is
// boilerplate (P 0.97), as on a page scraped without its title line where
// the classifier takes the headline for one more menu entry.
func learnedHeadline(page []string, kept ...string) (string, *doc) {
	d := newDoc(strings.Join(page, "\n\n"))
	keep := map[string]bool{}
	for _, k := range kept {
		keep[k] = true
	}
	decisions := make([]boiler.Decision, len(d.blocks))
	for i, b := range d.blocks {
		decisions[i] = boiler.Decision{P: 0.97, Boilerplate: true, Reason: boiler.ReasonHeader}
		if keep[b.text] || b.prose() {
			decisions[i] = boiler.Decision{P: 0.2}
		}
	}
	h := headline(d, decisions)
	if h < 0 {
		return "", d
	}
	return d.blocks[h].text, d
}

// TestHeadlineOverStandfirst: the headline the classifier doubted stands
// over the line the layout gave, a standfirst, a picture's caption, past
// the date and the share buttons; the story repeats more of its words. A
// section's link over a headline, which names one word of the story, is no
// headline.
func TestHeadlineOverStandfirst(t *testing.T) {
	lede := []string{
		"Harbour pilots will be paid a fifth more from April after the port board agreed a new contract on Tuesday, ending a strike that had held ships at anchor for a week.",
		"The pilots, who guide every cargo ship through the narrow channel, had refused to work since last Monday over pay and the length of their shifts.",
		"The port board said the contract would cost about two million a year and that shipping would return to normal by the weekend.",
	}
	for _, tc := range []struct {
		name  string
		above []string
		deck  string
	}{
		{"standfirst", []string{"Home", "Local", "Business", "Harbour pilots win pay rise"}, "After a week of ships waiting at anchor in the bay, the port board agrees a new contract with the strikers"},
		{"caption", []string{"Home", "Local", "Business", "Harbour pilots win pay rise", "March 10, 2026", "Share", "Print"}, "Cargo ships in the bay on Sunday evening, seen from the old lighthouse"},
	} {
		page := append(append(append([]string{}, tc.above...), tc.deck), lede...)
		if got, _ := learnedHeadline(page, tc.deck); got != "Harbour pilots win pay rise" {
			t.Errorf("%s: headline %q, want the headline over it", tc.name, got)
		}
	}

	// A standfirst as much of the story as the headline over it, in more
	// words: the headline, shorter, is its telling.
	page := append([]string{"Home", "Local", "Business", "Pilots win pay rise in harbour deal", "March 10, 2026",
		"Cargo ships wait at anchor for the deal vote"}, lede...)
	if got, _ := learnedHeadline(page, page[5]); got != page[3] {
		t.Errorf("over a standfirst as close to the story: headline %q, want %q", got, page[3])
	}

	// A tag list is no shorter telling: no word joins its parts.
	tags := newDoc("Harbour Pilots Strike Port Deal cargo anchor\n\nCargo ships wait at anchor for the deal vote in the bay")
	if shorterSentence(tags.blocks[0], tags.blocks[1]) {
		t.Errorf("shorterSentence(%q) = true, want false", tags.blocks[0].text)
	}

	// A section's link right above the headline shares a word with the
	// story ("Harbour"), no more.
	page = append([]string{"Home", "Local", "More Harbour News", "Pilots end strike as board agrees contract with the port"}, lede...)
	if got, _ := learnedHeadline(page, page[3]); got != page[3] {
		t.Errorf("under a section's link: headline %q, want %q", got, page[3])
	}
}

// TestHeadlineByStoryEcho: the line chosen tells nothing of the story, or
// a word of it at most (a teaser for another story between the headline
// and the article, a newspaper's name): the headline is the line above the article whose
// words the story repeats most. A list of deals, a credit's field and two
// sentences glued into one line are no headline, whatever words they share.
func TestHeadlineByStoryEcho(t *testing.T) {
	lede := []string{
		"Harbour pilots will be paid a fifth more from April after the port board agreed a new contract on Tuesday, ending a strike that had held ships at anchor for a week.",
		"The pilots, who guide every cargo ship through the narrow channel, had refused to work since last Monday over pay and the length of their shifts.",
		"The port board said the contract would cost about two million a year and that shipping would return to normal by the weekend.",
	}
	page := append([]string{
		"Home", "Local", "Business",
		"Harbour pilots win pay rise",
		"March 10, 2026 4:13 PM",
		"Most Read Stories",
		"Bakery wins county prize for its bread",
		"School board names new head of district",
		"Library to open on Sundays",
		"Town hall clock to chime again after repairs",
		"Two new buses for the hill villages",
		"Choir sings for the hospital's birthday",
		"Museum shows the valley's old maps",
		"Council weighs new parking fees for shops",
	}, lede...)
	if got, _ := learnedHeadline(page, "Council weighs new parking fees for shops"); got != "Harbour pilots win pay rise" {
		t.Errorf("headline %q, want the one the story repeats", got)
	}
	// A teaser that names one word of the story among many ("harbour").
	teaser := "Council weighs new parking fees for shops by the harbour"
	page[len(page)-len(lede)-1] = teaser
	if got, _ := learnedHeadline(page, teaser); got != "Harbour pilots win pay rise" {
		t.Errorf("under a teaser naming a word of the story: headline %q, want the one the story repeats", got)
	}

	// A lede too short to count as prose tells the story too, the
	// paragraphs under it go on with other words.
	short := []string{
		"Harbour pilots will get a pay rise from April.",
		"The port board agreed a new contract on Tuesday, ending a strike that had held cargo ships at anchor in the bay for a week.",
		"Shipping should return to normal by the weekend, the board's chairman told reporters after the vote, which was not close.",
	}
	page = append(page[:len(page)-len(lede)], short...)
	page[len(page)-len(short)-1] = "Council weighs new parking fees for shops"
	if got, _ := learnedHeadline(page, "Council weighs new parking fees for shops"); got != "Harbour pilots win pay rise" {
		t.Errorf("over a short lede: headline %q, want the one the lede repeats", got)
	}

	// A wire's dateline cut from the lede it opens, which names the
	// story's place, no more.
	dated := append(append([]string{}, page[:len(page)-len(short)-1]...), "PORTVILLE, Md. --")
	dated = append(dated, "Harbour pilots in Portville will be paid a fifth more from April after the port board agreed a new contract on Tuesday, ending a strike.")
	dated = append(dated, lede[1:]...)
	if got, _ := learnedHeadline(dated, "PORTVILLE, Md. --"); got != "Harbour pilots win pay rise" {
		t.Errorf("over a dateline: headline %q, want the one the lede repeats", got)
	}

	// A tag list names the story's subjects, and tells no story.
	tagged := append([]string{"Home", "Sport", "Business", "Hot tags: pilots, harbour, strike, port, ships, contracts",
		"Harbour pilots win pay rise", "Posted March 10, 2026 16:10:00"}, lede...)
	if got, _ := learnedHeadline(tagged, tagged[3]); got != "Harbour pilots win pay rise" {
		t.Errorf("under a tag list: headline %q, want the one under it", got)
	}

	// A press release's headline, long, under a share button.
	long := "Harbour Pilots Win Pay Rise of a Fifth as Port Board Agrees New Contract and Ends the Week-Long Strike Over Shifts"
	release := append([]string{"Home", "Business", "Email this to a friend", "Print this article", long, "Published 03/10/2026 - 10:07 a.m. GMT"}, lede...)
	if got, _ := learnedHeadline(release, "Email this to a friend"); got != long {
		t.Errorf("a long headline under a share button: headline %q, want %q", got, long)
	}

	// A credit's field names a person; a kicker over a title does not.
	for s, want := range map[string]bool{"Director: Ann Ruiz": true, "Art Director: Gail Boone": true, "Who's Who: The Harbour Pilots Desk": false} {
		if got := creditField(s); got != want {
			t.Errorf("creditField(%q) = %v, want %v", s, got, want)
		}
	}

	// Lines that share the story's words but are no headline: a list of
	// deals, a credit's field, two sentences glued into one line.
	for _, bad := range []string{
		"Port Deals: Pilots, Ships, Contracts, Anchors and More",
		"Director: Harbour Pilots",
		"See the pilots' new contract in full. Order the port board's report now",
	} {
		d := newDoc(strings.Join(append([]string{"Home", "Local", "Business", bad, "Bakery wins county prize for its bread"}, lede...), "\n\n"))
		if e := headlineByEcho(d, 4, 5, nil); e >= 0 {
			t.Errorf("headlineByEcho = %q, want none", d.blocks[e].text)
		}
	}
}
