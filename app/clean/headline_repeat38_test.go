package clean

import (
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/boiler"
)

// TestHeadlineRepeatsTeaser: a page scraped without its title line lists
// the site's latest stories above the article, the article's own among
// them; the article's headline, over its date and its lede, repeats that
// link: it is the headline and the title, not a repeat to drop.
func TestHeadlineRepeatsTeaser(t *testing.T) {
	head := "Harbour board and ferry union play down strike talk"
	page := strings.Join([]string{
		"Working together for a better harbour!",
		"Home", "News", "Ferries", "Fishing", "Weather", "Archive",
		"12 March",
		"Ferry fares to rise in May as fuel costs climb",
		"New pontoon opens at the old quay after delays",
		"11 March",
		"Fishing fleet returns early as storm nears the coast",
		head,
		"Council names new harbour master after long search",
		"10 March",
		"Lighthouse keepers' cottage to become a museum",
		"Regatta moves to August after record entries",
		"Archive",
		"March 2026", "February 2026", "January 2026",
		"December 2025", "November 2025", "October 2025", "September 2025", "August 2025", "July 2025", "June 2025", "May 2025", "April 2025", "March 2025", "February 2025", "January 2025",
		"December 2024", "November 2024", "October 2024", "September 2024", "August 2024", "July 2024", "June 2024", "May 2024", "April 2024", "March 2024", "February 2024", "January 2024",
		head,
		"Thursday 12 March 2026 at 12:46",
		"The harbour board and the ferry workers' union have both said a strike over the summer timetable is not on the cards, after a week of talks at the port office.",
		"The union's secretary said its members wanted the new rota explained, not stopped, and the board promised a meeting with the crews before June.",
		"Fares will still rise in May, the board said, as fuel costs more than it did last year.",
		"Share this", "Email this", "Print this",
	}, "\n\n")
	if r := Clean(page); r.Title != head {
		t.Errorf("title %q, want %q", r.Title, head)
	}
}

// TestHeadlineByEchoReadsRepeat: the line that tells the story, where the
// line chosen tells none of it ("Email this story"), may be the repeat of
// a link to it higher up that the classifier takes for boilerplate.
func TestHeadlineByEchoReadsRepeat(t *testing.T) {
	head := "Harbour board and ferry union play down strike talk"
	d := newDoc(strings.Join([]string{
		head,
		"Ferry fares to rise in May as fuel costs climb",
		"Home", "News", "Ferries",
		head,
		"Email this story",
		"The harbour board and the ferry workers' union have both said a strike over the summer timetable is not on the cards, after talks at the port office.",
		"The union's secretary said its members wanted the new rota explained, not stopped, and the board promised a meeting with the crews.",
	}, "\n\n"))
	d.blocks[5].removed = ReasonRepeated
	d.twins = map[int]int{5: 0}
	decisions := make([]boiler.Decision, len(d.blocks))
	decisions[0].Boilerplate, decisions[1].Boilerplate = true, true
	if e := headlineByEcho(d, 6, 7, decisions); e != 5 {
		t.Errorf("headlineByEcho = %d, want 5 (the repeat over the article)", e)
	}
}
