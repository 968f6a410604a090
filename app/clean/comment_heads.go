package clean

import "strings"

// commentHeads are the bare headings a comment section opens with, lower
// case, without a colon.
var commentHeads = phrases("comments|reader comments|readers' comments|reader's comments|your comments|user comments|" +
	"discussion|have your say|join the discussion|join the conversation|conversation")

// Bounds of the first comment headAbove reads over: the lines between a
// heading and the signature under it.
const (
	headReach       = 10  // blocks above the signature
	maxFirstComment = 250 // kept words between heading and signature
)

// headAbove returns where a comment section found at block start (a
// signature) begins: at a bare heading a few blocks above it ("Comments",
// "Have your say") when the kept lines between are the first comment.
// Software that signs a comment under its text (TypePad's "Posted by: Jane |
// October 2, 2012 at 01:55 PM", "posted on Tuesday ... by Jane") leaves the
// first comment over the first signature, between it and the heading. The
// heading must lie under the article (articleLines kept lines of prose above
// it), else start stands.
func headAbove(d *doc, start int) int {
	words := 0
	for i := start - 1; i > 0 && i >= start-headReach; i-- {
		b := d.blocks[i]
		if b.nw <= 4 && commentHeads[strings.TrimSuffix(strings.TrimSpace(b.low), ":")] {
			prose := 0
			for _, p := range d.blocks[:i] {
				if p.kept() && p.nw >= proseWords {
					prose++
				}
			}
			if prose >= articleLines {
				return i
			}
			return start
		}
		if b.kept() {
			if words += b.nw; words > maxFirstComment {
				break
			}
		}
	}
	return start
}
