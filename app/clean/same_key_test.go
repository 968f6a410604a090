package clean

import "testing"

// TestSameKey checks sameKey against textKey on pairs that differ in case,
// marks, accents, scripts and broken UTF-8.
func TestSameKey(t *testing.T) {
	texts := []string{
		"", " ", "--", "Getting social in the workplace", "getting social, in the WORKPLACE!",
		"Getting social in the workplace.", "Getting social in the work place 2",
		"Café au lait", "CAFÉ AU LAIT", "cafe au lait", "Ünïcode — “quoted”", "ünïcode quoted",
		"Привет, мир", "ПРИВЕТ МИР", "日本語の見出し", "日本語 の 見出し", "\xff\xfeabc", "abc", "ab\xffc",
		"İstanbul", "istanbul", "ǅemal", "ǆemal", "Ⅻ chapter", "½ price", "x²", "x2",
	}
	for _, a := range texts {
		for _, b := range texts {
			if got, want := sameKey(a, b), textKey(a) == textKey(b); got != want {
				t.Errorf("sameKey(%q, %q) = %v, textKey says %v", a, b, got, want)
			}
		}
	}
}

// FuzzSameKey checks sameKey against textKey on any pair of texts.
func FuzzSameKey(f *testing.F) {
	f.Add("Getting Social", "getting social!")
	f.Add("Café", "CAFÉ")
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := sameKey(a, b), textKey(a) == textKey(b); got != want {
			t.Errorf("sameKey(%q, %q) = %v, textKey says %v", a, b, got, want)
		}
	})
}
