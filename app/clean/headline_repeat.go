package clean

// headlineAtArticle moves the title from the block chosen to its repeat
// that heads the article, when the copy chosen stands apart from it: the
// page's title line, or a link to the story in a menu of the site's
// stories ("Threat Level" / the headline / the next story's), with the
// article's own headline, removed as the repeat, further down over its
// byline and prose. The title's text stays; the line that shows it is the
// article's. Dev by site: 115 lines toward their labels (987 words), 14
// away (124 words, most of them a headline's copies both labelled alike);
// without title lines 15 (119 words) and 4 (30 words).
func (d *doc) headlineAtArticle() {
	// The first repeat over the article's prose with more of the page's
	// kept prose under it than between the copy chosen and it (a menu's
	// blurbs above the article, a list's entries under it).
	t, total := -1, 0
	for i, b := range d.blocks {
		if t < 0 && b.kind == "title" && b.removed == "" {
			t = i
		} else if t >= 0 && b.prose() {
			total++
		}
	}
	for i, above := t+1, 0; t >= 0 && i < len(d.blocks) && 2*above < total; i++ {
		b := d.blocks[i]
		if b.prose() {
			above++
		} else if b.removed == ReasonRepeated && b.nw <= 25 && d.twins[i] == t && d.overProse(i) {
			title := d.blocks[t]
			title.kind, title.removed = "heading", ReasonRepeated
			if t == 0 {
				title.removed = ReasonPageTitle
			}
			b.kind, b.removed = "title", ""
			return
		}
	}
}

// overProse reports whether the article's prose comes a few kept lines
// under block i (past a byline, a date, a subhead).
func (d *doc) overProse(i int) bool {
	for k, n := i+1, 0; k < len(d.blocks) && n < articleReach; k++ {
		if b := d.blocks[k]; b.removed == "" {
			if b.prose() {
				return true
			}
			n++
		}
	}
	return false
}
