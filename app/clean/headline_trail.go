package clean

import "strings"

// A breadcrumb trail names the page it leads to last: "Home : News : Ferry
// skipper quits after storm row" over the line "Ferry skipper quits after
// storm row" says that line is the page's headline, whatever teaser or
// game's name nearer the article shares more of its words. A page scraped
// without its title line has no other line naming the headline.

// headlineUnderTrail returns the headline-shaped line of the nearTitle
// lines above the article's first paragraph (block body) that the line
// right above it, a breadcrumb trail, ends with (see crumbsTo), and that
// shares two story words or more with the first paragraphs (see echoOf): a
// trail that ends with the section ("News > World - Wire" over "World -
// Wire", "Latest Hockey News") names no story. It returns -1 when there is
// none.
func headlineUnderTrail(d *doc, body int) int {
	var story map[string]bool // the first paragraphs' words, read when needed
	for j := max(0, body-nearTitle); j < body; j++ {
		b := d.blocks[j]
		if !b.kept() && !headlineRestorable(b.removed) || !oneHeadline(b) {
			continue
		}
		if p := d.prevNonEmpty(j); p < 0 || !crumbsTo(d.blocks[p].text, b.text) || sectionLabel(b.text) || sectionNamed(b) {
			continue
		}
		if story == nil {
			story = paragraphWords(d, storyStart(d, body), storyParas)
		}
		if shared, _ := echoOf(story, b.text); shared >= 2 {
			return j
		}
	}
	return -1
}

// sectionNamed reports whether b holds a section's word ("news", "sports").
func sectionNamed(b *block) bool {
	for _, w := range strings.Fields(b.k) {
		if sectionWords[w] {
			return true
		}
	}
	return false
}
