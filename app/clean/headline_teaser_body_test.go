package clean

import (
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/boiler"
)

// TestHeadlineUnderTeaser: a local station's page scraped without its title
// line keeps a promotion over the article, a link's line and a sentence
// ("Harbor Street Burglary Case" / "Celebrate the season with ..."), a share
// button's "." between it and the headline: the headline, which shares its
// words with the lede under it, is the article's, not the link over the
// promotion, and the promotion's sentence is no first paragraph.
func TestHeadlineUnderTeaser(t *testing.T) {
	lines := []string{
		"Contests",                    // 0
		"Harbor Street Burglary Case", // 1
		"Celebrate the season with choirs from eight valley elementary schools and the town band.", // 2
		".",                                      // 3
		"Storm Floods Dozens Of Riverside Homes", // 4
		"Last Update: 1/01 1:10 pm",              // 5
		"RIVERTON (AP) - A storm flooded dozens of riverside homes overnight, forcing families onto rooftops as the river rose.", // 6
		"Rescue crews in boats reached the last of the stranded families by dawn, the fire chief said, and no one was hurt.",     // 7
	}
	d := newDoc(strings.Join(lines, "\n\n"))
	if len(d.blocks) != len(lines) {
		t.Fatalf("%d blocks, want %d", len(d.blocks), len(lines))
	}
	p := []float32{0.99, 0.93, 0.11, 0.97, 0.8, 0.9, 0.01, 0.01}
	decisions := make([]boiler.Decision, len(lines))
	for i := range decisions {
		decisions[i] = boiler.Decision{P: p[i], Boilerplate: p[i] >= 0.6}
	}
	d.blocks[0].removed = ReasonNav
	d.blocks[3].removed = ReasonShare
	if h := headline(d, decisions); h != 4 {
		t.Errorf("headline = %d, want 4 (%q)", h, lines[4])
	}
}
