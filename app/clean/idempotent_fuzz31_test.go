package clean

import "testing"

// TestFuzz31Idempotent holds the inputs FuzzClean found not idempotent in
// session 31 (their seeds are in testdata/fuzz/FuzzClean), each with the
// rendering it must give once and again.
func TestFuzz31Idempotent(t *testing.T) {
	checkIdempotent(t, []idempotentCase{
		// A place in capitals under a short headline whose appeal above
		// goes only after ruleMetadataLine: under the rendering's title
		// line it is a dateline, so it is one here too.
		{"dateline under a headline an appeal was over",
			"Support 0\n0 000000\nAA\n0 0 0 0 0 0 0 0 0 0 0 !", "0 000000\n\n0 0 0 0 0 0 0 0 0 0 0 !\n"},
		// An editor's initials under the story sign it off only under
		// its last sentence: under another short line, that line would
		// be taken for them the second time.
		// The same, the line over the headline a section's label that
		// goes only when the title is chosen.
		{"dateline under a headline a label was over",
			"0A\n00 0 0 A\nA\n0 0 0 0 0 0 0 0 0 0 0 !", "00 0 0 A\n\n0 0 0 0 0 0 0 0 0 0 0 !\n"},
		{"initials under a short line", "000000000\naaa\naa", "000000000\n\naaa\n\naa\n"},
	})
}
