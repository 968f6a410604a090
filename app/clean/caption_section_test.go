package clean

import (
	"strings"
	"testing"
)

// TestCaptionUnderCreditSection: under a gallery's last credit ("Getty
// Images"), a short line over a paragraph is the next picture's caption,
// unless it is numbered as the article's next section ("6. Ask for the
// kettle to be rinsed"), which stays with its paragraph.
func TestCaptionUnderCreditSection(t *testing.T) {
	para := "Two housekeepers told us the kettles are the one thing in the room that nobody is asked to clean between guests."
	for _, c := range []struct {
		line string
		kept bool
	}{
		{"6. Ask for the kettle to be rinsed", true},
		{"Guests queue at the front desk in Lisbon", false},
	} {
		lines := []string{"The harbour hotel reopened in March after a winter of repairs to its roof.", "Getty Images", c.line, para}
		d := newDoc(strings.Join(lines, "\n\n"))
		if len(d.blocks) != len(lines) {
			t.Fatalf("%d blocks, want %d", len(d.blocks), len(lines))
		}
		ruleCaption(d)
		if got := d.blocks[2].kept(); got != c.kept {
			t.Errorf("%q: kept %v (%q), want %v", c.line, got, d.blocks[2].removed, c.kept)
		}
		if !d.blocks[3].kept() {
			t.Errorf("the paragraph went: %q", d.blocks[3].removed)
		}
	}
}
