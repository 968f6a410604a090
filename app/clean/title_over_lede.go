package clean

// overLedeHeader reports whether kept block i stands over the headline
// headlineOverLede found right above the article's first paragraph (past
// its byline and date), which a rule made the title, a headline of four
// words or more (not a mail's "From: Jo Reed"), and shares no story
// word with the first paragraphs: an advert's or a teaser's line the
// classifier only doubted, which chooseTitle, taking the first kept line,
// would otherwise take for the headline.
func (d *doc) overLedeHeader(i int) bool {
	t := d.promotedTitle(i)
	if t <= i || d.overLede == nil || d.blocks[t] != d.overLede || d.overLede.nw < 4 || d.blocks[i].kind == "title" {
		return false
	}
	f := d.firstProse()
	return f > t && sharedWords(ledeWords(d, f), d.blocks[i].text) == 0
}
