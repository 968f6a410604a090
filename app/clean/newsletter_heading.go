package clean

import "strings"

// boxHeading reports whether block p, right over a newsletter box's
// sign-up line, is the box's heading: a heading of four words at most, no
// sentence, under the article's prose and with none of it below (InDaily's
// "Local news matters" over "Support independent local journalism. Sign
// up for InDaily's free newsletter ..."). A subhead over a box set in the
// story has the story's paragraphs under the box.
func (d *doc) boxHeading(p int) bool {
	h := d.blocks[p]
	if !h.kept() || h.kind != "heading" || h.nw > 4 || endsSentence(h.text) || strings.HasSuffix(h.text, ":") {
		return false
	}
	above := false
	for j, b := range d.blocks {
		if !b.prose() {
			continue
		}
		if j > p {
			return false
		}
		above = true
	}
	return above
}
