package clean

import "strings"

// elided reports whether w is an article or "de" elided before a capital
// inside a French name: "l'Ouest", "d'Azur".
func elided(w string) bool {
	r := strings.TrimLeft(w[1:], "'’")
	return len(r) < len(w)-1 && startsUpper(r)
}
