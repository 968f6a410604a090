package clean

import (
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/boiler"
)

// TestHeadlineBodyDoubted: a sentence above the article that the classifier
// keeps only under a sentence's higher bar (a sign-in box's prompt scored
// 0.75) is not where the article starts, so the headline is still looked
// for over the article's own first paragraph, not over the prompt.
func TestHeadlineBodyDoubted(t *testing.T) {
	lines := []string{
		"Markets",                            // 0 menu
		"Opinion",                            // 1 menu
		"Rates and fees for the coming year", // 2 a section's teaser, headline-shaped
		"Forgot your password? Enter the email address you signed up with and we will send you a link.",                                      // 3 doubted, kept
		"Port authority raises fees for cruise ships",                                                                                        // 4 the headline
		"The Eastshore Port Authority will raise the fees it charges cruise ships by a fifth from next April, its board decided on Tuesday.", // 5
		"The authority says the money will pay for a second passenger terminal and for dredging the northern channel.",                       // 6
	}
	d := newDoc(strings.Join(lines, "\n\n"))
	if len(d.blocks) != len(lines) {
		t.Fatalf("%d blocks, want %d", len(d.blocks), len(lines))
	}
	p := []float32{0.99, 0.99, 0.5, 0.75, 0.3, 0.02, 0.02}
	decisions := make([]boiler.Decision, len(lines))
	for i := range decisions {
		decisions[i] = boiler.Decision{P: p[i], Boilerplate: p[i] >= 0.6 && i != 3}
	}
	d.blocks[0].removed = ReasonNav
	d.blocks[1].removed = ReasonNav
	if h := headline(d, decisions); h != 4 {
		t.Errorf("headline = %d, want 4 (%q)", h, lines[4])
	}
}
