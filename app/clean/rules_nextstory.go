package clean

import "github.com/dossierapp/dossier/app/parse"

// ReasonNextStory marks the lines of another article a page loads under its
// own ("Next story", its headline, its byline and its text: an endlessly
// scrolling site flattened to text).
const ReasonNextStory = "next story"

// nextStoryLabels introduce the next article on the same page.
var nextStoryLabels = phrases("next story|next article|up next|read next|next up|continue reading the next story")

// ruleNextStory removes everything after a "Next story" label that is
// followed by a headline and that story's own byline or date, once the
// page's article has had two paragraphs of prose: what follows is another
// article.
func ruleNextStory(d *doc) {
	prose := 0
	for i, b := range d.blocks {
		if b.kept() && b.kind == "paragraph" && b.nw >= minSentenceWords && endsSentence(b.text) {
			prose++
			continue
		}
		if prose < 2 || !nextStoryLabels[b.k] || !d.storyHeadAt(i+1) {
			continue
		}
		for j := i; j < len(d.blocks); j++ {
			switch b := d.blocks[j]; {
			case b.kept():
				d.remove(j, ReasonNextStory)
			case j <= i+3 && (b.removed == ReasonNav || b.removed == ReasonMetadata || b.removed == ReasonRelated):
				b.removed = ReasonNextStory // its label, headline and byline
			}
		}
		return
	}
}

// storyHeadAt reports whether an article's head starts at block i: a
// headline, then within two lines its byline or dateline (a metadata line).
func (d *doc) storyHeadAt(i int) bool {
	if i >= len(d.blocks) {
		return false
	}
	h := d.blocks[i]
	if h.nw < 3 || endsSentence(h.text) || !parse.LooksLikeHeadline(h.text) {
		return false
	}
	for j := i + 1; j < len(d.blocks) && j <= i+2; j++ {
		if d.blocks[j].removed == ReasonMetadata {
			return true
		}
	}
	return false
}
