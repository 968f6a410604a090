package clean

import "strings"

// barCredit reports whether a lower-cased "Photo:" credit names the
// photographer and the outlet with a bar between, a few words each:
// "photo: sam chui | simple flying".
func barCredit(low string) bool {
	rest, ok := strings.CutPrefix(low, "photo:")
	if !ok {
		return false
	}
	who, outlet, ok := strings.Cut(rest, " | ")
	return ok && words(who) >= 1 && words(who) <= 4 && words(outlet) >= 1 && words(outlet) <= 4 && !strings.Contains(outlet, "|")
}
