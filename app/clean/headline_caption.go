package clean

import "github.com/dossierapp/dossier/app/boiler"

// captionReach is how many lines under the headline pastCaption reads for
// the article's first paragraph: a byline, a date, a credit.
const captionReach = 4

// pastCaption returns where the article's prose starts when block body,
// the first paragraph taken for it, is a picture's caption over the
// headline ("A ferry crew searches the harbour at Kellan Point, Monday." /
// "Ferry found drifting off the point" / "Updated 10:12 PM" / "The ferry
// missing since Sunday ..."): a sentence of maxCaptionWords words at most,
// under none of the lines the classifier keeps, that names a name of the
// story (see namesStory), right over a headline-shaped line that shares a
// word with the lede a few lines under it, past a byline, a date or a word
// or two, which the classifier keeps. Otherwise body.
func (d *doc) pastCaption(body int, decisions []boiler.Decision) int {
	if d.blocks[body].nw > maxCaptionWords {
		return body
	}
	for i, n := body-1, 0; i >= 0 && n < captionReach; i-- {
		if b := d.blocks[i]; b.removed != ReasonEmpty {
			if b.kept() && !decisions[i].Boilerplate {
				return body // a paragraph under its headline, under the lede
			}
			n++
		}
	}
	k := d.nextNonEmpty(body)
	if k < 0 {
		return body
	}
	h := d.blocks[k]
	if !h.kept() || h.nw > 20 || !headlineShaped(h) || endsSentence(h.text) || bylineOrDate(h) {
		return body
	}
	if i := d.keptProseUnder(k, decisions, true); i >= 0 && sharedWords(ledeWords(d, i), h.text) > 0 && namesStory(paragraphWords(d, i, storyParas), d.blocks[body].text) {
		return i
	}
	return body
}

// keptProseUnder returns the first line of prose the classifier keeps within
// captionReach lines under block k (empty lines not counted), or -1. With
// onlyShort, a kept line of more than three words that is no byline or
// date ends the search before it: the headline's lede must come first.
func (d *doc) keptProseUnder(k int, decisions []boiler.Decision, onlyShort bool) int {
	for i, n := k+1, 0; i < len(d.blocks) && n < captionReach; i++ {
		b := d.blocks[i]
		if b.removed == ReasonEmpty {
			continue
		}
		n++
		if b.prose() && !decisions[i].Boilerplate {
			return i
		}
		if onlyShort && b.kept() && b.nw > 3 && !bylineOrDate(b) {
			return -1
		}
	}
	return -1
}
