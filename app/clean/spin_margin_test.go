package clean

import "testing"

// TestRepairNeed checks the margin for a frequent original: lower the more
// frequent the original, never above repairMargin nor below freqMargin for
// the spinner's only original of the written word, nor above severalMargin
// nor below severalFreqMargin for one of several, which needs a clearer
// lead over the other originals once its margin falls. In an article that
// is not heavily spun, one of several needs the full margin, and the
// margin of the only one falls from lightFreqMinQ; the most frequent of
// several needs a lead firstLead, not severalLead, more than ambiguity; a
// word alone between
// punctuation needs the full margin whatever its original.
func TestRepairNeed(t *testing.T) {
	prev, prevSeveral := repairMargin+1, severalMargin+1
	for q := 0; q < len(logCount); q++ {
		r := reading{known: true, q: q}
		m, _ := repairNeed(r, true, false, true)
		if m > prev || m > repairMargin || m < freqMargin || q <= freqMinQ && m != repairMargin {
			t.Errorf("q %d: margin %.2f after %.2f", q, m, prev)
		}
		prev = m
		ms, lead := repairNeed(r, false, false, true)
		if ms > prevSeveral || ms > severalMargin || ms < severalFreqMargin {
			t.Errorf("q %d, one of several: margin %.2f after %.2f", q, ms, prevSeveral)
		}
		if ms < severalMargin && lead != ambiguity+severalLead || ms == severalMargin && lead != ambiguity {
			t.Errorf("q %d, one of several: margin %.2f, lead %.2f", q, ms, lead)
		}
		prevSeveral = ms
		// The most frequent of several originals needs a smaller lead.
		r.first = true
		if mf, lead := repairNeed(r, false, false, true); mf != ms || ms < severalMargin && lead != ambiguity+firstLead || ms == severalMargin && lead != ambiguity {
			t.Errorf("q %d, the first of several: margin %.2f, lead %.2f", q, mf, lead)
		}
		if m, lead := repairNeed(r, false, false, false); m != repairMargin || lead != ambiguity {
			t.Errorf("q %d, one of several, not heavily spun: %.2f, %.2f", q, m, lead)
		}
		if m, _ := repairNeed(r, true, false, false); q <= lightFreqMinQ && m != repairMargin || q >= freqFullQ && m != freqMargin {
			t.Errorf("q %d, not heavily spun: margin %.2f", q, m)
		}
		for _, heavy := range []bool{false, true} {
			if m, lead := repairNeed(r, true, true, heavy); m != repairMargin || lead != ambiguity {
				t.Errorf("q %d, alone: %.2f, %.2f", q, m, lead)
			}
		}
	}
	if prev != freqMargin || prevSeveral != severalFreqMargin {
		t.Errorf("the most frequent original's margins %.2f, %.2f, want %.2f, %.2f", prev, prevSeveral, freqMargin, severalFreqMargin)
	}
	tb := loadTable()
	on := tb.lm.reading("on", false)
	if m, _ := repairNeed(on, true, false, false); m != freqMargin {
		t.Errorf("margin for %q (q %d): %.2f", "on", on.q, m)
	}
	// "past" stands for "by" and "last": in a heavily spun article "by"
	// is frequent enough for a margin below the full one.
	by := tb.lm.reading("by", false)
	if m, _ := repairNeed(by, false, false, true); m > repairMargin/2 {
		t.Errorf("margin for %q (q %d) as one of several originals: %.2f", "by", by.q, m)
	}
}

// TestHeavySpinMargins: by the margins alone, a heavily spun article
// repairs a frequent original of several ("hold" for "have", "keep", ...)
// that a lightly spun one leaves alone; the learned decision
// (spin_learn.go) repairs it in both.
func TestHeavySpinMargins(t *testing.T) {
	const text = "The ministers hold agreed to meet again next month."
	tab := loadTable()
	if tab.forest.leaf == nil {
		t.Fatal("the table has no learned decision")
	}
	for _, heavy := range []bool{false, true} {
		toks := [][]token{tokenize([]Segment{{Text: text}}, text, lower(text))}
		repls := [][]string{make([]string, len(toks[0]))}
		tab.lmRepairs(toks, repls, heavy)
		if repls[0][2] != "have" {
			t.Errorf("learned, heavy %v: %q repaired to %q, want %q", heavy, toks[0][2].word, repls[0][2], "have")
		}
	}
	defer func(f repairForest) { tab.forest = f }(tab.forest)
	tab.forest = repairForest{}
	for _, heavy := range []bool{false, true} {
		toks := [][]token{tokenize([]Segment{{Text: text}}, text, lower(text))}
		repls := [][]string{make([]string, len(toks[0]))}
		loadTable().lmRepairs(toks, repls, heavy)
		want := ""
		if heavy {
			want = "have"
		}
		if repls[0][2] != want {
			t.Errorf("heavy %v: %q repaired to %q, want %q", heavy, toks[0][2].word, repls[0][2], want)
		}
	}
}

// TestRepairObserver: repairObserver sees each candidate repair with the
// margins' verdict, and its decision, where it makes one, replaces theirs
// (TestLearnRepairs weighs a learned decision so).
func TestRepairObserver(t *testing.T) {
	const text = "The ministers hold agreed to meet again next month."
	defer func() { repairObserver = nil }()
	for _, c := range []struct {
		decide, repair bool
		want           string
	}{{false, false, "have"}, {true, false, ""}, {true, true, "have"}} {
		seen := 0
		repairObserver = func(u repairUse, _ [][]token, heavy bool) (bool, bool) {
			if u.b.cand.word == "have" && u.hand >= 0 && heavy {
				seen++
			}
			return c.repair, c.decide
		}
		toks := [][]token{tokenize([]Segment{{Text: text}}, text, lower(text))}
		repls := [][]string{make([]string, len(toks[0]))}
		loadTable().lmRepairs(toks, repls, true)
		if repls[0][2] != c.want || seen != 1 {
			t.Errorf("decide %v, repair %v: %q repaired to %q (want %q), seen %d", c.decide, c.repair, toks[0][2].word, repls[0][2], c.want, seen)
		}
	}
}
