package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ruleEndNotes removes the short notes a page leaves right under the
// story, past its last paragraph of prose: the page's own address after a
// label (24.kg's "Link to the news: https://24.kg/..."), the opening of a
// release's contacts (UNHCR's "For more information on this topic, please
// contact:"), the site's address for readers' questions and a link to
// the document the story reports on (Courthouse
// News' "Read the ruling"), a contact's line (a name, a telephone
// number and an address for mail) and a label left with nothing under it
// once what it labelled went ("Contacts", "Subscriber only content").
func ruleEndNotes(d *doc) {
	last := -1 // the story's last paragraph of prose
	for i, b := range d.blocks {
		if b.prose() {
			last = i
		}
	}
	for i := last + 1; last >= 0 && i < len(d.blocks); i++ {
		b := d.blocks[i]
		switch {
		case !b.kept() || b.kind == "title" || b.nw > 16:
		case pageLinkLine(b):
			d.remove(i, ReasonShare)
		case b.nw <= 12 && strings.HasSuffix(b.low, " contact:") && hasPrefixAny(b.low, "for more information", "for further information", "for more details", "for media inquiries", "for media enquiries"):
			d.remove(i, ReasonMetadata)
		case b.nw <= 14 && strings.Contains(b.text, "@") && b.hasAny("email us", "e-mail us", "write to us", "contact us at") && !hasQuote(b.text):
			// VERA Files' "Have a question? Email us at factcheck@...".
			d.remove(i, ReasonPromo)
		case b.nw <= 4 && documentLink(b.k) && d.nextKept(i) < 0:
			d.remove(i, ReasonRelated)
		case b.nw <= 16 && contactLine(b.text) && !hasQuote(b.text):
			d.remove(i, ReasonMetadata)
		case b.kind == "heading" && b.nw <= 4 && bareLabel(b.text) && i+1 < len(d.blocks) && d.nextKept(i) < 0 && !underSalutation(d, i):
			// Its section went: it goes with it, for the same reason; a
			// name alone is the writer's (Daryo's "Abdulla Karimov").
			why := d.blocks[i+1].removed
			if b.nw >= 2 && b.nw <= 3 && capitalisedWords(b.text) {
				why = ReasonMetadata
			}
			d.remove(i, why)
		}
	}
}

// contactLine reports whether s gives an address for mail ("name@host.org")
// and a telephone number (seven digits or more).
func contactLine(s string) bool {
	at := strings.IndexByte(s, '@')
	if at < 1 || !strings.Contains(s[at:], ".") {
		return false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n >= 7
}

// pageLinkLine reports whether block b is a label naming a link, six words
// at most, and an address alone after its colon: "Link to the news:
// https://...", "Short link for this page: http://...", "Permalink:
// https://...", and Business Wire's "View source version on
// businesswire.com: https://...".
func pageLinkLine(b *block) bool {
	label, addr, ok := strings.Cut(b.low, ":")
	if ok && (addr == "" || addr[0] != ' ') && strings.HasPrefix(addr, "//") {
		return false // the colon of the address itself ("https://...")
	}
	addr = strings.TrimSpace(addr)
	if !ok || words(label) > 6 || !strings.Contains(label, "link") && !strings.HasPrefix(label, "view source version") || strings.ContainsAny(addr, " \t") ||
		!hasPrefixAny(addr, "http://", "https://", "www.") {
		return false
	}
	return true
}

// documents are what a story reports on that a link under it opens.
var documents = phrases("ruling|decision|judgment|judgement|opinion|complaint|lawsuit|indictment|order|filing|verdict|report|full report|study|letter|statement|transcript|bill")

// documentLink reports whether a lower-cased line of four words at most
// is a link to a document ("read the ruling", "download the full
// report"), no sentence's end.
func documentLink(low string) bool {
	for _, verb := range []string{"read the ", "download the ", "view the ", "see the "} {
		if rest, ok := strings.CutPrefix(low, verb); ok {
			return documents[rest]
		}
	}
	return false
}

// underSalutation reports whether the kept block before block i ends on
// a comma: i is the name signing a letter ("See you next week," / "Nora").
func underSalutation(d *doc, i int) bool {
	p := i - 1
	for p >= 0 && !d.blocks[p].kept() {
		p--
	}
	return p >= 0 && strings.HasSuffix(d.blocks[p].text, ",")
}

// bareLabel reports whether s is letters and spaces only: no number, no
// stop, comma or colon.
func bareLabel(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && r != ' ' {
			return false
		}
	}
	return true
}

// capitalisedWords reports whether every word of s opens on a capital.
func capitalisedWords(s string) bool {
	for w := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
