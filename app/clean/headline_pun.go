package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/boiler"
)

// A punning headline over its deck ("Slammer for Rammer" over "Judge sets
// example in handing out four-year sentence") shares no word with the
// story, so neither echo finds it; the classifier, which reads no title
// line above it on a page scraped without one, takes it for one more line
// of the header and keeps the deck, which the rules then make the title.
// The layout still tells it: a short headline right over a line three words
// longer or more, only a date or a byline between, and no list of other
// stories' headlines it could end.

// headlineOverDeck returns the headline right over line h when h is its
// deck (see above): the line over h, past bylines and dates, removed as the
// header's or a list's, of three to eight words, shaped as one headline
// with a word in small letters (see smallWord),
// under no other headline-shaped line (a list's), sharing no story word
// with h (a label names the headline's subject: "Mozambique + 1 more" over
// "Mozambique: ..."), with h three words longer or more, telling the story
// below (a story word of the first paragraphs from body on), no sentence's
// end, and doubted by the classifier. It returns -1 when there is none.
func headlineOverDeck(d *doc, h, body int, decisions []boiler.Decision) int {
	if h <= 0 || h >= body || h >= len(decisions) || !decisions[h].Boilerplate {
		return -1
	}
	deck := d.blocks[h]
	if deck.kind == "title" || endsSentence(deck.text) || strings.HasSuffix(strings.TrimSpace(deck.text), ".") {
		return -1
	}
	k := d.prevNonEmpty(h)
	for n := 0; k >= 0 && n < 2 && dateOrBy(d.blocks[k]); n++ {
		k = d.prevNonEmpty(k)
	}
	if k < 0 {
		return -1
	}
	b := d.blocks[k]
	if crumbLine(b.text) || strings.ContainsAny(b.text, ">›»&") || !smallWord(b.text) {
		return -1 // a trail's, a section's label ("International - India & World", "More Latest News")
	}
	if b.kept() || !headlineRestorable(b.removed) || b.nw < 3 || b.nw > 8 || deck.nw < b.nw+3 || !oneHeadline(b) || d.listEntry(k) {
		return -1
	}
	if p := d.prevNonEmpty(k); p >= 0 && d.blocks[p].nw >= 4 && oneHeadline(d.blocks[p]) {
		return -1 // a list of other stories' headlines, the deck its next entry
	}
	if shared, _ := echoOf(setOfWords(storyWords(deck.text)), b.text); shared > 0 {
		return -1 // a label naming the headline's subject ("Mozambique + 1 more" over "Mozambique: ...")
	}
	if shared, _ := echoOf(paragraphWords(d, storyStart(d, body), storyParas), deck.text); shared == 0 {
		return -1
	}
	return k
}

// overDateLine reports whether the line right under block i is a byline
// ("By Jo Reed") or a date line, as under an article's headline.
func (d *doc) overDateLine(i int) bool {
	q := d.nextNonEmpty(i)
	if q < 0 {
		return false
	}
	b := d.blocks[q]
	return strings.HasPrefix(b.low, "by ") && b.nw <= 8 || isTimeLine(b.low) || isMetadataLine(b.text, b.low, b.nw) || hasDate(b.text) && b.nw <= 10
}

// setOfWords is the set of words.
func setOfWords(words []string) map[string]bool {
	out := make(map[string]bool, len(words))
	for _, w := range words {
		out[w] = true
	}
	return out
}

// dateOrBy reports whether b is a date line or a byline opening with "By":
// what stands between a headline and its deck.
func dateOrBy(b *block) bool {
	return b.removed == ReasonMetadata || isTimeLine(b.low) || isMetadataLine(b.text, b.low, b.nw) || strings.HasPrefix(b.low, "by ") && b.nw <= 8
}

// smallWord reports whether a word of s opens with a small letter ("for",
// "with"): a headline's words, in sentence case or between its capitalised
// ones, as a section's label in capitals has none.
func smallWord(s string) bool {
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			return true
		}
	}
	return false
}
