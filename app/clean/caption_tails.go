package clean

import (
	"strings"

	"github.com/dossierapp/dossier/app/parse"
)

// bulletCreditCaption reports whether block i is the lead picture's
// caption closing on a bullet and the picture's agency, as ESPNcricinfo
// prints them ("Ajinkya Rahane struck 17 fours in his innings • PTI",
// "... • Getty Images"): thirty words at most, the credit three words at
// most, an agency or a picture library's; no prose of the story above it
// (leadCaption), a longer paragraph of prose under it. The bullet sets
// the credit apart as the dash does on Pakistan's papers
// (dashAgencyCaption), with or without the caption's full stop.
func (d *doc) bulletCreditCaption(i int) bool {
	b := d.blocks[i]
	if b.nw > 30 || b.nw < 4 || b.kind == "title" || !contains(b.text, " • ") {
		return false
	}
	k := strings.LastIndex(b.text, " • ")
	credit := strings.TrimSpace(b.text[k+len(" • "):])
	if n := words(credit); n == 0 || n > 3 || !startsUpper(credit) || contains(b.text[:k], " • ") ||
		!parse.NationalAgency(credit) && !agencyCredit(lower(credit)) {
		return false
	}
	return d.leadCaption(i) && d.proseUnder(i)
}

// barNameCaption reports whether block i is the lead picture's caption
// closing, after its full stop, on the photographer and the outlet with a
// bar between, the picture's year after them or not, as MPR News prints
// them ("St. Paul Public Schools headquarters. Ben Hovland | MPR News
// 2025"): the name two or three capitalised words, the outlet one to four;
// thirty words at most, no prose above it (leadCaption), prose under it.
func (d *doc) barNameCaption(i int) bool {
	b := d.blocks[i]
	if b.nw > 30 || b.kind == "title" || !contains(b.text, " | ") {
		return false
	}
	k := strings.LastIndex(b.text, ". ")
	if k < 0 || !contains(b.text[k:], " | ") {
		return false
	}
	name, outlet, _ := strings.Cut(b.text[k+2:], " | ")
	if f := strings.Fields(outlet); len(f) > 1 && len(f[len(f)-1]) == 4 && leadingDigits(f[len(f)-1]) == 4 {
		outlet = strings.Join(f[:len(f)-1], " ") // the picture's year
	}
	if n := words(name); n < 2 || n > 3 || !namesOnly(name) || strings.ContainsAny(name, ".,;:!?") {
		return false
	}
	if n := words(outlet); n < 1 || n > 4 || !namesOnly(outlet) || strings.ContainsAny(outlet, ".,;:!?|") {
		return false
	}
	return d.leadCaption(i) && d.proseUnder(i)
}

// ownSlashCredit reports whether block b is a credit line naming the
// photographer and, after a slash, the site itself (its title line's site
// part): Quanta's "Kristina Armitage/Quanta Magazine" under the
// standfirst, in brackets or not. The photographer is two or three
// capitalised words.
func (d *doc) ownSlashCredit(b *block) bool {
	if b.nw > 6 || b.kind == "title" {
		return false
	}
	// (BenarNews brackets it: "[Dita Alangkara/BenarNews]")
	text := b.text
	if len(text) > 2 && (text[0] == '[' && text[len(text)-1] == ']' || text[0] == '(' && text[len(text)-1] == ')') {
		text = text[1 : len(text)-1]
	}
	who, outlet, ok := strings.Cut(text, "/")
	if !ok || words(who) < 2 || words(who) > 3 || !namesOnly(who) || strings.ContainsAny(who, ".,;:!?") {
		return false
	}
	site := d.site
	if site == "" && len(d.blocks) > 0 && (d.blocks[0].kind == "title" || d.blocks[0].removed == ReasonPageTitle) {
		site = d.firstLineSite()
	}
	return site != "" && strings.EqualFold(strings.TrimSpace(outlet), site)
}
