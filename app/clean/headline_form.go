package clean

// A mailing form or a share row between the headline and the article ("Your
// name:" / "Recipient's email address:" / "Add a message:" / "Send Mail
// close this form") is a run of short lines that tell none of the story, as
// many as ledeEcho reads above the first paragraph: the headline over its
// byline or date stands above them.

// formAbove returns where ledeEcho's reach ends above block from when a
// form's short lines, those of three words or fewer that share no story
// word with the lede (lede: see ledeWords), count for no line.
func formAbove(d *doc, from int, lede map[string]bool) int {
	for n := 0; from > 0 && n < ledeSpan; {
		from--
		if b := d.blocks[from]; (b.kept() || b.nw > 2) && (b.nw > 3 || sharedWords(lede, b.text) > 0) {
			n++
		}
	}
	return from
}

// overForm reports whether block i, above ledeEcho's reach (from), is a
// headline over its byline or date with only short lines (a form's, a
// share row's, five words or fewer) between those and the reach: no other
// story's headline or teaser stands between it and the article.
func (d *doc) overForm(i, from int) bool {
	if !d.overBylineOrDate(i) {
		return false
	}
	for k := i + 1; k < from; k++ {
		if b := d.blocks[k]; b.nw > 5 && !bylineOrDate(b) {
			return false
		}
	}
	return true
}
