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
	low := b.low
	for _, p := range []string{"follow @", "twitter: @", "website: ", "web: "} {
		if h, ok := strings.CutPrefix(low, p); ok {
			low = h
			if p[len(p)-1] == '@' {
				return handleWord(low)
			}
			break
		}
	}
	if h, ok := strings.CutPrefix(low, "www."); ok && b.nw == 1 || ok && low != b.low {
		// (the site's own address, no page of another's:
		// "www.twitter.com/harbourjo")
		h = strings.TrimSuffix(h, "/")
		if k := strings.IndexByte(h, '.'); k > 0 && strings.Count(h, ".") == 1 && !strings.Contains(h, "/") {
			return handleWord(h[:k])
		}
	}
	return ""
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
