package numeral

import "testing"

// TestIsGap checks which gaps between two words read as a numeral
// alone, as the spin table's generator and the repair read them.
func TestIsGap(t *testing.T) {
	for gap, want := range map[string]bool{
		" 140% ":      true,
		" $50 ":       true,
		" £12 ":       true,
		" €3 ":        true,
		" 1,290,000 ": true,
		" 2004 ":      true,
		" ":           false,
		" - ":         false,
		" 6-3 6-4 ":   false,
		" (1m) ":      false,
		" $ ":         false,
		" 12, ":       false,
		" #7 ":        false,
	} {
		if got := IsGap(gap); got != want {
			t.Errorf("IsGap(%q) = %v, want %v", gap, got, want)
		}
	}
}
