package clean

import (
	"slices"
	"strings"
)

// wireSignoffs are the agencies' names a wire story signs off with, alone
// on its last line: "Reuter" (as Reuters signed its stories in the
// 1980s), "REUTERS", "AFP". One in lower case is no sign-off.
var wireSignoffs = []string{"Reuter", "REUTER", "Reuters", "REUTERS", "AFP", "AP", "UPI", "dpa", "ANSA", "EFE", "Xinhua", "XINHUA"}

// ruleWireSignoff removes a wire story's sign-off, the agency's name alone
// on its last line under the story's text (ReasonSignoff). It names no
// publisher: the wire's stories on a member's site sign off so too, and a
// dossier of one wire's stories given a publisher would find each
// recurring report's headline ("GRAIN SHIPS LOADING AT PORTLAND") a line
// of its template.
func ruleWireSignoff(d *doc) {
	last := len(d.blocks) - 1
	for last >= 0 && !d.blocks[last].kept() {
		last--
	}
	if last < 1 {
		return
	}
	if b := d.blocks[last]; b.kind == "paragraph" && b.nw > 3 {
		// Run into the story's last sentence by a wrapped line: "... in
		// the 1987/88 price round. Reuter".
		b.cutSpans(gluedSignoff, ReasonSignoff)
		return
	}
	if !slices.Contains(wireSignoffs, strings.Trim(d.blocks[last].text, " .-()")) {
		return
	}
	for _, b := range d.blocks[:last] {
		if b.kept() && b.kind != "title" {
			d.remove(last, ReasonSignoff)
			return
		}
	}
}

// gluedSignoff returns the span of a sign-off that ends s after a full
// sentence (" Reuter" of "... price round. Reuter"), or -1.
func gluedSignoff(s string) (int, int) {
	k := strings.LastIndexByte(s, ' ')
	if k < 1 || !slices.Contains(wireSignoffs, s[k+1:]) || !strings.ContainsRune(".!?\"”", rune(s[k-1])) {
		return -1, -1
	}
	return k, len(s)
}
