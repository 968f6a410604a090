package clean

import "strings"

// ReasonLinkLabel is the reason of a link's label for screen readers left in
// a sentence: ", opens new tab".
const ReasonLinkLabel = "link label"

// linkLabels are the labels a page's links carry for screen readers, which
// a scraper copies into the sentence ("Toyota Motor (7203.T), opens new tab
// rose 3.1%"), lower case.
var linkLabels = []string{", opens new tab", ", opens in new tab", ", opens in a new tab", ", opens in new window",
	" (opens in new tab)", " (opens in a new tab)", " (opens in new window)", " (opens in a new window)"}

// ruleLinkLabels removes link labels from the kept text of paragraphs, as
// spans with their reason, so "Show removed" shows them in place.
func ruleLinkLabels(d *doc) {
	for _, b := range d.blocks {
		if !b.kept() || !b.has("opens ") || !b.hasAny(linkLabels...) {
			continue
		}
		b.cutSpans(linkLabelIn, ReasonLinkLabel)
	}
}

// linkLabelIn returns the span of the first link label in s, or -1, -1.
func linkLabelIn(s string) (int, int) {
	lw := lower(s)
	best, end := -1, -1
	for _, l := range linkLabels {
		if k := strings.Index(lw, l); k >= 0 && (best < 0 || k < best) {
			best, end = k, k+len(l)
		}
	}
	if best < 0 || len(lw) != len(s) {
		return -1, -1 // lower case changed the offsets: leave it
	}
	return best, end
}
