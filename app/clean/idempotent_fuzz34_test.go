package clean

import "testing"

// TestFuzz34Idempotent holds the inputs FuzzClean found not idempotent in
// the thirtieth session, helper fuzz34 (their seeds are in
// testdata/fuzz/FuzzClean), each with the rendering it must give once and
// again.
func TestFuzz34Idempotent(t *testing.T) {
	checkIdempotent(t, []idempotentCase{
		// A place in capitals under the headline ("AA") over a menu's
		// entry the header zone removes later ("0 0 0 0 0"): the place
		// was read with the entry still under it, so it stayed, and a
		// second cleaning, where it stands over the lede, removed it as a
		// dateline. The place is read over the next line kept.
		{"place dateline over a header line removed later",
			"X00 000000\nAA\n0 0 0 0 0\nA\n0 0 0 0 0 0 0 0 0 0 0 !",
			"X00 000000\n\n0 0 0 0 0 0 0 0 0 0 0 !\n"},
		// "More" and a word over two link items with a tag line between
		// ("#0000000000", removed as metadata): the removed line ended the
		// list at one link, so the section stayed, and a second cleaning,
		// without the tag line, read two links under it and removed it
		// and them. The links are counted past lines removed already.
		{"more section over links with a removed tag line between",
			"Support M\nA\nmore A A\nA A A A A\n#0000000000\n00000000000000000000000000000000000000000 0",
			"A\n"},
	})
}
