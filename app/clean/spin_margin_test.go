package clean

import "testing"

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
