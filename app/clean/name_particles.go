package clean

import "strings"

// elided reports whether w is an article or "de" elided before a capital
// inside a French or Italian name: "l'Ouest", "d'Azur", "dell'Umbria".
func elided(w string) bool {
	for _, p := range []string{"l'", "l’", "d'", "d’", "dell'", "dell’"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			return startsUpper(rest)
		}
	}
	return false
}
