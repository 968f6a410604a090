package clean

import "strings"

// firstApart reports whether block i is the text's first line, a blank
// line parting it from the next, and its words stand on no other line of
// the page, nor another line's of two words or more on it: the headline a
// text gives, as the cleanup's rendering writes its title, not a blog's
// or a newsletter's name its page repeats ("Physics and Physicists" over
// the blog's tagline naming it; "Indiantelevision.com's Evening News
// Digest" over "Evening News Digest").
func (d *doc) firstApart(i int) bool {
	if i != 0 || len(d.blocks) < 2 || d.blocks[1].group == d.blocks[0].group {
		return false
	}
	low := d.blocks[0].low
	for _, o := range d.blocks[1:] {
		if o.nw > 0 && (strings.Contains(o.low, low) || o.nw >= 2 && strings.Contains(low, o.low)) {
			return false
		}
	}
	return true
}
