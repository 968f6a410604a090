package clean

import "github.com/dossierapp/dossier/app/parse"

// headEchoPast returns the kept headline-shaped line a few lines under
// block i (headEchoReach) that is the title line's headline part word for
// word, where line i only shares most of its words: a teaser for the
// story's first part over the story's own headline ("Harbour Test Day 1"
// over "Harbour Test Day 2" for "Harbour Test Day 2 - Site"), the two
// under a standfirst the article's start was taken at. -1 when there is
// none, or line i is that headline.
func (d *doc) headEchoPast(i int) int {
	key := d.titleHeadKey()
	if key == "" || textKey(d.blocks[i].text) == key {
		return -1
	}
	if _, site := d.pageTitle().parts(); site == "" {
		return -1
	}
	for j := i + 1; j < len(d.blocks) && j <= i+headEchoReach; j++ {
		if b := d.blocks[j]; b.kept() && textKey(b.text) == key && parse.LooksLikeHeadline(b.text) {
			return j
		}
	}
	return -1
}

// headEchoReach is how many lines under a word-overlap match headEchoPast
// reads.
const headEchoReach = 6

// namedHeadline reports whether block i, a line a rule took out as a
// menu's, a header's or a teaser's (headlineRestorable), is the headline
// part of the page's title line word for word, the title line naming its
// site too ("Podium for Canuck" amid "About Us" / "Contact Us" and the
// day's date, under "harbourpost.com - Other Sports - Podium for Canuck"):
// the title line says it is the headline. Not when the site part is a line
// further down: the title line's parts were read the wrong way round, the
// line the site's masthead over the headline ("Jo Bakes" over "Spiced
// Buns" for "Jo Bakes – Spiced Buns").
func (d *doc) namedHeadline(i int) bool {
	b := d.blocks[i]
	if !headlineRestorable(b.removed) {
		return false
	}
	key := d.titleHeadKey()
	if key == "" || textKey(b.text) != key {
		return false
	}
	_, site := d.pageTitle().parts()
	return site != "" && indexBelow(d, i, site) < 0
}
