package clean

import "strings"

// staffSite returns the site a short line credits as its staff's, written
// as its address: "NFL.com staff", "By Harbournews.com Staff |" (a blog's
// list of its writers, a post's byline); "" for any other line.
func staffSite(b *block) string {
	if b.kept() || b.nw > 5 || !b.has(" staff") {
		return ""
	}
	t := strings.TrimSpace(strings.TrimRight(b.text, " |"))
	t = strings.TrimPrefix(strings.TrimPrefix(t, "By "), "by ")
	k := strings.LastIndexByte(t, ' ')
	if k <= 0 || !strings.EqualFold(t[k+1:], "staff") || !domainName(t[:k]) {
		return ""
	}
	return t[:k]
}
