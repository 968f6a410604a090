package clean

import "strings"

// roleOverLede removes a line that is a newsroom's role alone, three
// words at most, right over one of the story's first two paragraphs of
// prose: The Sentinel's "STAFF REPORTER" over "GUWAHATI: The Guwahati
// Development Department ...", under the standfirst that ended the header
// zone. The role names the writer as a byline does.
func roleOverLede(d *doc) {
	seen := 0
	for f, b := range d.blocks {
		if seen == 2 {
			return
		}
		if !b.prose() {
			continue
		}
		seen++
		if f == 0 {
			continue
		}
		// Past the lines removed, as the rendering leaves them out
		// (FuzzClean 2862df27bbafa878: a crumb between "StAff" and the
		// prose).
		p := f - 1
		for p > 0 && !d.blocks[p].kept() {
			p--
		}
		if r := d.blocks[p]; r.kept() && r.kind != "title" && r.nw <= 3 && !endsSentence(r.text) && onlyRoles(strings.Fields(r.text)) {
			d.remove(p, ReasonMetadata)
		}
	}
}
