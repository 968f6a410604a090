package clean

import (
	"strings"

	"github.com/dossierapp/dossier/app/boiler"
)

// blogMainNav reports whether block b is the bar of links a blog puts over
// each post to the posts beside it and to its front page: "« Previous
// post's title | Main | Next post's title »", "« Previous post | Main",
// "Main | Next post »".
func blogMainNav(b *block) bool {
	if b.nw > 40 || !contains(b.low, "main") {
		return false
	}
	parts := strings.Split(b.low, "|")
	first, last := strings.TrimSpace(parts[0]), strings.TrimSpace(parts[len(parts)-1])
	if len(parts) < 2 || !strings.HasPrefix(first, "«") && first != "main" || !strings.HasSuffix(last, "»") && last != "main" {
		return false // (a bar glued to the blog's name is not over the post)
	}
	for _, p := range parts {
		if strings.TrimSpace(p) == "main" {
			return true
		}
	}
	return false
}

// ruleBlogTop removes what a blog prints above its post's links to the
// posts beside it ("« Previous | Main | Next »", see blogMainNav): the
// blog's header and its side column, which run down to the bar while the
// post and its headline come under it. On the boilerplate corpus's pages
// no line of an article stands above such a bar. The page's title line
// stays for the title rules, and the blog's name the title line holds.
func ruleBlogTop(d *doc) {
	for i, b := range d.blocks {
		if !blogMainNav(b) {
			continue
		}
		if !d.proseWithin(i, postReach) {
			return // no post under the bar
		}
		title := d.blocks[0].low
		for j := 0; j < i; j++ {
			if b := d.blocks[j]; b.kind != "title" && !(b.nw <= 6 && strings.Contains(title, b.low)) {
				d.remove(j, boiler.ReasonHeader)
			}
		}
		return
	}
}

// postReach is how many blocks under a blog's bar of links ruleBlogTop
// looks for its post's prose.
const postReach = 4

// proseWithin reports whether a kept paragraph of prose stands within n
// blocks under block i.
func (d *doc) proseWithin(i, n int) bool {
	for j := i + 1; j < len(d.blocks) && j <= i+n; j++ {
		if d.blocks[j].prose() {
			return true
		}
	}
	return false
}
