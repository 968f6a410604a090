package clean

import (
	"strings"
	"testing"
)

// TestLineOverTitleLineHeadline: the headline the page's title line names,
// made the title under a score's line the classifier kept ("No. 9 Harbour
// 24, Valley 21"), is the title; the score's line goes with the page's
// header.
func TestLineOverTitleLineHeadline(t *testing.T) {
	head := "Harbour Ends Its Season on a High Note"
	d := newDoc(strings.Join([]string{
		head + " - The Ledger",
		"Sports",
		"No. 9 Harbour 24, Valley 21",
		head,
		"Harbour closed its season with a win over Valley on Saturday, its eighth in a row, as its quarterback threw three touchdown passes in his last game.",
	}, "\n\n"))
	d.blocks[0].kind, d.blocks[0].removed = "heading", ReasonPageTitle // as promoteHeadline leaves them
	d.blocks[1].removed = ReasonNav
	d.blocks[2].kind = "heading"
	d.blocks[3].kind = "title"
	if title, inferred := chooseTitle(d); title != head || inferred {
		t.Errorf("title %q (inferred %v), want the headline the title line names", title, inferred)
	}
	if d.blocks[2].kept() {
		t.Errorf("the score's line over the headline is kept")
	}
}
