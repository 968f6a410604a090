package clean

// headlineAtArticle moves the title from the block chosen to its repeat
// that heads the article, when the copy chosen stands apart from it: the
// page's title line, or a link to the story in a menu of the site's
// stories ("Threat Level" / the headline / the next story's), with the
// article's own headline, removed as the repeat, further down over its
// byline and prose. The title's text stays; the line that shows it is the
// article's.
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
	// The first repeat over the article's prose, above its first
	// paragraph (later ones stand in a gallery's or a list's entries).
	h := -1
	for i := t + 1; i < len(d.blocks) && h < 0 && !d.blocks[i].prose(); i++ {
		if b := d.blocks[i]; b.removed == ReasonRepeated && d.twins[i] == t && b.nw <= 25 && d.overProse(i) {
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
		if n++; b.nw > shortLine {
			return false
		}
	}
	return false
}
