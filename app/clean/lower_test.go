package clean

import "testing"

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
	low, _, _, _ := scanText(s)
	return low
}
