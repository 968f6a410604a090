package clean

import "github.com/dossierapp/dossier/app/boiler"

// ruleMastheadEcho removes the site's name the page repeats after the
// article on a line of its own, over its comments or in its footer
// (TimesLIVE's "TimesLIVE" under the last paragraph), when the same words
// open the page: one of its first four lines (the title line, a long one,
// and the three past it), removed there. Three words at most, no sentence.
func ruleMastheadEcho(d *doc) {
	p := d.firstProse()
	if p < 0 {
		return
	}
	top := map[string]bool{}
	for i, n := 0, 0; i < p && n < 4; i++ {
		b := d.blocks[i]
		if b.removed == ReasonEmpty {
			continue
		}
		n++
		if !b.kept() && b.nw <= 3 && b.k != "" {
			top[b.k] = true
		}
	}
	for i := p + 1; i < len(d.blocks); i++ {
		if b := d.blocks[i]; b.kept() && b.nw <= 3 && top[b.k] && !endsSentence(b.text) {
			d.remove(i, boiler.ReasonHeader)
		}
	}
}
