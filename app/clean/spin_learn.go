package clean

import (
	"math"
	"strings"
)

// The learned decision of the news model's repairs. The hand-set margins
// (repairNeed, rarityPrior, confLead) give a verdict on the best candidate
// original that decodeRun finds for a spun word; boosted trees over the
// evidence decodeRun has, that verdict and what the article says of the
// word elsewhere (repairFeatures) keep it or not, and repair a candidate
// the margins leave (repairForest). TestLearnRepairs (spin_learn_test.go)
// trains them on text spun by the test spinner and writes the table's
// lines; without them the margins alone decide. Articles whose rate signs
// (spin_rate.go) say the spinner swapped most of the words it can have a
// decision of their own (repairForest.high), trained on such text.

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
	// How many other uses of the written word the article has, how many
	// of them the margins alone repair to the same candidate, and how
	// many words of the article they repair.
	others, othersSure, sure int
	// signs are the article's signs of how much the spinner swapped.
	signs rateSigns
	// candWritten is how many times the article writes the candidate
	// (a word on its topic: the spinner leaves some of its uses alone).
	candWritten int
}

// repairObserver, when not nil, is told of every candidate repair
// lmRepairs weighs, with the article's blocks (toks) and whether it is
// heavily spun; where it returns decided, its repair replaces the margins'
// verdict. Nil but in TestLearnRepairs.
var repairObserver func(u repairUse, toks [][]token, heavy bool) (repair, decided bool)

// nRepairFeatures is the length of repairFeatures' vector.
const nRepairFeatures = 39

// repairFeatures returns the features of a candidate repair u, in an
// article of words words, heavily spun or not, that the learned decision
// weighs (see repairForest). It calls nothing but math.Log1p and math.Exp:
// each call costs the wasm code.
func repairFeatures(u repairUse, words int, heavy bool) *[nRepairFeatures]float64 {
	b := &u.b
	x := new([nRepairFeatures]float64)
	x[0] = 1
	x[1] = max(-15, min(15, u.hand))
	over := max(-15, min(25, b.over))
	x[2] = over
	x[3] = max(-5, min(20, b.lead)) // +Inf for one candidate
	x[4] = max(-15, min(20, b.left))
	x[5] = max(-15, min(20, b.right))
	x[6], x[7] = -1, -1
	if b.cand.known {
		x[6] = logCount[b.cand.q]
	}
	if u.written.known {
		x[7] = logCount[u.written.q]
	}
	if heavy {
		x[8], x[19] = 1, over
	}
	for i, f := range [...]bool{9: b.single, 10: u.runLen == 1, 11: b.cand.first, 12: b.cand.secondary, 13: b.cand.seen,
		17: b.rare, 20: u.hand >= 0, 21: u.typed} {
		if f {
			x[i] = 1
		}
	}
	x[14] = b.cand.fanCost
	x[15] = max(-10, min(10, b.conf))
	x[16] = float64(min(b.ncand, 6))
	x[18] = float64(min(u.runLen, 12))
	x[22] = math.Log1p(float64(u.others))
	x[23] = math.Log1p(float64(u.othersSure))
	x[24] = float64(u.othersSure) / float64(max(u.others, 1))
	x[25] = 100 * float64(u.sure) / float64(max(words, 1))
	x[26] = u.signs.share()
	x[27] = 100 * float64(u.signs.origOnly) / float64(max(words, 1))
	x[28] = math.Log1p(float64(u.candWritten))
	// The candidate's uses in the article against what its frequency in
	// news prose leads to expect (log ratio, each plus one): a word on
	// the article's topic is used more often than usual.
	if b.cand.known {
		x[29] = x[28] - math.Log1p(float64(words)*math.Exp(x[6]-logNewsWords))
	}
	// The spinner's odds of the written word and the candidate's share
	// of them, the pairs' kinds and how well the written word fits its
	// neighbours (bestReading).
	x[30] = max(-10, min(15, b.prior))
	x[31] = max(-10, b.share)
	for k, v := range b.kinds {
		x[32+k] = float64(v)
	}
	x[36] = max(-10, min(10, b.pmiLeft))
	x[37] = max(-10, min(10, b.pmiRight))
	// The written word's uses in the article against what its frequency
	// in news prose leads to expect: a spinner's swaps crowd an article
	// with words news prose seldom writes.
	x[38] = math.Log1p(float64(u.others+1)) - math.Log1p(float64(words)*math.Exp(max(0, x[7])-logNewsWords))
	return x
}

// unknownAddEase is how much less log-odds the first learned decision
// needs to repair, of its own, a candidate for a word news prose never
// writes (the news model does not count it: "vino", "antecedently",
// "cigaret"). Nearly all of those are the spinner's (98% of such candidates
// in fold 4's BBC spun at 0.5 are the swapped original), mostly of pairs
// outside the 200 most frequent, and the trees, which see the counts, leave
// most of them short of add: a log-odds of 4.25 is as often right there as
// one of 5 for a word news prose writes. Chosen on fold 4's BBC and other
// news with the veto at 3.25 (TestLearnRepairs: 0, 0.5, 0.75 and 1 tried).
// The second decision (repairForest.high) is not eased: with its trees
// refitted on the fold tables, an ease of 0.5 undid more of the others'
// swaps in fold 4's BBC at 0.8 and 1.0 (0.249 -> 0.264, 0.273 -> 0.291) for
// 3 and 5 more wrong repairs (35 -> 38, 42 -> 47), and 4 more at 0.5.
const unknownAddEase = 0.75

// logNewsWords is the log of the words the news model counted, about
// (the table's total: 2.0 million when the features were set, 2.3 million
// since it reads web prose too; the trees are fitted with this constant).
var logNewsWords = math.Log(2.0e6)

// forestDepth is the depth of the learned decision's trees where its "#d"
// or "#h" line names none.
const forestDepth = 3

// maxForestDepth bounds the depth a "#d" or "#h" line may name.
const maxForestDepth = 8

// repairForest is the learned decision: boosted regression trees over
// repairFeatures whose leaves sum to the log-odds that a repair is right.
// A candidate the margins repair is kept from veto on, and any other is
// repaired from add on. The table's "#d veto add [depth]" line and "#t"
// lines (a tree each: its splits level by level, "f v" where feature f
// above v goes right, then its leaves) give it, the numbers in thousandths
// (depth forestDepth where the line names none). A "#h gate veto add
// [depth]" line starts a second decision, whose "#t" lines follow it, for
// the articles whose rate signs' share (rateSigns.share) is gate or more:
// those the spinner swapped most of the words it can in.
type repairForest struct {
	feat      []uint8
	split     []float64
	leaf      []float64
	veto, add float64
	depth     int // 0: forestDepth
	// high, when not nil, decides for the articles at gate or more.
	high *repairForest
	gate float64
}

// pick returns the decision for an article with rate signs s.
func (f *repairForest) pick(s rateSigns) *repairForest {
	if f.high != nil && s.share() >= f.gate {
		return f.high
	}
	return f
}

// treeDepth returns the depth of f's trees.
func (f *repairForest) treeDepth() int {
	if f.depth == 0 {
		return forestDepth
	}
	return f.depth
}

// parseDepth reads a "#d" or "#h" line's depth field, if any.
func parseDepth(fs []string, at int) int {
	if len(fs) > at {
		return min(max(atoi(fs[at]), 1), maxForestDepth)
	}
	return 0
}

// parseLine reads a "#d", "#h" or "#t" line of the table's header.
func (f *repairForest) parseLine(line string) {
	nodes := 1<<f.treeDepth() - 1
	fs := strings.Fields(line)
	milli := func(s string) float64 { return float64(atoi(s)) / 1000 }
	switch {
	case (len(fs) == 4 || len(fs) == 5) && fs[0] == "#h":
		f.high = &repairForest{veto: milli(fs[2]), add: milli(fs[3]), depth: parseDepth(fs, 4)}
		f.gate = milli(fs[1])
	case f.high != nil:
		f.high.parseLine(line)
	case (len(fs) == 3 || len(fs) == 4) && fs[0] == "#d":
		f.veto, f.add = milli(fs[1]), milli(fs[2])
		f.depth = parseDepth(fs, 3)
	case len(fs) == 2+3*nodes && fs[0] == "#t":
		for i := range nodes {
			f.feat = append(f.feat, uint8(min(max(atoi(fs[1+2*i]), 0), nRepairFeatures-1)))
			f.split = append(f.split, milli(fs[2+2*i]))
		}
		for _, l := range fs[1+2*nodes:] {
			f.leaf = append(f.leaf, milli(l))
		}
	}
}

// score returns the forest's log-odds for x.
func (f *repairForest) score(x *[nRepairFeatures]float64) float64 {
	depth := f.treeDepth()
	nodes := 1<<depth - 1
	s := 0.0
	for t := range len(f.feat) / nodes {
		n := 0
		for range depth {
			k := t*nodes + n
			n = 2*n + 1
			if x[f.feat[k]] > f.split[k] {
				n++
			}
		}
		s += f.leaf[t*(nodes+1)+n-nodes]
	}
	return s
}
