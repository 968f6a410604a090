package clean

import (
	"fmt"
	"strings"
	"testing"
)

// shortPostThread is a blog's short post under a long thread of its
// readers' comments (written here): the site's menu, the post's headline,
// date and one paragraph, its signature, then the comments, each over its
// signature ("Comment #3 - Posted by: ... at ..."), one of them a long
// essay whose subject line quotes the post's headline.
func shortPostThread() string {
	var sb strings.Builder
	sb.WriteString(`Harbour Rowing Club: Saturday Long Row

« Friday Intervals | Home | Sunday Rest »

Home

Training

Crews

Regatta

Shop

Contact

November 10, 2026

Saturday Long Row

"Lighthouse"

For time:

Row 12 kilometres

100 sit-ups

Split the row and the sit-ups as needed.

Post time to comments.

Enlarge image

Harbour pilot Edwin Marsh, 61, of Port Lowan, who guided ships past the breakwater for thirty years, retired on Friday after his last night watch.

WOD Demo at the boathouse - video [wmv] [mov]

Posted by Coach Marta at November 10, 2026 6:00 AM

Comments

`)
	short := []string{
		"See you all at seven, the forecast looks calm enough.",
		"Twelve kilometres in November, brave programme this year.",
		"Can novices join the long row or is it for the first crews only?",
		"Novices are welcome, the launch follows the slower boats.",
		"I will bring the flasks of tea for after.",
		"Is the boathouse door open before seven for the lockers?",
		"Great start to the winter, thanks coach.",
		"My hands are still sore from last week but I will be there.",
		"Which boats are we taking out, the eights or the fours?",
		"Can't wait, the breakwater at sunrise is the best view in town.",
		"Bring gloves, the wind picks up past the old crane.",
		"Count me in for the second four.",
	}
	n := 0
	for _, c := range short {
		n++
		fmt.Fprintf(&sb, "%s\n\nComment #%d - Posted by: Rower%d at November 9, 2026 %d:%02d PM\n\n", c, n, n, 5+n%5, (n*7)%60)
	}
	sb.WriteString(`Saturday Long Row

A few thoughts on long rows, since the season turns again and many of you asked me why we start the winter with the longest outing of the year rather than the shortest.

First, distance teaches rhythm. Over twelve kilometres nobody can row on strength alone, and the crew that finds a common swing early is the crew that finishes without blisters.

Second, the water in November is honest. The wind off the breakwater shows at once who holds the blade square and who lets it drift, and there is no better lesson than a cold splash.

Third, the long row is the one outing where the slower boats and the first crews share the same water for hours, and the club needs that more than any race.

Fourth, I remember my own first winter at the club, when the old captain sent us out to the lighthouse and back in a boat that leaked, and I have never rowed better than on the way home.

Fifth, a long row is where a cox learns to read the water, the tide turning under the crane, the wash of the ferry coming round the point, the calm strip along the harbour wall.

Sixth, nobody remembers the short outings. They remember the morning the fog lifted halfway across the bay and the whole town appeared behind them in the sun.

So wrap up, drink something warm before you leave, and do not race the launch home.

`)
	n++
	fmt.Fprintf(&sb, "Comment #%d - Posted by: Old Cox at November 9, 2026 9:40 PM\n\n", n)
	for _, c := range short[:8] {
		n++
		fmt.Fprintf(&sb, "%s\n\nComment #%d - Posted by: Rower%d at November 10, 2026 %d:%02d AM\n\n", c, n, n, 1+n%5, (n*11)%60)
	}
	sb.WriteString("Post a comment\n\nName:\n\nEmail Address:\n\nRemember personal info?\n\nCopyright 2026 Harbour Rowing Club. All rights reserved.\n")
	return sb.String()
}

// TestShortPostUnderThread: the post's headline and its one paragraph
// stay, not the copy of the headline a comment quotes; the comments go,
// from the section's heading down, the first two, which have not three
// lines of prose above them, too. Cleaning the rendering again keeps it.
func TestShortPostUnderThread(t *testing.T) {
	page := shortPostThread()
	r := Clean(page)
	got := keptText(r)
	for _, want := range []string{"Harbour pilot Edwin Marsh"} {
		if !strings.Contains(got, want) {
			t.Errorf("the post lost %q; kept:\n%s", want, got)
		}
	}
	for _, gone := range []string{"See you all at seven", "brave programme", "distance teaches rhythm", "Old Cox", "Comment #"} {
		if strings.Contains(got, gone) {
			t.Errorf("a comment stayed: %q; kept:\n%s", gone, got)
		}
	}
	if r.Title != "Saturday Long Row" {
		t.Errorf("title %q", r.Title)
	}
	for i, b := range r.Blocks {
		if b.Text() == "Saturday Long Row" && b.Removed == "" && !strings.Contains(strings.Join(blockTexts(r.Blocks[i+1:]), "\n"), "Harbour pilot") {
			t.Errorf("the headline kept is the thread's copy (block %d)", i)
		}
	}
	once := r.Render()
	if twice := Clean(once).Render(); once != twice {
		t.Errorf("not idempotent:\n%s\n----\n%s", once, twice)
	}
}

// blockTexts returns the texts of blocks.
func blockTexts(bs []Block) []string {
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = b.Text()
	}
	return out
}
