package clean

import "testing"

// TestTitleMemoFollowsFirstLine: the first line's site and headline key,
// made once for the rules that compare them with line after line, are the
// ones siteOfTitle and textKey(titlePart) give, and are made again when the
// first line changes.
func TestTitleMemoFollowsFirstLine(t *testing.T) {
	d := newDoc("Harbour Reopens After Storm | Coastal Courier\n\nHarbour Reopens\n\nAfter Storm\n\nThe harbour reopened on Monday, the port said.")
	for _, title := range []string{"", "Ferry Strike Ends - The Island Post"} {
		if title != "" {
			d.blocks[0].setText(title)
		}
		first := d.blocks[0].text
		if got, want := d.firstLineSite(), siteOfTitle(first); got != want {
			t.Errorf("%q: firstLineSite %q, want %q", first, got, want)
		}
		if got, want := d.titleHeadKey(), textKey(titlePart(first)); got != want {
			t.Errorf("%q: titleHeadKey %q, want %q", first, got, want)
		}
	}
	d.blocks[0].setText("Harbour Reopens After Storm | Coastal Courier")
	if !kickerThenHeadline(d, d.blocks[1], d.blocks[2]) {
		t.Error("kicker and headline spelling the title's headline not found")
	}
	if kickerThenHeadline(d, d.blocks[2], d.blocks[1]) {
		t.Error("the two lines in the wrong order read as kicker and headline")
	}
	d.blocks[0].setText("Ferry Strike Ends - The Island Post")
	if kickerThenHeadline(d, d.blocks[1], d.blocks[2]) {
		t.Error("kicker and headline of the first line before it changed")
	}
}
