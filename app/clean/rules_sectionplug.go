package clean

import "strings"

// sectionPlug reports whether block b is a site's plug for a section of its
// own under a story: Total Croatia News' "For more, make sure to check out
// our dedicated news section.", "Check out our updated TV and Video
// section. Click HERE.".
func sectionPlug(b *block) bool {
	if b.nw > 25 || hasQuote(b.text) {
		return false
	}
	k := strings.Index(b.low, "check out our ")
	if k < 0 {
		return false
	}
	rest := b.low[k:]
	if e := strings.IndexAny(rest, ".!"); e >= 0 {
		rest = rest[:e]
	}
	return strings.HasSuffix(strings.TrimSpace(rest), " section")
}
