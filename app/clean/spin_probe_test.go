//go:build !wasm

package clean

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// TestSpinProbe writes, for a choosing set spun as scoreSpun spins it, one
// JSON line per swap and per word the lattice weighed: the truth, what the
// cleanup left, the lattice's best candidate and its gain, lead and the
// confusion models' say, the learned decision's log-odds and thresholds,
// and the raw log-odds of every confusion model of the word as written (at
// that use, before the rules' repairs are weighed by the lattice). For
// sorting the misses of the top pairs by cause outside Go:
//
//	SPIN_PROBE=/tmp/p.jsonl SPIN_DUMP_SET=other go test -run 'TestSpinProbe$' . [-args -foldtable F -foldn 4]
func TestSpinProbe(t *testing.T) {
	out := os.Getenv("SPIN_PROBE")
	if out == "" {
		t.Skip("set SPIN_PROBE")
	}
	run := func() {
		var arts []string
		switch os.Getenv("SPIN_DUMP_SET") {
		case "other":
			arts = otherNewsArticles(t)
		case "reu":
			arts = foldArticles(t, reutersCorpus, *foldN)
		default:
			arts = foldArticles(t, bbcPath, *foldN)
		}
		f, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		enc := json.NewEncoder(f)
		probeArticles(t, arts, *evalSpinRate, func(r probeRec) {
			if err := enc.Encode(r); err != nil {
				t.Fatal(err)
			}
		})
	}
	if *foldTable != "" {
		withFoldTable(t, run)
	} else {
		run()
	}
}

// probeRec is one line of TestSpinProbe.
type probeRec struct {
	Art      int                `json:"a"`
	Orig     string             `json:"o"`           // the truth ("" for a writer's word)
	Spun     string             `json:"s"`           // the word as written (lower case)
	Got      string             `json:"g"`           // what the cleanup left (lower case, trimmed)
	SpunDoc  bool               `json:"sd"`          // the article counted as spun
	Weighed  bool               `json:"w"`           // the lattice weighed it
	Best     string             `json:"b,omitempty"` // its best candidate
	Over     float64            `json:"ov"`
	Lead     float64            `json:"ld"`
	Conf     float64            `json:"cf"` // b.conf (scaled, less the margin; 0 without a model)
	Hand     float64            `json:"h"`
	Typed    bool               `json:"ty"`
	Forest   float64            `json:"fp"`
	Veto     float64            `json:"fv"`
	Add      float64            `json:"fa"`
	Wild     bool               `json:"wi"`
	Rule     string             `json:"r,omitempty"` // the rules' repair
	Cands    []string           `json:"c,omitempty"`
	Raw      map[string]float64 `json:"raw,omitempty"` // candidate → the confusion model's raw log-odds
	Ctx      string             `json:"x"`
	Features []float64          `json:"f,omitempty"`
}

// probeArticles spins and cleans arts as scoreSpun does (the same random
// numbers) and calls emit for every swap and every weighed word.
func probeArticles(t *testing.T, arts []string, p float64, emit func(probeRec)) {
	sp := loadSpinner(t)
	tab := loadTable()
	rng := rand.New(rand.NewPCG(17, 2026))
	defer func() { repairObserver = nil }()
	for ai, a := range arts {
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
		toks, repls, offs := latticeView(spunBody)
		// The confusion models' raw log-odds of every candidate of every
		// token, before the lattice's repairs.
		raw := map[int]map[string]float64{}
		ruleAt := map[int]string{}
		cc := &confContext{m: &tab.lm.conf}
		for k := range toks {
			for i, tk := range toks[k] {
				at := offs[k] + int(tk.start)
				ruleAt[at] = repls[k][i]
				e, ok := tab.entry(tk.low)
				if !ok {
					continue
				}
				for _, c := range e.cands {
					if m := tab.lm.conf.get(tk.low, c); m != nil {
						if raw[at] == nil {
							raw[at] = map[string]float64{}
						}
						raw[at][c] = cc.score(m, toks[k], repls[k], i)
					}
				}
			}
		}
		uses := map[int]*probeRec{}
		if res.Spin >= 0.5 {
			heavy := res.Spin >= heavySpinScore
			wild := tab.cache().wildSpinner(toks)
			repairObserver = func(u repairUse, tk [][]token, heavy bool) (bool, bool) {
				r := &probeRec{Weighed: true, Best: u.b.cand.word, Over: u.b.over, Lead: min(u.b.lead, 99), Conf: u.b.conf,
					Hand: u.hand, Typed: u.typed, Forest: -99, Wild: wild}
				if f := tab.forest.pick(u.signs); f.leaf != nil {
					x := repairFeatures(u, countWords(tk), heavy)
					r.Forest = f.score(x)
					r.Veto, r.Add = f.veto, f.add
					if !u.written.known && f == &tab.forest {
						r.Add -= unknownAddEase
					}
					r.Features = x[:]
				}
				uses[offs[u.block]+int(tk[u.block][u.tok].start)] = r
				return false, false
			}
			tab.lmRepairs(toks, repls, heavy)
			repairObserver = nil
		}
		swapAt := map[int]swap{}
		for _, s := range swaps {
			swapAt[s.field] = s
		}
		fieldOff := fieldOffsets(spunBody)
		for i := range want {
			s, swapped := swapAt[i]
			at := fieldOff[i]
			u := uses[at]
			if !swapped && u == nil {
				continue
			}
			r := probeRec{}
			if u != nil {
				r = *u
			}
			r.Art = ai
			r.SpunDoc = res.Spin >= 0.5
			r.Spun = strings.ToLower(strings.Trim(spunF[i], ",.;:\"“”'’()!?"))
			r.Got = strings.ToLower(strings.Trim(got[i], ",.;:\"“”'’()!?"))
			if swapped {
				r.Orig = s.orig
				r.Spun = s.spun
			}
			r.Rule = ruleAt[at]
			r.Raw = raw[at]
			if e, ok := tab.entry(r.Spun); ok {
				r.Cands = e.cands
			}
			r.Ctx = strings.Join(spunF[max(0, i-5):min(len(spunF), i+6)], " ")
			emit(r)
		}
	}
}

// fieldOffsets returns the byte offset of each field's first letter in a
// spun body (as bucketsOf finds them).
func fieldOffsets(spunBody string) []int {
	var fieldOff []int
	for i := 0; i < len(spunBody); {
		for i < len(spunBody) && (spunBody[i] == ' ' || spunBody[i] == '\n') {
			i++
		}
		if i < len(spunBody) {
			j := i
			for j < len(spunBody) && spunBody[j] != ' ' && spunBody[j] != '\n' && !isWordByte(spunBody[j]) {
				j++
			}
			fieldOff = append(fieldOff, j)
		}
		for i < len(spunBody) && spunBody[i] != ' ' && spunBody[i] != '\n' {
			i++
		}
	}
	return fieldOff
}
