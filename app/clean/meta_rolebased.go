package clean

import "strings"

// roleBasedIn reports whether a short line is a writer's trade and where
// they work, as a byline's second line gives them under the name: The New
// Humanitarian's "Freelance journalist based in N’Djamena", "Senior
// correspondent based in Nairobi". The trade is one to three words ending
// on a newsroom's role; the place one to four capitalised words, no
// sentence's end.
func roleBasedIn(text string) bool {
	role, place, ok := strings.Cut(text, " based in ")
	if !ok || endsSentence(text) || !startsUpper(role) || !startsUpper(place) {
		return false
	}
	rf := strings.Fields(role)
	if len(rf) == 0 || len(rf) > 3 || !roleWords[strings.ToLower(rf[len(rf)-1])] {
		return false
	}
	n := words(place)
	return n >= 1 && n <= 4 && capitalised(place)
}
