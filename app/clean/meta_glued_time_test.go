package clean

import "testing"

// TestDateWithGluedTime: a date with its time's "a.m." or "p.m." glued to
// the figures ("Tue, 10 Mar 2026 9:40a.m.") is a date line, as with a space
// before it: the headline above it is found past it.
func TestDateWithGluedTime(t *testing.T) {
	for _, s := range []string{"Tue, 10 Mar 2026 9:40a.m.", "Tue, 10 Mar 2026 9:40 a.m.", "March 10, 2026 11:05p.m."} {
		if !isMetadataLine(s, lower(s), words(s)) {
			t.Errorf("isMetadataLine(%q) = false, want a date line", s)
		}
	}
	if s := "Tue, 10 Mar 2026 the mayor resigned."; isMetadataLine(s, lower(s), words(s)) {
		t.Errorf("isMetadataLine(%q) = true, want a sentence", s)
	}
}
