package clean

import (
	"math"
	"strings"
	"testing"
)

// TestReadClasses reads a small table of classes and checks that what is
// malformed is skipped, not read: a row of the wrong length, a class out
// of range, a byte that is no count.
func TestReadClasses(t *testing.T) {
	c := readClasses("k 0 10 4.\nk 1 8 ~6\nk 2 8 66\nk x 9 66\nk 1 8 666\n")
	if c.n != 2 {
		t.Fatalf("%d classes, want 2", c.n)
	}
	if c.pairQ[0] != 4 || c.pairQ[1] != unseenClassPair {
		t.Errorf("row 0: %v", c.pairQ[:2])
	}
	if c.pairQ[2] != unseenClassPair || c.pairQ[3] != 6 { // '~' is no count
		t.Errorf("row 1: %v", c.pairQ[2:])
	}
	if c.logU[0] != logCount[10] || c.logU[1] != logCount[8] {
		t.Errorf("class counts %v", c.logU)
	}
	for _, bad := range []string{"", "k 0 3\n", "k 0 3 " + strings.Repeat(".", maxClasses+1) + "\n", "t total 5\n"} {
		if c := readClasses(bad); c.n != 0 || c.pairQ != nil {
			t.Errorf("%.20q: %d classes", bad, c.n)
		}
	}
	m := newsModel{classText: "k 0 3 .\n"}
	x := reading{word: "a", known: true, class: 0, q: 2}
	if _, ok := m.classTrans(x, reading{word: "b", known: true, class: 1}); ok {
		t.Error("a class the table lacks gave an estimate")
	}
	if _, ok := m.classTrans(x, reading{word: "b", known: true, class: noClass}); ok {
		t.Error("a word without a class gave an estimate")
	}
	if e, ok := m.classTrans(x, reading{word: "b", known: true, class: 0, q: 2}); !ok || math.Abs(e-(logUnseenClassPair-logCount[3]+logCount[2]-logCount[3])) > 1e-9 {
		t.Errorf("estimate %.2f, %v", e, ok)
	}
}

// TestClassEstimate checks the classes of the shipped table on the pair
// that motivated them: "have" is a class of its own, "hold" is not in it,
// and the news model reads the unlisted "hold been" as much rarer than the
// benefit of the doubt it had before (seen twice), while "have been" keeps
// its listed count.
func TestClassEstimate(t *testing.T) {
	m := &loadTable().lm
	have, hold, been := m.reading("have", true), m.reading("hold", true), m.reading("been", true)
	if have.class < 0 || hold.class < 0 || been.class < 0 || have.class == hold.class {
		t.Fatalf("classes: have %d, hold %d, been %d", have.class, hold.class, been.class)
	}
	if _, ok := pair(hold.pairs, "been"); ok {
		t.Fatal(`"hold been" is listed`)
	}
	e, ok := m.classTrans(hold, been)
	benefit := math.Log(2) - logCount[hold.q]
	if !ok || e > benefit-2 {
		t.Errorf(`"hold been": class estimate %.2f, want well below %.2f`, e, benefit)
	}
	if got := m.trans(hold, been); got != min(e, logUnlistedMax-logCount[hold.q]) {
		t.Errorf(`"hold been": trans %.2f, class estimate %.2f`, got, e)
	}
	if got, want := m.trans(have, been), m.trans(hold, been); got < want+4 {
		t.Errorf(`"have been" %.2f against "hold been" %.2f: want far likelier`, got, want)
	}
	// A rare word has no class: "cook" joins no verb's class on a few uses.
	if cook := m.reading("cook", true); cook.class != noClass && cook.q < 10 {
		t.Errorf(`"cook" (q %d) has class %d`, cook.q, cook.class)
	}
}

// BenchmarkReadClasses reads the shipped table's classes, which the first
// estimate from a pair of classes waits for.
func BenchmarkReadClasses(b *testing.B) {
	text := loadTable().lm.classText
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		readClasses(text)
	}
}
