package clean

import "github.com/dossierapp/dossier/app/boiler"

// pastTeaser returns where the article's prose starts when block body, the
// first paragraph taken for it, is a short teaser over the headline that
// tells another story ("Celebrate the season with choirs from eight
// schools." / "Ferry found drifting off the point" / "Updated 10:12 PM" /
// "The ferry missing since Sunday ..."), as a page scraped without its
// title line keeps a box of promotions above the article: a sentence of
// maxCaptionWords words at most that shares no word with the story (see
// storyWords), over a headline-shaped line a removed button or two under
// it, that shares two words with the lede a few lines under it. Otherwise
// body.
func (d *doc) pastTeaser(body int, decisions []boiler.Decision) int {
	if d.blocks[body].nw > maxCaptionWords {
		return body
	}
	k := body + 1
	for n := 0; k < len(d.blocks) && !d.blocks[k].kept() && d.blocks[k].nw <= 2 && n < 2; k++ {
		n++ // a share button's "." or "Print"
	}
	if k >= len(d.blocks) {
		return body
	}
	h := d.blocks[k]
	if !h.kept() || h.nw < 3 || h.nw > 20 || !headlineShaped(h) || endsSentence(h.text) || bylineOrDate(h) {
		return body
	}
	if i := d.keptProseUnder(k, decisions, false); i >= 0 && sharedWords(ledeWords(d, i), h.text) >= 2 && sharedWords(paragraphWords(d, i, storyParas), d.blocks[body].text) == 0 {
		return i
	}
	return body
}
