package clean

import "strings"

// mastheadReach is how many of the page's first lines repeatedMasthead
// reads for the site's name.
const mastheadReach = 12

// repeatedMasthead returns the site's name a page scraped without its
// title line sets in its header, past its first line (a menu, a skip link
// over it), and repeats twice or more as a line of its own in its menus and
// footer past the article's first paragraph ("The Harbour Blog" over the
// menu, again in the sidebar's title and the footer's): a name of two to
// five capitalised words ending as a paper's or a blog's name does ("...
// Times", "... Blog"; not a sister site's "Regional WA" in a network's
// menus), no headline (title), no section's or button's label and no
// writer's name. It returns "" when there is none.
func (d *doc) repeatedMasthead(title string) string {
	f := d.firstProse()
	if f < 0 {
		return ""
	}
	for i := 0; i < min(f, mastheadReach); i++ {
		b := d.blocks[i]
		if b.kept() || b.nw < 2 || b.nw > 5 || !capitalised(b.text) || !startsUpper(b.text) ||
			strings.ContainsAny(b.text, "|:;!?,0123456789") || strings.EqualFold(b.text, title) ||
			sectionWords[b.k] || d.bylineHolds("by "+b.low) {
			continue
		}
		n := 0
		for _, o := range d.blocks[f+1:] {
			if !o.kept() && o.k == b.k {
				n++
			}
		}
		if n >= 2 && (paperShaped(b.text) || titleEnds[lastWord(b.low)]) {
			return publicationName(b.text)
		}
	}
	return ""
}

// titleEnds are the last words of a blog's or a magazine's name, beside a
// paper's (see paperShaped).
var titleEnds = setOf("blog magazine weekly review digest")

// lastWord returns the last word of s.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
