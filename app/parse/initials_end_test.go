package parse

import "testing"

// TestHeadlineInitialsEnd: a title-case headline ending with initials ("7:30
// P.m.", "D.C.") is a headline; a sentence's full stop after a lower-case
// word, or a line in sentence case ending with them, is not.
func TestHeadlineInitialsEnd(t *testing.T) {
	for s, want := range map[string]bool{
		"Harbour Hawks (12-3) At Valley Rams (9-6), 7:30 P.m.":                           true,
		"New Ferry Terminal Opens In Washington, D.C.":                                   true,
		"The ferry left the harbour at noon.":                                            false,
		"According to a survey by the Harbour Board more families move back in the U.S.": false,
	} {
		if got := LooksLikeHeadline(s); got != want {
			t.Errorf("LooksLikeHeadline(%q) = %v, want %v", s, got, want)
		}
	}
}
