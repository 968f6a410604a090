package clean

import (
	"strings"

	"github.com/dossierapp/dossier/app/boiler"
)

// The lines findPublisher and masthead read for the shape of the page's
// furniture around a name: a masthead's line, a menu's first link, a
// logo's word, a headline's part.

// topLine reports whether one of the few lines under the page's first is
// name alone, taken out: the masthead's.
func (d *doc) topLine(name string) bool {
	if len(d.blocks) < 2 {
		return false
	}
	for _, b := range d.blocks[1:min(len(d.blocks), 5)] {
		if !b.kept() && strings.EqualFold(b.text, name) {
			return true
		}
	}
	return false
}

// menuFirst reports whether the three lines under line b (skipping blank
// ones) are each three words at most, taken out for the reason b was: b is
// the first of a menu's links.
func (d *doc) menuFirst(b *block) bool {
	i := -1
	for k, o := range d.blocks {
		if o == b {
			i = k
			break
		}
	}
	for n := 0; n < 3; n++ {
		if i = d.nextNonEmpty(i); i < 0 {
			return false
		}
		if o := d.blocks[i]; o.nw == 0 || o.nw > 3 || o.kept() || o.removed != b.removed {
			return false
		}
	}
	return true
}

// logoWord reports whether line b is one word of six letters or more, all
// in small letters, as a logo's text writes a brand ("istartedsomething",
// "flavorwire"): no word the classifier learned as furniture nor a
// section's, a menu's or a control's.
func logoWord(b *block) bool {
	if b.nw != 1 || len(b.text) < 6 || b.text != b.low || strings.ContainsFunc(b.text, func(r rune) bool { return r < 'a' || r > 'z' }) {
		return false
	}
	_, known := boiler.Default().Vocab[b.low]
	return !known && !sectionWords[b.low] && !menuButtons[b.low] && !uiWords[b.low] && !furnitureWords[b.low] && !mastheadSkips[b.low] && !functionWords[b.low]
}

// siteWithHeadline reports whether every short removed line of the page
// past its first (two or more, title lines aside) that names site names the
// headline (title) with it: "Think Like a Doctor: A Terrible Leg Wound
// Solved" in a list of related stories, the site part read off a headline
// of two parts.
func (d *doc) siteWithHeadline(site, title string) bool {
	ks, kt := nameKey(site), nameKey(title)
	if len(ks) < 3 || len(kt) < 3 || strings.Contains(kt, ks) {
		return false
	}
	n := 0
	for _, b := range d.blocks[1:] {
		if b.kept() || b.nw > 15 || b.removed == ReasonPageTitle {
			continue // (nor a title line further down, nor a citation's sentence)
		}
		s := squash(b.low)
		if !strings.Contains(s, ks) {
			continue
		}
		if !strings.Contains(s, kt) {
			return false
		}
		n++
	}
	return n >= 2
}

// companyTail reports whether what a company's name adds to a brand
// (company, brand its first words) is a company's word: "Media" of
// "Forbes Media", "Group" of "Harbour Group"; not "Tavern" of "WordPress
// Tavern", a site's name whole.
func companyTail(company, brand string) bool {
	if len(brand) >= len(company) {
		return false
	}
	return companyWords[lower(strings.TrimSpace(company[len(brand):]))]
}

// companyWords follow a brand in its company's name, in English and as a
// publisher's in other languages ("Gazetecilik", "Verlag", "Editora").
var companyWords = setOf("media group interactive communications holdings networks network publishing publications digital entertainment " +
	"gazetecilik yayıncılık verlag medien mediengruppe editora editorial ediciones éditions edições")
