package clean

import "strings"

// handleOf returns the handle a short line of the page's furniture gives
// for the site, in lower case: "Follow @harbournotes", "Twitter:
// @harbournotes", "Website: www.harbournotes.com" (the address's main
// label); "" for any other line.
func handleOf(b *block) string {
	if b.nw > 3 {
		return ""
	}
	if h, ok := strings.CutPrefix(b.low, "follow @"); ok {
		return handleWord(h)
	}
	if h, ok := strings.CutPrefix(b.low, "twitter: @"); ok {
		return handleWord(h)
	}
	// (the site's own address, no page of another's:
	// "www.twitter.com/harbourjo")
	h, ok := strings.CutPrefix(strings.TrimPrefix(b.low, "website: "), "www.")
	h = strings.TrimSuffix(h, "/")
	k := strings.IndexByte(h, '.')
	if !ok || k <= 0 || strings.Count(h, ".") != 1 || strings.ContainsAny(h, "/ ") {
		return ""
	}
	return handleWord(h[:k])
}

// handleWord returns w when it is one word of letters and digits, "" else.
func handleWord(w string) string {
	if w == "" || squash(w) != w {
		return ""
	}
	return w
}

// blogSpells reports whether a line in lower case, a blog's name of two to
// four words, spells handle h past its "blog" or possessive ("nutty
// nomads blog" and "@nuttynomads", "Harbour Jo's Blog" and
// "@harbourjo"): the name its masthead writes.
func blogSpells(low, h string) bool {
	rest, ok := strings.CutSuffix(low, " blog")
	if !ok || words(rest) > 3 {
		return false
	}
	rest = strings.TrimSuffix(strings.TrimSuffix(rest, "'s"), "’s")
	return squash(rest) == h
}
