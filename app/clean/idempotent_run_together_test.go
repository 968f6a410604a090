package clean

import "testing"

// TestRunTogetherHeadline: of two copies of the headline, one with its
// words run together ("HarbourCouncilVotes…", a headline set in spans the
// extraction glued), the spaced one is the title, and the short lines
// between the title line and a glued copy under it go as the page's
// header: the rendering, which writes the spaced title first, cleans to
// itself. The fuzzer's inputs are in testdata/fuzz/FuzzClean
// (glued_title_line_over_spaced_headline,
// line_and_label_over_glued_headline).
func TestRunTogetherHeadline(t *testing.T) {
	const lede = "The harbour council voted on Tuesday evening to close the old quay to cars from the spring, after two years of complaints about the state of its stones."
	checkIdempotent(t, []idempotentCase{
		// The title line runs the headline's words together, the page's
		// headline under it spaces them: the headline is the title (a
		// cleaning of the rendering, the glued line first, took the
		// spaced one for it).
		{"glued title line over the spaced headline",
			"HarbourCouncilVotesToCloseTheOldQuay in Port Ellis | Harbour Ledger\nHarbour council votes to close the old quay in Port Ellis\n" + lede,
			"Harbour council votes to close the old quay in Port Ellis\n\n" + lede + "\n"},
		{"the same, as the fuzzer wrote it",
			"SAudiArABiAtoopenfirstsolArpAnelfACtorY in NEOM | 00\nSAudiArABiA to open first solAr pAnel fACtorY in NEOM",
			"SAudiArABiA to open first solAr pAnel fACtorY in NEOM\n"},
		// The spaced headline over its glued copy: the copy goes, and
		// no title is inferred from the lede.
		{"spaced headline over its glued copy",
			"Harbour council votes to close the old quay\nHarbourCouncilVotesToCloseTheOldQuay\n" + lede,
			"Harbour council votes to close the old quay\n\n" + lede + "\n"},
		// The page's title line, the site's labels, then the headline
		// glued: the title line's headline is the title, the glued copy
		// goes, and the labels between with it, whatever their number
		// and shape (the rendering wrote them under the title, where a
		// cleaning of it read them in the header's zone).
		{"three labels over a glued headline",
			"Harbour council votes to close the old quay – Harbour Ledger\nWaterfront\nPort Ellis news\nTown Hall\nHarbourCouncilVotesToCloseTheOldQuay\n" + lede,
			"Harbour council votes to close the old quay\n\n" + lede + "\n"},
		{"the same, as the fuzzer wrote it",
			"EthiopiAKenYA Agree on new Cross Border power line – 0\nA\nB A\nEthiopiAKenYAAgreeonnewCrossBorderpowerline\n0 0",
			"EthiopiAKenYA Agree on new Cross Border power line\n\n0 0\n"},
	})
}
