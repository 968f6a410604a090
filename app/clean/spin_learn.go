package clean

// A hook for learning the decision of the news model's repairs: the
// hand-set margins (repairNeed, rarityPrior, confLead) decide whether the
// best candidate original that decodeRun finds for a spun word is
// repaired. TestLearnRepairs (spin_learn_test.go) records every candidate
// with the evidence decodeRun has, on text spun by the test spinner, and
// weighs a learned decision against the margins.

// repairUse is a candidate repair lmRepairs weighs.
type repairUse struct {
	block, tok int
	b          bestReading // what decodeRun found
	written    reading     // the word as written
	// hand is the hand-set margins' value (repaired from 0), margin the
	// margin it needed (repairNeed).
	hand, margin float64
	runLen       int // the length of the word's run
	// typed: the article repairs the written word to the candidate
	// elsewhere, and a spinner swaps a word the same way throughout an
	// article, so the margins repair it too.
	typed bool
	// Set only for repairObserver: how many other uses of the written
	// word the article has, how many of them the margins alone repair to
	// the same candidate, and how many words of the article they repair.
	others, othersSure, sure int
}

// repairObserver, when not nil, is told of every candidate repair
// lmRepairs weighs, with the article's blocks (toks) and whether it is
// heavily spun; where it returns decided, its repair replaces the margins'
// verdict. Nil but in TestLearnRepairs.
var repairObserver func(u repairUse, toks [][]token, heavy bool) (repair, decided bool)
