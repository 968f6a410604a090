package clean

import "strings"

// scienceNotes removes the notes a science news network (Science X:
// Phys.org, Medical Xpress, Tech Xplore) sets around a story: the
// editors' note ("This article has been reviewed according to Science X's
// editorial process and policies. ...") with the attributes listed under
// it ("fact-checked", "trusted source"), the journal's line ("Journal
// information: Current Biology"), the institution that gave the story
// ("Provided by Lund University") and the citation ("Citation: ...
// retrieved 7 December 2026 from https://..."). Each says what it is by
// its opening words.
func scienceNotes(d *doc) {
	for i := 0; i < len(d.blocks); i++ {
		b := d.blocks[i]
		if !b.kept() || b.kind == "title" || b.nw > 60 {
			continue
		}
		switch {
		case strings.HasPrefix(b.low, "this article has been reviewed according to ") && b.has("editorial process"):
			d.remove(i, ReasonMetadata)
			// the attributes under it, a few words each
			for j := i + 1; j < len(d.blocks) && j <= i+6; j++ {
				n := d.blocks[j]
				if n.removed == ReasonEmpty || !n.kept() && n.nw <= 3 {
					continue
				}
				if !n.kept() || n.nw > 3 || endsSentence(n.text) {
					break
				}
				d.remove(j, ReasonMetadata)
				i = j
			}
		case strings.HasPrefix(b.low, "citation: ") && b.has(" retrieved ") && b.hasAny(" from http", " from www"),
			strings.HasPrefix(b.low, "journal information: ") && b.nw <= 12,
			strings.HasPrefix(b.low, "provided by ") && b.nw <= 8 && !endsSentence(b.text) && d.firstProse() >= 0 && d.firstProse() < i:
			d.remove(i, ReasonMetadata)
		}
	}
}
