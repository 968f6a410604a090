package parse

import "strings"

// initialsEnd reports whether s ends with initials, their points inside and
// after them, of one or two letters each ("7:30 P.m.", "... in the U.S.",
// "Washington, D.C."): a headline's last word, not a sentence's full stop,
// where the line is in title case (LooksLikeHeadline asks).
func initialsEnd(s string) bool {
	w := s[strings.LastIndexByte(s, ' ')+1:]
	body, ok := strings.CutSuffix(w, ".")
	if !ok || !strings.Contains(body, ".") {
		return false
	}
	for _, p := range strings.Split(body, ".") {
		if n := len(p); n == 0 || n > 2 || strings.IndexFunc(p, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') }) >= 0 {
			return false
		}
	}
	return true
}
