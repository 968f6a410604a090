package clean

import "strings"

// namesList reports whether text is two names or more and nothing else,
// parted by commas and "and", as a think tank's byline lists its writers
// without "By": ISW's "Christina Harward, Nate Trotter, and Olivia Gibson".
func namesList(text string) bool {
	if endsSentence(text) || words(text) > 16 {
		return false
	}
	t := strings.NewReplacer(", and ", ", ", " and ", ", ", " & ", ", ").Replace(text)
	parts := strings.Split(t, ", ")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !isNameLine(strings.TrimSpace(p)) {
			return false
		}
	}
	return true
}
