package clean

import "testing"

// TestFuzz38Idempotent holds the inputs FuzzClean found not idempotent in
// the thirty-second session, helper fuzz38 (the fuzzer's inputs are in
// testdata/fuzz/FuzzClean: label_over_glued_headline), each with the
// rendering it must give once and again.
func TestFuzz38Idempotent(t *testing.T) {
	checkIdempotent(t, []idempotentCase{
		// A section's label between the page's title line and its
		// headline with the words run together (a headline set in spans
		// the extraction glued): chooseTitle made the glued line the
		// title, its words taken from the title line, and kept the label
		// over it, as the glued line reads as no headline; the rendering
		// wrote the label under the title, where a second cleaning
		// removed it as header matter. labelOverTitle reads the title
		// block as the title the rendering writes.
		{"label over a headline whose words run together",
			"Ferry timetable keeps slipping on the harbour route – Harbour Ledger\n\nTransport\n\nFerrytimetablekeepsslippingontheharbourroute\n\nThe harbour ferry ran late on eleven of the last fourteen mornings, and the operator blames a shortage of qualified deckhands.",
			"Ferry timetable keeps slipping on the harbour route\n\nThe harbour ferry ran late on eleven of the last fourteen mornings, and the operator blames a shortage of qualified deckhands.\n"},
		{"the same, as the fuzzer wrote it",
			"EthiopiAKenYA Agree on new Cross Border power line – 0\n\nB A\nEthiopiAKenYAAgreeonnewCrossBorderpowerline\n0 0",
			"EthiopiAKenYA Agree on new Cross Border power line\n\n0 0\n"},
	})
}
