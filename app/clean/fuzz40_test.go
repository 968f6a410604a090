package clean

import (
	"testing"

	"github.com/dossierapp/dossier/app/boiler"
	"github.com/dossierapp/dossier/app/parse"
)

// TestTailBiosAgain: the writers' boxes under an article (a name line over
// a bio naming the writer again) stay while a long line under them keeps
// them out of the article's tail, and go once the classifier has removed
// that line: the rendering leaves it out, and a second cleaning found the
// boxes in the tail (FuzzClean 1caa13d7b1f92b76: a wire's boilerplate cut
// off mid-sentence under its writers' boxes).
func TestTailBiosAgain(t *testing.T) {
	lines := []string{
		"The town council of Port Ellery voted on Tuesday to rebuild the sea wall that gave way in last winter's storms, after months of argument over who should pay for it.",
		"Speaking at the town hall, the mayor said the work would begin in the spring and that the harbour would stay open while the crews were on the quay.",
		"The county has said it will match the town's money for the first stage of the work. A spokesman declined to say when the second stage would be paid for.",
		"Denholm reported from Carrow Bay.",
		"MARTA OKONKWO",
		"Okonkwo covers the coast towns for the Harbour Wire.",
		"PAUL DENHOLM",
		"Denholm covers the county's courts and councils for the Harbour Wire.",
		"The Harbour Wire is an independent news cooperative owned by its member papers. Founded in 1921, it now serves more than",
	}
	d := &doc{echo: -1, echoOf: -1}
	for _, l := range lines {
		d.blocks = append(d.blocks, newBlock(&block{}, parse.Block{Kind: parse.Paragraph, Text: l}))
	}
	ruleAuthorBio(d)
	for i := 4; i < 8; i++ {
		if !d.blocks[i].kept() {
			t.Fatalf("%q removed (%s) over a long kept line", d.blocks[i].text, d.blocks[i].removed)
		}
	}
	d.blocks[8].removed = boiler.ReasonCaption // the classifier's verdict
	ruleTailNames(d)
	for i, b := range d.blocks[:8] {
		if want := i < 4; b.kept() != want {
			t.Errorf("%q kept %v, want %v", b.text, b.kept(), want)
		}
	}
}

// TestPartlyGluedTitleLine: a title line that runs a few of the headline's
// words together ("Harbourferrycrews agree ...") over the headline spaced
// gives way to it, as a cleaning of the rendering, which writes the title
// line's headline part over the copy, promotes the copy (FuzzClean
// 242ed7978f13db9d). Before, only a title line with half its words or
// fewer did.
func TestPartlyGluedTitleLine(t *testing.T) {
	checkIdempotent(t, []idempotentCase{
		{"a site's title line",
			"Harbourferrycrews agree new pay deal with the operator - Valley Voice\n\nHarbour ferry crews agree new pay deal with the operator\n\nThe crews of the harbour ferry agreed a new pay deal with the operator on Monday, ending a dispute that began in the spring.",
			"Harbour ferry crews agree new pay deal with the operator\n\nThe crews of the harbour ferry agreed a new pay deal with the operator on Monday, ending a dispute that began in the spring.\n"},
		{"the two lines alone",
			"Harbourferrycrews agree new pay deal with the operator - S\nHarbour ferry crews agree new pay deal with the operator",
			"Harbour ferry crews agree new pay deal with the operator\n"},
	})
}
