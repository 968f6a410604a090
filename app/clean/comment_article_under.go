package clean

// withoutArticleUnder drops from signs (in page order) the ones the
// article follows: the header's link to the comments ("Add a Comment"
// between the writer's box and the first paragraph) over a run of
// articleRunLines paragraphs of prose or more right under it, one after
// another with no short line between them, more prose than the page holds
// above it, and the header's time stamp over both ("November
// 14, 2012 2:10 PM"). Under a comment section's call stand the form's
// fields or the comments, each under its writer's name.
func withoutArticleUnder(d *doc, signs []commentSign) []commentSign {
	// From the last: a signature's run ends at the next one kept. A time
	// stamp goes only over a call dropped (a comment's stamp may head a
	// long comment under a short post).
	drop := make([]bool, len(signs))
	end, call := len(d.blocks), false // call: a call to comment dropped before end
	for j := len(signs) - 1; j >= 0; j-- {
		switch signs[j].kind {
		case signLeave:
			drop[j] = d.articleUnder(signs[j].at, end, true)
			call = call || drop[j]
		case signStamp:
			drop[j] = call && d.articleUnder(signs[j].at, end, false)
		}
		if !drop[j] {
			end, call = signs[j].at, false
		}
	}
	out := signs[:0]
	for j, s := range signs {
		if !drop[j] {
			out = append(out, s)
		}
	}
	return out
}

// articleRunLines is the fewest paragraphs of prose in a row under a
// signature that make the article's run rather than a comment's.
const articleRunLines = 5

// articleUnder reports whether the kept lines between blocks at and end
// hold a run of articleRunLines paragraphs of prose or more (proseWords
// words or more each, no shorter kept line between them) with more words
// than the kept prose above block at; with right, the run opens on the
// first kept line under block at (a form's fields and labels under a
// call to comment break it).
func (d *doc) articleUnder(at, end int, right bool) bool {
	n, run, best := 0, 0, 0
	for _, b := range d.blocks[at+1 : end] {
		if !b.kept() {
			continue
		}
		if b.nw < proseWords {
			if right {
				break
			}
			n, run = 0, 0
			continue
		}
		n++
		run += b.nw
		if n >= articleRunLines {
			best = max(best, run)
		}
	}
	if best == 0 {
		return false
	}
	above := 0
	for _, b := range d.blocks[:at] {
		if b.kept() && b.nw >= proseWords {
			above += b.nw
		}
	}
	return best > above
}
