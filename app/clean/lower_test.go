package clean

import (
	"strings"
	"testing"
)

// FuzzLower checks that lower lowers as scanText does.
func FuzzLower(f *testing.F) {
	for _, s := range []string{"", "Getting Social", "ÉCOLE Ünïcode", "ＡＢＣ 全角", "İstanbul ǅ", "K Kelvin", "\xffAB\xc3", "Привет МИР", "ΣΊΣΥΦΟΣ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lower(s), scanLow(s); got != want {
			t.Errorf("lower(%q) = %q, scanText lowers to %q", s, got, want)
		}
	})
}

func scanLow(s string) string {
	low, _, _, _ := scanText(s, nil)
	return low
}

// FuzzHoldsASCIIFold checks holdsASCIIFold against lower and strings.Contains.
func FuzzHoldsASCIIFold(f *testing.F) {
	for _, s := range []string{"", "Join NOW", "Today", "toDAY!", "no w", "İNOW", "K now", "\xffnoW"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, w := range []string{"now", "today"} {
			if got, want := holdsASCIIFold(s, w), strings.Contains(lower(s), w); got != want {
				t.Errorf("holdsASCIIFold(%q, %q) = %v, lower(s) holding it says %v", s, w, got, want)
			}
		}
	})
}
