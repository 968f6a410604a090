package clean

import "testing"

// TestNameDutchArticle: a Dutch publication's name with "het" (the)
// after "van" ("Dagblad van het Oosten" was cut to "Dagblad").
func TestNameDutchArticle(t *testing.T) {
	for in, want := range map[string]string{
		"Dagblad van het Oosten on 2026-11-20": "Dagblad van het Oosten",
		"Nieuwsblad van het Noorden":           "Nieuwsblad van het Noorden",
	} {
		if got := properName(in); got != want {
			t.Errorf("properName(%q) = %q, want %q", in, got, want)
		}
	}
}
