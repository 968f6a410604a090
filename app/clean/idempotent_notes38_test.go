package clean

import "testing"

// TestLoneNotesHeadingIdempotent: a "Notes" heading over a bar of links
// (removed as navigation) stays, and cleaning that rendering — a page of
// the one word — keeps it too: the footnotes' heading goes only under
// kept text. Found by FuzzClean (fuzz36).
func TestLoneNotesHeadingIdempotent(t *testing.T) {
	in := "Notes\n« 0 00 0 00 00 00 00 00 0 0 0 000000 00000 00000000 0"
	once := Clean(in).Render()
	if twice := Clean(once).Render(); once != twice {
		t.Errorf("not idempotent:\n%q\n%q", once, twice)
	}
}
