package clean

import "github.com/dossierapp/dossier/app/boiler"

// An advert's blurb, a poll's or a reader's quote in a box above the
// article may be a sentence of prose the classifier keeps; the article's
// first paragraph opens a run of them.

// proseRunReach is how many lines under a paragraph of prose proseRun
// looks for the next, and how many lines of the paragraphs' run it reads.
const proseRunReach = 3

// proseRun returns the first paragraph of prose from block body on that
// another paragraph of prose the classifier keeps follows within
// proseRunReach lines, when body is alone: the article's first paragraph,
// past a box's sentence. It returns body when body opens a run, or when
// no later paragraph does.
func (d *doc) proseRun(body int, decisions []boiler.Decision) int {
	for i := body; i >= 0 && i < len(d.blocks); i++ {
		if !d.bodyProse(i, decisions) {
			continue
		}
		for j, n := i+1, 0; j < len(d.blocks) && n < proseRunReach; j++ {
			if d.blocks[j].removed == ReasonEmpty {
				continue
			}
			n++
			if d.bodyProse(j, decisions) {
				return i
			}
		}
	}
	return body
}

// bodyProse reports whether block i is a paragraph of prose the classifier
// keeps with some confidence (see bodyThreshold).
func (d *doc) bodyProse(i int, decisions []boiler.Decision) bool {
	return d.blocks[i].prose() && !decisions[i].Boilerplate && decisions[i].P < bodyThreshold
}
