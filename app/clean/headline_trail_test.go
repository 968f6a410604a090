package clean

import (
	"strings"
	"testing"
)

// TestHeadlineUnderTrail: the line a breadcrumb trail right above it ends
// with is the headline, when it tells the story; a trail that ends with
// the section's name over the section's label names none.
func TestHeadlineUnderTrail(t *testing.T) {
	lede := "The skipper of the night ferry has quit after a row over the storm crossing, the harbour board said on Monday."
	page := func(trail, line string) *doc {
		return newDoc(strings.Join([]string{"Home", "News", trail, line, "Ferry Timetables 2026", "By Jo Reed", lede,
			"She had sailed the route for twenty years, and the board thanked her for her service to the island."}, "\n\n"))
	}
	d := page("Navigation: Home : News : Night ferry skipper quits after storm row", "Night ferry skipper quits after storm row")
	if e := headlineUnderTrail(d, 6); e != 3 {
		t.Errorf("headlineUnderTrail = %d, want 3 (the line the trail ends with)", e)
	}
	for _, w := range [][2]string{
		{"News > World - Wire", "World - Wire"},
		{"Home > Ferry News", "Ferry News"},
		{"Home > Timetables", "Night ferry skipper quits after storm row"},
	} {
		if e := headlineUnderTrail(page(w[0], w[1]), 6); e >= 0 {
			t.Errorf("headlineUnderTrail(%q over %q) = %d, want none", w[0], w[1], e)
		}
	}
}
