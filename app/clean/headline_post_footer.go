package clean

import (
	"strings"

	"github.com/dossierapp/dossier/app/boiler"
)

// bodyOverFooter returns where headline takes the article's body to start
// when the body found (body, under the page's first prose at first) lies
// at or under a blog post's footer line that points to its comments or
// speaks of the entry (postFooter: "Posted in Travel | 3 Comments", "This
// entry was posted in ... Bookmark the permalink."), which ends the post:
// the first paragraph of prose above that line that the classifier does
// not hold for near-certain boilerplate (overCommentsBar). A post of
// pictures and their captions, with one paragraph the classifier doubts,
// otherwise gives way to what follows its footer (the comment guidelines),
// and its headline to that footer. A categories line alone ("Categories:
// Travel, Food") may stand in a post's header, under its headline. Dev, CV
// by site: one page changes, without title lines: its title the post's
// headline again, not its footer; 4 lines toward their labels (48 words),
// 3 away (37: its byline, date and a credit, which Dragnet labels
// boilerplate). Otherwise it returns body.
func bodyOverFooter(d *doc, decisions []boiler.Decision, first, body int) int {
	if body <= first {
		return body
	}
	for f := first + 1; f <= body; f++ {
		if b := d.blocks[f]; !postFooter(b) || !b.has("comment") && !strings.HasPrefix(b.low, "this entry was ") {
			continue
		}
		for i := first; i < f; i++ {
			if d.blocks[i].prose() && decisions[i].P < overCommentsBar {
				return i
			}
		}
		return body
	}
	return body
}
