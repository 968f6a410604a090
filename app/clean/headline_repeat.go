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
	t := -1
	for i, b := range d.blocks {
		if b.kind == "title" && b.kept() {
			t = i
			break
		}
	}
	if t < 0 {
		return
	}
	// The first repeat over the article's prose with more of the page's
	// kept prose under it than between the copy chosen and it (a menu's
	// blurbs above the article, a list's entries under it).
	total := 0
	for _, b := range d.blocks[t+1:] {
		if b.prose() {
			total++
		}
	}
	h := -1
	for i, above := t+1, 0; i < len(d.blocks) && h < 0 && 2*above < total; i++ {
		switch b := d.blocks[i]; {
		case b.prose():
			above++
		case b.removed == ReasonRepeated && d.twins[i] == t && b.nw <= 25 && d.overProse(i):
			h = i
		}
	}
	if h < 0 {
		return
	}
	title := d.blocks[t]
	title.kind = "heading"
	if t == 0 {
		title.removed = ReasonPageTitle
	} else {
		d.removeRepeat(t, h)
	}
	d.blocks[h].removed, d.blocks[h].kind = "", "title"
}

// overProse reports whether the article's prose comes a few kept lines
// under block i, with only short lines between (a byline, a date, a
// subhead).
func (d *doc) overProse(i int) bool {
	for k, n := i+1, 0; k < len(d.blocks) && n < articleReach; k++ {
		b := d.blocks[k]
		if !b.kept() {
			continue
		}
		if b.prose() {
			return true
		}
		n++
	}
	return false
}
