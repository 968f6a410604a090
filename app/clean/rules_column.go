package clean

import "github.com/dossierapp/dossier/app/boiler"

// ruleColumn removes as the page's header the lines still kept above a
// blog post's headline that repeats the page's title line (d.column, which
// ruleLearned finds): the blog's side column, its writer's beliefs as
// numbered sentences, a welcome, a plug for a book, which the classifier
// only doubts and its keep rules held between sentences. The post's date
// and byline went as metadata before; the lines right above the headline,
// no removed line between, that share a word with the post's first
// paragraphs stay (a deck and a lede set above the repeated headline), not
// the column's last links run on to it. It runs after the comment rules, which read the prose above a
// comment section as the article's.
func ruleColumn(d *doc) {
	h := d.column
	if h <= 0 || h >= len(d.blocks) {
		return
	}
	top := h // the first of the kept lines right above the headline
	for top > 1 && (d.blocks[top-1].kept() && echoesStoryBelow(d, top-1, h) || d.blocks[top-1].removed == ReasonEmpty) {
		top--
	}
	for i := 1; i < top; i++ {
		if b := d.blocks[i]; b.kept() && b.kind != "title" {
			d.remove(i, boiler.ReasonHeader)
		}
	}
}
