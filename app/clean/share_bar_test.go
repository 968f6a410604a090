package clean

import "testing"

// TestNameShareBars: the buttons of a share bar that other rules took out
// for another reason ("Copy" as a header's metadata, "X" as a close button)
// are named a share widget; the same words away from a share bar keep
// their reasons, and kept lines stay kept.
func TestNameShareBars(t *testing.T) {
	page := "Ukraine races to restore power after drone barrage\n\nShare\n\nCopy\n\nEmail\n\nFacebook\n\nX\n\nReddit\n\n" +
		"Engineers worked through the night to restore electricity to hundreds of thousands of homes in Kyiv on Wednesday, officials said.\n\n" +
		"The city's military administration said most of the drones launched overnight were shot down.\n"
	got := removedOf(t, page)
	for _, line := range []string{"Share", "Copy", "Email", "Facebook", "X", "Reddit"} {
		if got[line] != ReasonShare {
			t.Errorf("%q removed as %q, want %q", line, got[line], ReasonShare)
		}
	}
	d := newDoc("Copy\n\nMain text of the story, long enough to be a paragraph of prose here.\n\nX\n\nShare\n\nShare\n\nCopy")
	d.blocks[0].removed = ReasonMetadata // no share widget next to it
	d.blocks[2].removed = ReasonCrumb    // next to a share widget
	d.blocks[3].removed = ReasonShare
	d.blocks[4].removed = ReasonShare
	d.nameShareBars()
	for i, want := range []string{ReasonMetadata, "", ReasonShare, ReasonShare, ReasonShare, ""} {
		if d.blocks[i].removed != want {
			t.Errorf("block %d %q: %q, want %q", i, d.blocks[i].text, d.blocks[i].removed, want)
		}
	}
}
