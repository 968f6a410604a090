package clean

import (
	"math"
	"strings"
	"testing"
)

// TestConfModelScore checks that a model reads the features the generator
// writes (internal/gen's confFeats): the words at −2, −1, +1 and +2, '^'
// past the sentence's edge, and each word within five once.
func TestConfModelScore(t *testing.T) {
	c := confModels{text: "c past by 5 <^ 2 <the -30 >week -4 [the -20 ]the 7 ~the 3 ~week -1 ~was 1\nc x y 1\n"}
	m := c.get("past", "by")
	if m == nil || c.get("past", "x") != nil || c.get("x", "y") == nil {
		t.Fatal("models not read")
	}
	for _, c := range []struct {
		words string
		i     int
		want  float64
	}{
		// bias 0.5, "[the" −2, "]last" none, "<in" none, ">week" −0.4;
		// the bag: in, the, last, week (twice: once), was, cold: 0.3−0.1+0.1.
		{"in the past last week week was cold", 2, 0.5 - 2 - 0.4 + 0.3 - 0.1 + 0.1},
		// At the start: "<^" 0.2, "[^" none; "]the" 0.7, ">deal" none;
		// the bag: the 0.3, deal.
		{"past the deal", 0, 0.5 + 0.2 + 0.7 + 0.3},
		// Six words away is out of the bag.
		{"past a b c d e was", 0, 0.5 + 0.2},
	} {
		if got := m.score(strings.Fields(c.words), c.i); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("%q at %d: %.2f, want %.2f", c.words, c.i, got, c.want)
		}
	}
}

// TestConfusionModelsInTable checks the table's confusion models: read
// apart from the other lines, two hundred of them, and telling a spun word's
// own context from its original's ("the past week" as written; "driven by
// the" as "by").
func TestConfusionModelsInTable(t *testing.T) {
	tab := loadTable()
	if strings.Contains(tab.lm.classText, "\nc ") || !strings.HasPrefix(tab.lm.conf.text, "c ") || strings.Contains(tab.lm.conf.text, "\ng ") {
		t.Fatal("the confusion models' lines are not apart")
	}
	tab.lm.conf.get("", "")
	if n := len(tab.lm.conf.lines); n < 150 {
		t.Errorf("%d confusion models", n)
	}
	m := tab.lm.conf.get("past", "by")
	if m == nil {
		t.Fatal("no model of by → past")
	}
	if s := m.score(strings.Fields("over the past week prices rose"), 2); s >= 0 {
		t.Errorf("the past week: %.2f, want the written word (< 0)", s)
	}
	if s := m.score(strings.Fields("growth was driven past the rise in exports"), 3); s <= 0 {
		t.Errorf("driven past the rise: %.2f, want the original (> 0)", s)
	}
}

// TestIndexTableSections checks that the confusion models' "c" lines,
// between the spun words' and the news model's, leave both sections where
// they are.
func TestIndexTableSections(t *testing.T) {
	data := "# comment\ns merely but only\ns past by\n" +
		"c past by 3 " + strings.Repeat("~word 1 ", 200) + "\n" + strings.Repeat("c past x 1 ~y 1\n", 50) +
		"g by 20 the 10\ng the 30\nt total 100\nk 0 5 ..\nk 1 5 ..\n"
	tab := indexTable(data)
	if e, ok := tab.entry("past"); !ok || e.cands[0] != "by" {
		t.Errorf("past: %v %v", e, ok)
	}
	if q, _, pairs, ok := tab.lm.word("by"); !ok || q != 20 || !strings.Contains(pairs, "the") {
		t.Errorf("g by: %d %q %v", q, pairs, ok)
	}
	if _, ok := tab.spun.find("by"); ok {
		t.Error("a g line in the spun words' section")
	}
	if tab.lm.total != 100 || !strings.HasPrefix(tab.lm.classText, "k 0") || tab.lm.conf.get("past", "by") == nil {
		t.Errorf("total %.0f, classes %q, confusion models %.20q", tab.lm.total, tab.lm.classText, tab.lm.conf.text)
	}
}

// TestConfLead: the confusion models weigh the choice between two
// originals that both have one ("past": by, last) by the words around the
// use, and leave it alone where either has none.
func TestConfLead(t *testing.T) {
	tb := loadTable()
	c := tb.cache()
	lead := func(text, w, best, second string) float64 {
		toks := tokenize([]Segment{{Text: text}}, text, lower(text))
		i := -1
		for k, tk := range toks {
			if tk.low == w {
				i = k
			}
		}
		conf := (&confContext{m: &tb.lm.conf}).at(toks, make([]string, len(toks)), 0)
		return c.confLead(conf, i, w, best, second)
	}
	if l := lead("The deal was signed past both sides and approved past the board.", "past", "by", "last"); l <= 0 {
		t.Errorf("signed past both sides: lead of by over last %.2f", l)
	}
	if l := lead("Prices rose sharply past week, the figures showed.", "past", "last", "by"); l <= 0 {
		t.Errorf("rose past week: lead of last over by %.2f", l)
	}
	if l := lead("It was merely a test.", "merely", "just", "but"); l != 0 {
		t.Errorf("merely: lead %.2f without models", l)
	}
}
