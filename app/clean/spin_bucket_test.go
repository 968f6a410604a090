//go:build !wasm

package clean

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// The swaps the cleanup leaves and the words it changes wrongly, sorted by
// why, from what the lattice itself weighed (repairObserver), not from a
// pair of neighbours as missCause reads them:
//
//	go test -run 'TestSpinBuckets$' -v ./app/clean [-args -spinrate 0.8]
//
// Each article is spun as scoreSpun spins it and cleaned (the outcome
// counted); its paragraphs are then read again by lmRepairs alone, as
// appendSpun reads them, to see each spun word's candidates, the best one,
// and the verdicts of the margins and of the learned decision.

// spinUse is what the lattice weighed of one spun word.
type spinUse struct {
	best     string  // the best candidate
	hand     bool    // the margins repair it (or the article's other uses do)
	forest   float64 // the learned decision's log-odds (NaN without one)
	repaired bool    // lmRepairs repairs it
	cands    []string
	over     float64 // the best candidate's gain over the word as written (log ratio)
}

// bucketsOf cleans the articles spun at rate p and returns the swaps not
// undone and the wrong changes, each by cause, split by top 200 pairs.
func bucketsOf(t *testing.T, arts []string, p float64) (sc spinScores, topMiss, restMiss, wrong map[string]int, examples map[string][]string) {
	sp := loadSpinner(t)
	tab := loadTable()
	rng := rand.New(rand.NewPCG(17, 2026))
	// The pairs' frequencies, from the same spinner's run (scoreSpun
	// draws the same numbers).
	sc = scoreSpun(t, arts, p)
	top := sc.topSet(200)
	topMiss, restMiss, wrong = map[string]int{}, map[string]int{}, map[string]int{}
	examples = map[string][]string{}
	note := func(m map[string]int, cause, ex string) {
		m[cause]++
		if len(examples[cause]) < 12 {
			examples[cause] = append(examples[cause], ex)
		}
	}
	defer func() { repairObserver = nil }()
	for _, a := range arts {
		title, body, _ := strings.Cut(a, "\n")
		spunBody, swaps := sp.spin(body, p, rng)
		res := Clean(title + "\n" + spunBody)
		want := strings.Fields(body)
		spunF := strings.Fields(spunBody)
		var got []string
		for _, b := range res.Body() {
			if b.Kind == "paragraph" {
				got = append(got, strings.Fields(b.Text())...)
			}
		}
		if len(got) != len(want) || len(spunF) != len(want) {
			continue
		}
		// The lattice's view, by byte offset in the spun body.
		toks, repls, offs := latticeView(spunBody)
		tokAt := map[int]token{}
		ruleAt := map[int]string{}
		for k := range toks {
			for i, tk := range toks[k] {
				tokAt[offs[k]+int(tk.start)] = tk
				ruleAt[offs[k]+int(tk.start)] = repls[k][i]
			}
		}
		uses := map[int]*spinUse{}
		spun := res.Spin >= 0.5
		if spun {
			heavy := res.Spin >= heavySpinScore
			repairObserver = func(u repairUse, tk [][]token, heavy bool) (bool, bool) {
				su := &spinUse{best: u.b.cand.word, hand: u.hand >= 0 || u.typed, forest: -99, over: u.b.over}
				if f := tab.forest.pick(u.signs); f.leaf != nil {
					su.forest = f.score(repairFeatures(u, countWords(tk), heavy))
				}
				if e, ok := tab.entry(tk[u.block][u.tok].low); ok {
					su.cands = e.cands
				}
				uses[offs[u.block]+int(tk[u.block][u.tok].start)] = su
				return false, false
			}
			tab.lmRepairs(toks, repls, heavy)
			repairObserver = nil
			for k := range toks {
				for i, tk := range toks[k] {
					if u := uses[offs[k]+int(tk.start)]; u != nil {
						u.repaired = repls[k][i] != ""
					}
				}
			}
		}
		swapAt := map[int]swap{}
		for _, s := range swaps {
			swapAt[s.field] = s
		}
		// The byte offset of each field of the spun body.
		fieldOff := make([]int, 0, len(spunF))
		for i := 0; i < len(spunBody); {
			for i < len(spunBody) && (spunBody[i] == ' ' || spunBody[i] == '\n') {
				i++
			}
			if i < len(spunBody) {
				j := i // the field's first letter
				for j < len(spunBody) && spunBody[j] != ' ' && spunBody[j] != '\n' && !isWordByte(spunBody[j]) {
					j++
				}
				fieldOff = append(fieldOff, j)
			}
			for i < len(spunBody) && spunBody[i] != ' ' && spunBody[i] != '\n' {
				i++
			}
		}
		for i := range want {
			s, swapped := swapAt[i]
			ctx := strings.Join(spunF[max(0, i-3):min(len(spunF), i+4)], " ")
			if !swapped {
				if got[i] != want[i] {
					note(wrong, "clean word changed: "+wrongKind(uses, tokAt, ruleAt, fieldOff[i]), fmt.Sprintf("%s→%s (%s)", want[i], got[i], ctx))
				}
				continue
			}
			if got[i] == want[i] {
				continue
			}
			at := s.at
			m := restMiss
			if top[[2]string{s.orig, s.spun}] {
				m = topMiss
			}
			ex := fmt.Sprintf("%s→%s→%s (%s)", s.orig, s.spun, got[i], ctx)
			cause := missKind(tab, s, spun, uses[at], tokAt, ruleAt, at)
			if got[i] != spunF[i] && !strings.EqualFold(strings.Trim(got[i], ",.;:\"“”'’()"), s.orig) {
				// As scoreSpun counts a wrong repair.
				note(wrong, "swap repaired to another word: "+cause, ex)
			}
			note(m, cause, ex)
		}
	}
	return
}

// missKind sorts a swap not undone: (a) the table does not offer the
// original, (b) it does but the lattice or the decision did not take it,
// (c) the word was never weighed, (d) other.
func missKind(tab *spinTable, s swap, spun bool, u *spinUse, tokAt map[int]token, ruleAt map[int]string, at int) string {
	e, inTable := tab.entry(s.spun)
	offered := false
	for _, c := range e.cands {
		offered = offered || c == s.orig
	}
	tk, tokenised := tokAt[at]
	switch {
	case !inTable:
		return "a: spun word not in the table"
	case !offered:
		return "a: original not among the candidates"
	case !tokenised:
		return "c: not a token there (tokenisation)"
	case !spun:
		return "d: article not taken for spun"
	case functionSwaps[tk.low] != "" && ruleAt[at] == "" && u == nil:
		return "c: function word's rule declined (and no other candidate)"
	case ruleAt[at] != "":
		return "d: the rule repaired it to " + ruleAt[at]
	case !repairable(tk):
		return "c: not repairable (capital within a sentence, or short)"
	case tk.glued:
		return "c: glued (hyphen, apostrophe)"
	case u == nil:
		return "c: never weighed (other)"
	case u.repaired && u.best != s.orig:
		return "b: repaired to another candidate"
	case u.repaired:
		return "d: the lattice alone repairs it, the cleanup does not"
	case u.best != s.orig:
		return "b: another candidate reads better"
	case u.hand:
		return "b: best, margins repair, decision vetoes"
	}
	switch {
	case u.over < 0:
		return "b: best, short: the word as written reads better"
	case u.over < 3:
		return "b: best, short: gain 0-3"
	case u.over < 7:
		return "b: best, short: gain 3-7"
	}
	return "b: best, short: gain 7 or more (lead or decision)"
}

// wrongKind sorts a clean word the cleanup changed.
func wrongKind(uses map[int]*spinUse, tokAt map[int]token, ruleAt map[int]string, at int) string {
	if _, ok := tokAt[at]; !ok {
		return "not a token"
	}
	if ruleAt[at] != "" {
		return "function word's rule"
	}
	u := uses[at]
	switch {
	case u == nil:
		return "not weighed (variant?)"
	case u.hand:
		return "margins (decision kept it)"
	}
	return "decision added it"
}

// TestSpinBuckets logs the causes (see above) on the held-out BBC articles
// (for the record: TestSpinBucketsChoosing reads the choosing sets).
func TestSpinBuckets(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	logBuckets(t, "held-out BBC", heldOutBBC(t))
}

// logBuckets logs the causes of the swaps left and the wrong repairs in
// the articles spun at evalSpinRate.
func logBuckets(t *testing.T, name string, arts []string) {
	sc, topM, restM, wrong, ex := bucketsOf(t, arts, *evalSpinRate)
	sum := func(m map[string]int) (n int) {
		for _, v := range m {
			n += v
		}
		return
	}
	sc.report(t)
	t.Logf("%s: not undone, top 200 pairs (%d): %s", name, sum(topM), formatCauses(topM))
	t.Logf("%s: not undone, others (%d): %s", name, sum(restM), formatCauses(restM))
	t.Logf("%s: wrong (%d): %s", name, sum(wrong), formatCauses(wrong))
	for k, v := range ex {
		t.Logf("%s: %s: %v", name, k, v)
	}
	// The causes account for every swap scoreSpun finds left and every
	// wrong repair it counts.
	if n := sum(topM) + sum(restM); n != sc.swaps-sc.undone {
		t.Errorf("%d swaps left sorted by cause, scoreSpun counts %d", n, sc.swaps-sc.undone)
	}
	if n := sum(wrong); n != sc.wrong {
		t.Errorf("%d wrong repairs sorted by cause, scoreSpun counts %d", n, sc.wrong)
	}
}

// latticeView tokenizes each paragraph of a spun body as the cleanup does
// and asks the lattice's repair of every token: the tokens, their repairs
// and each paragraph's byte offset in the body.
func latticeView(spunBody string) (toks [][]token, repls [][]string, offs []int) {
	for off := 0; off < len(spunBody); {
		end := strings.Index(spunBody[off:], "\n\n")
		if end < 0 {
			end = len(spunBody) - off
		}
		para := spunBody[off : off+end]
		tk := tokenize([]Segment{{Text: para}}, para, lower(para))
		repl := make([]string, len(tk))
		for i := range tk {
			repl[i] = spunRepair(tk, i)
		}
		toks, repls, offs = append(toks, tk), append(repls, repl), append(offs, off)
		off += end + 2
	}
	return toks, repls, offs
}
