package clean

import "testing"

// TestNameParticles: a publication's name with French and Spanish
// articles after "de" ("L'Écho de la Côte", "El Diario de los Andes").
func TestNameParticles(t *testing.T) {
	for in, want := range map[string]string{
		"L'Écho de la Côte on 2026-10-06":      "L'Écho de la Côte",
		"El Diario de los Andes on 2026-08-14": "El Diario de los Andes",
		"Le Courrier de l'Ouest":               "Le Courrier de l'Ouest",
		"Nice-Matin et la Côte d'Azur":         "Nice-Matin et la Côte d'Azur",
		"The Daily Courant on 2026-01-02":      "The Daily Courant",
	} {
		if got := properName(in); got != want {
			t.Errorf("properName(%q) = %q, want %q", in, got, want)
		}
	}
}
