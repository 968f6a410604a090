package clean

import "testing"

// TestTokenBoundaries: a word after a comma (and quotation marks) within a
// sentence is marked afterComma, as internal/gen's Tokens marks it; a
// sentence's first word and a word after other punctuation are not.
func TestTokenBoundaries(t *testing.T) {
	const text = `Prices rose, merely it fell. Then, "it went": on and (so)`
	toks := tokenize([]Segment{{Text: text}}, text, lower(text))
	comma := map[int]bool{2: true, 6: true} // "merely", the second "it"
	for i, tk := range toks {
		if tk.afterComma != comma[i] {
			t.Errorf("%q (%d): afterComma %v", tk.word, i, tk.afterComma)
		}
	}
	if len(toks) != 11 || boundaryWord(toks[5]) != sentenceStart || boundaryWord(toks[2]) != afterComma || boundaryWord(toks[8]) != "" {
		t.Fatalf("boundaries: %d tokens", len(toks))
	}
}

// TestBoundaryPairs: the news model counts the words that start a run
// after the start of a sentence ("^ but") or a comma (", but") and those
// that end one before a comma or the end of a sentence ("but ,", "but ."),
// and pair reads such entries among the words of a line.
func TestBoundaryPairs(t *testing.T) {
	m := &loadTable().lm
	for _, p := range [][2]string{{sentenceStart, "but"}, {afterComma, "but"}, {"but", afterComma}, {"but", sentenceEnd}, {"but", "a"}, {"along", sentenceEnd}, {"along", "the"}} {
		r := m.reading(p[0], true)
		if !r.known {
			t.Errorf("%q unknown", p[0])
			continue
		}
		if q, ok := pair(r.pairs, p[1]); !ok || q < 3 {
			t.Errorf("pair %q: %d, %v", p, q, ok)
		}
	}
	if r := m.reading(sentenceEnd, true); !r.known {
		t.Errorf("%q unknown", sentenceEnd)
	}
}

// TestRunBoundaries: a run's first word is read after what precedes it —
// "Merely it" starting a sentence is "But it", not after a colon, where the
// originals read alone are no clear choice — and its last word before what
// follows it: "approximately" ending a sentence is less likely "about"'s
// swap than before other punctuation, since "about" seldom ends one. The
// margins' verdict is checked, not the learned decision's: in a text of
// nine words, which writes neither original, the decision refitted with the
// candidate's uses in the article (seventeenth session) repairs "merely"
// after the colon too.
func TestRunBoundaries(t *testing.T) {
	repairObserver = func(u repairUse, _ [][]token, _ bool) (bool, bool) { return u.hand >= 0 || u.typed, true }
	defer func() { repairObserver = nil }()
	for _, c := range []struct{ text, want string }{
		{"The plan was late. Merely it was cheap.", "But"},
		{"The plan was late: merely it was cheap.", ""},
	} {
		toks := [][]token{tokenize([]Segment{{Text: c.text}}, c.text, lower(c.text))}
		repls := [][]string{make([]string, len(toks[0]))}
		loadTable().lmRepairs(toks, repls, true)
		if repls[0][4] != c.want {
			t.Errorf("%q: %q repaired to %q, want %q", c.text, toks[0][4].word, repls[0][4], c.want)
		}
	}
	c := loadTable().cache()
	gain := func(text, end string) float64 {
		toks := tokenize([]Segment{{Text: text}}, text, lower(text))
		toks[0].sentStart = false
		g := 0.0
		c.decodeRun(toks, make([]string, len(toks)), end, false, func(int, string, string) float64 { return 0 },
			func(b bestReading) { g = b.over })
		return g
	}
	for _, text := range []string{"rose approximately", "stood along"} {
		if a, b := gain(text, ""), gain(text, sentenceEnd); b >= a {
			t.Errorf("%q: gain %.2f at a sentence's end, %.2f before other punctuation", text, b, a)
		}
	}
}

// TestSpinFan: the table says how many words the spinner swaps an original
// for where it is more than one ("hold" for "halt" of three, "merely" for
// "only" of two).
func TestSpinFan(t *testing.T) {
	tb := loadTable()
	for _, c := range []struct {
		spun, orig string
		fan        int
	}{{"hold", "halt", 3}, {"hold", "have", 1}, {"merely", "only", 2}, {"merely", "but", 1}, {"along", "on", 1}} {
		e, ok := tb.entry(c.spun)
		if !ok {
			t.Fatalf("%q not in the table", c.spun)
		}
		got := -1
		for i, o := range e.cands {
			if o == c.orig {
				got = e.fanOf(i)
			}
		}
		if got != c.fan {
			t.Errorf("%q for %q: fan %d, want %d", c.spun, c.orig, got, c.fan)
		}
	}
}

// TestRarityPrior: a spun word news prose hardly writes for an original it
// writes often ("merely" for "but") needs less evidence from its context;
// one about as common as its original ("believe" for "think") none the less.
func TestRarityPrior(t *testing.T) {
	m := &loadTable().lm
	if p := rarityPrior(m.reading("but", false), m.reading("merely", true)); p < 0.3 {
		t.Errorf("but for merely: %.2f", p)
	}
	if p := rarityPrior(m.reading("think", false), m.reading("believe", true)); p != 0 {
		t.Errorf("think for believe: %.2f", p)
	}
	if p := rarityPrior(m.reading("merely", false), m.reading("but", true)); p != 0 {
		t.Errorf("merely for but: %.2f", p)
	}
}
