package clean

import "strings"

// shareOfHeadline reports whether block i is a share button's label that
// names the headline, a heading or the title over it within six lines:
// Vox's "Share The 21 best movies of 2017" under "The 21 best movies of
// 2017". A cleaning of the rendering, where it stands under the title,
// took it for the headline again (dev readability/videos-1).
func (d *doc) shareOfHeadline(i int) bool {
	b := d.blocks[i]
	if b.nw < 4 || b.nw > 26 || !strings.HasPrefix(b.low, "share ") {
		return false
	}
	rest := textKey(b.text[len("share "):])
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if h := d.blocks[j]; h.kept() && (h.kind == "title" || h.kind == "heading") && h.nw >= 3 && textKey(h.keptText()) == rest {
			return true
		}
	}
	return false
}
