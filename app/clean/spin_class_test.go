package clean

import (
	"strings"
	"testing"
)

// TestClassModel checks the class model the table carries: the classes of
// a few words, that its counts say what the backoff relies on (an adverb
// in -ly seldom comes before a noun, an adjective often does), and that a
// table without it falls back to the news model alone.
func TestClassModel(t *testing.T) {
	tab := loadTable()
	m := &tab.lm
	if len(m.top) < 100 || len(m.classes.samples) == 0 {
		t.Fatalf("class model: %d top words, %d samples", len(m.top), len(m.classes.samples))
	}
	for w, want := range map[string]string{
		"the": "the", nameClass: nameClass, // their own classes
		"newly":     "#8l", // an adverb in -ly
		"invasions": "#1s", // a noun's plural (from "invasion")
		"zzzqing":   "#0g", // unknown to the model: its ending only
	} {
		if got := m.reading(w, true).cls; got != want {
			t.Errorf("class of %q: %q, want %q", w, got, want)
		}
	}
	// P(noun | adverb in -ly) against P(noun | adjective).
	adv, adj := m.reading("newly", false), m.reading("huge", false)
	if adj.cls != "#4x" {
		t.Fatalf("class of huge: %q", adj.cls)
	}
	noun := m.reading("budget", false)
	fromAdv, ok1 := m.classTrans(adv, noun, nil)
	fromAdj, ok2 := m.classTrans(adj, noun, map[[2]string]float64{})
	if !ok1 || !ok2 || fromAdv >= fromAdj {
		t.Errorf("P(budget | newly) %.2f (%v), P(budget | huge) %.2f (%v): want the adverb's less likely", fromAdv, ok1, fromAdj, ok2)
	}
	// "the newly government" reads less likely than "the new government"
	// through the pairs the model lacks.
	if a, b := m.transLattice(m.reading("newly", false), noun, nil), m.transLattice(m.reading("new", false), noun, nil); a >= b {
		t.Errorf("transLattice newly→budget %.2f, new→budget %.2f", a, b)
	}

	// The table without the class model: its readings have no class and
	// the lattice reads pairs as the news model alone does.
	var sb strings.Builder
	for _, line := range strings.SplitAfter(SpinTableData(), "\n") {
		if strings.HasPrefix(line, "h ") || strings.HasPrefix(line, "k ") {
			continue
		}
		sb.WriteString(line)
	}
	old := indexTable(sb.String())
	x, y := old.lm.reading("newly", false), old.lm.reading("budget", false)
	if x.clsKnown || y.clsKnown || old.lm.top != nil {
		t.Fatalf("table without classes: classes %q %v, %q %v", x.cls, x.clsKnown, y.cls, y.clsKnown)
	}
	if a, b := old.lm.transLattice(x, y, nil), old.lm.trans(x, y); a != b {
		t.Errorf("without classes transLattice %.3f, trans %.3f", a, b)
	}
	if e, ok := old.entry("aforesaid"); !ok || e.cands[0] != "said" {
		t.Errorf("table without classes: aforesaid → %v %v", e.cands, ok)
	}
}

// TestRepairMarginFor checks the margin for a frequent original: lower the
// more frequent the original, never above repairMargin nor below
// freqMargin, and repairMargin for an original that is not the spinner's
// only one for the written word.
func TestRepairMarginFor(t *testing.T) {
	prev := repairMargin + 1
	for q := 0; q < len(logCount); q++ {
		r := reading{known: true, q: q}
		m := repairMarginFor(r, true)
		if m > prev || m > repairMargin || m < freqMargin {
			t.Errorf("q %d: margin %.2f after %.2f", q, m, prev)
		}
		prev = m
		if got := repairMarginFor(r, false); got != repairMargin {
			t.Errorf("q %d, not single: %.2f", q, got)
		}
	}
	if prev != freqMargin {
		t.Errorf("the most frequent original's margin %.2f, want %.2f", prev, freqMargin)
	}
	on := loadTable().lm.reading("on", false)
	if m := repairMarginFor(on, true); m != freqMargin {
		t.Errorf("margin for %q (q %d): %.2f", "on", on.q, m)
	}
}
