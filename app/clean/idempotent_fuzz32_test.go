package clean

import "testing"

// TestFuzz32Idempotent holds the inputs FuzzClean found not idempotent in
// the twenty-ninth session, helper fuzz32 (their seeds are in testdata/fuzz/FuzzClean), each with the
// rendering it must give once and again.
func TestFuzz32Idempotent(t *testing.T) {
	checkIdempotent(t, []idempotentCase{
		// A page's first line too short for a headline, which the parse
		// reads as the title line, over a headline (its spun words
		// repaired): the rendering writes it first as a heading, a
		// section's label over the headline there, so it is one here too.
		{"short title line over a headline",
			"00 Astatine\n0 Co enactment maine", "0 Co enactment me\n"},
		// A hashtag's stub with a figure ("#A 0") the metadata rule took
		// away between an appeal's opening and its text: gone from the
		// rendering, it ends the appeal no more than "#A" alone does.
		{"hashtag and figure inside an appeal",
			"DeAr reAder\n#A 0\n$ 0 0 0 0 0 0 us 0", "\n"},
	})
}
