package clean

import "testing"

// TestRepairNeed checks the margin for a frequent original: lower the more
// frequent the original, never above repairMargin nor below freqMargin for
// the spinner's only original of the written word, nor below
// severalFreqMargin for one of several, which needs a clearer lead over the
// other originals once its margin falls; a word alone between punctuation
// needs the full margin whatever its original.
func TestRepairNeed(t *testing.T) {
	prev, prevSeveral := repairMargin+1, severalMargin+1
	for q := 0; q < len(logCount); q++ {
		r := reading{known: true, q: q}
		m, _ := repairNeed(r, true, false)
		if m > prev || m > repairMargin || m < freqMargin {
			t.Errorf("q %d: margin %.2f after %.2f", q, m, prev)
		}
		prev = m
		ms, lead := repairNeed(r, false, false)
		if ms > prevSeveral || ms > severalMargin || ms < severalFreqMargin {
			t.Errorf("q %d, one of several: margin %.2f after %.2f", q, ms, prevSeveral)
		}
		if ms < severalMargin && lead != ambiguity+severalLead || ms == severalMargin && lead != ambiguity {
			t.Errorf("q %d, one of several: margin %.2f, lead %.2f", q, ms, lead)
		}
		prevSeveral = ms
		if m, lead := repairNeed(r, true, true); m != repairMargin || lead != ambiguity {
			t.Errorf("q %d, alone: %.2f, %.2f", q, m, lead)
		}
	}
	if prev != freqMargin || prevSeveral != severalFreqMargin {
		t.Errorf("the most frequent original's margins %.2f, %.2f, want %.2f, %.2f", prev, prevSeveral, freqMargin, severalFreqMargin)
	}
	tb := loadTable()
	on := tb.lm.reading("on", false)
	if m, _ := repairNeed(on, true, false); m != freqMargin {
		t.Errorf("margin for %q (q %d): %.2f", "on", on.q, m)
	}
	// "past" stands for "by" and "last": "by" is frequent enough for a
	// margin below the full one.
	by := tb.lm.reading("by", false)
	if m, _ := repairNeed(by, false, false); m >= severalMargin || m > repairMargin/2 {
		t.Errorf("margin for %q (q %d) as one of several originals: %.2f", "by", by.q, m)
	}
}
