package clean

import "strings"

// textSizeWords are the labels of a text-size control's buttons, besides
// its "font size" or "text size" label.
var textSizeWords = phrases("a|a-|a+|aa|-|+|–|decrease|increase|reset|smaller|larger|bigger|small|medium|large|s|m|l|xl")

// textSizeControl reports whether a lower-cased line is a text-size
// control, its label and its buttons however a scraper glued them: the
// Slovak Spectator's "Font size:A - | A +", "Text size: A A A", "Font
// size: - +" (not "Email|Print| Text size – + By ...", a byline glued on).
func textSizeControl(low string) bool {
	rest, ok := strings.CutPrefix(low, "font size")
	if !ok {
		if rest, ok = strings.CutPrefix(low, "text size"); !ok {
			return false
		}
	}
	f := strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == ':' || r == '|' || r == '/' })
	if len(f) == 0 || len(f) > 8 {
		return false
	}
	for _, w := range f {
		if !textSizeWords[w] {
			return false
		}
	}
	return true
}
