package clean

import "strings"

// wireSignoffs are the agencies' names a wire story signs off with, alone
// on its last line, in lower case: "Reuter" (as Reuters signed its stories
// in the 1980s), "REUTERS", "AFP".
var wireSignoffs = setOf("reuter reuters afp ap upi dpa ansa efe xinhua")

// ruleWireSignoff removes a wire story's sign-off, the agency's name alone
// on its last line under the story's text, as metadata. It names no
// publisher: the wire's stories on a member's site sign off so too, and a
// dossier of one wire's stories given a publisher would find each
// recurring report's headline ("GRAIN SHIPS LOADING AT PORTLAND") a line
// of its template.
func ruleWireSignoff(d *doc) {
	last := -1
	for i := len(d.blocks) - 1; i >= 0; i-- {
		if d.blocks[i].kept() {
			last = i
			break
		}
	}
	if last < 1 {
		return
	}
	if !wireSignoffs[strings.ToLower(strings.Trim(d.blocks[last].text, " .-–—()"))] || d.blocks[last].text == strings.ToLower(d.blocks[last].text) {
		return // "ap" in lower case is no agency's sign-off
	}
	for i := last - 1; i >= 0; i-- {
		if b := d.blocks[i]; b.kept() && b.kind != "title" {
			d.remove(last, ReasonMetadata)
			return
		}
	}
}
