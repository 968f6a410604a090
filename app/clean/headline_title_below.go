package clean

import "github.com/dossierapp/dossier/app/parse"

// titleEchoOverProse returns the first kept line under block body that the
// page's title line holds whole beside its site's name ("Harbour Notes: Why
// the ferry timetable keeps slipping" over "Why the ferry timetable keeps
// slipping"), shaped as a headline, with prose within echoProseReach lines
// under it; -1 when there is none, the first such line has no prose under
// it, or a line above body repeats it. The prose taken for the article's start (block body) was then
// a blog's side column of sentences above the post.
func titleEchoOverProse(d *doc, body int) int {
	if len(d.blocks) == 0 || d.blocks[0].kind != "title" {
		return -1
	}
	ts := d.pageTitle()
	for i := body + 1; i < len(d.blocks); i++ {
		b := d.blocks[i]
		if !b.kept() || b.nw > 30 || !parse.LooksLikeHeadline(b.text) {
			continue
		}
		if _, ok := ts.echo(b.text); !ok {
			continue
		}
		key := textKey(b.text)
		for k := 1; k < body; k++ {
			if textKey(d.blocks[k].text) == key {
				return -1 // the headline stands above the prose: a list of posts repeats it below
			}
		}
		for k := i + 1; k < len(d.blocks) && k <= i+echoProseReach; k++ {
			if d.blocks[k].prose() {
				return i
			}
		}
		return -1
	}
	return -1
}
