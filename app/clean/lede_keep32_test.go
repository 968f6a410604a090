package clean

import (
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/boiler"
)

// keep32Page is a newspaper's article head of 2012 as a scraper writes it:
// the headline, a row of buttons, the byline, the date and the paper's
// name, then the article's first two paragraphs.
var keep32Page = []string{
	"Harbor towns weigh the cost of a higher sea wall",
	"Text Size", "Print", "E-mail", "Reprints",
	"By Nora Quill,",
	"Oct 29, 2012 09:35 PM EDT",
	"The Harbor Gazette",
	"The county is drawing up its 2013 capital budget, but the November vote and the council's lame-duck session could change it all.",
	"The gap between the county's plan for the harbor over the next 10 years and the towns' own proposals couldn't be wider.",
	"Loading...",
}

// TestLedeAfterRemovedLines finds the lede under a headline past the lines
// the named rules took out (the buttons, the byline, the date): it stands
// eight lines under the headline but four kept lines under it. A short
// advert's sentence that far down is no lede.
func TestLedeAfterRemovedLines(t *testing.T) {
	d := newDoc(strings.Join(keep32Page, "\n\n"))
	for i := 1; i <= 6; i++ {
		d.remove(i, ReasonShare)
	}
	if got := ledeAfter(d, 0); got != 8 {
		t.Errorf("ledeAfter = %d, want 8", got)
	}
	ad := append(append([]string{}, keep32Page[:8]...), "Shop for boots. Great style and great prices online.", "Loading...")
	d = newDoc(strings.Join(ad, "\n\n"))
	for i := 1; i <= 6; i++ {
		d.remove(i, ReasonShare)
	}
	if got := ledeAfter(d, 0); got != -1 {
		t.Errorf("ledeAfter over an advert = %d, want -1", got)
	}
}

// TestLedeRun keeps, with the lede the classifier removed, the paragraph
// under it that the classifier only doubts, and not the line it is sure of
// under that.
func TestLedeRun(t *testing.T) {
	d := newDoc(strings.Join(keep32Page, "\n\n"))
	dec := make([]boiler.Decision, len(d.blocks))
	for i := range dec {
		dec[i] = boiler.Decision{P: 0.99, Boilerplate: true}
	}
	dec[0] = boiler.Decision{P: 0.1}
	dec[8].P, dec[9].P = 0.87, 0.74
	if got := ledeRun(d, 8, dec); got != 10 {
		t.Errorf("ledeRun = %d, want 10", got)
	}
	dec[8] = boiler.Decision{P: 0.3} // a lede the classifier kept: its own rules look after the lines under it
	if got := ledeRun(d, 8, dec); got != 9 {
		t.Errorf("ledeRun under a kept lede = %d, want 9", got)
	}
}
