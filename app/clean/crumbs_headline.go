package clean

import (
	"strings"
	"unicode"
)

// trailToHeadline reports whether block i is a navigation trail that ends
// on the story's headline, the line under it: The Indian Express' "News /
// Cities / Kochi / Kerala to roll out free Wi-Fi in 2,000 village
// libraries", The Economic Times' "Business News›Industry›Auto›Auto
// News›Tata Motors to invest ...". Without the page's title line nothing
// else names the trail's last part, which isBreadcrumb finds too long for a
// section's.
func (d *doc) trailToHeadline(i int) bool {
	b := d.blocks[i]
	if i == 0 || b.nw > 40 || !hasCrumbSeparator(b.text) { // the first line may be the page's title: "Site » Headline"
		return false
	}
	j := d.nextKept(i)
	if j < 0 || j > i+2 {
		return false
	}
	// (the headline's words first: a line equal to it but for case has as
	// many, and a menu's next line is seldom one of four)
	next := strings.TrimSpace(d.blocks[j].text)
	if words(next) < 4 {
		return false
	}
	for _, sep := range []string{" / ", "›", " > ", " » ", " | "} {
		parts := strings.Split(b.text, sep)
		if len(parts) < 3 { // a section or more, then the headline
			continue
		}
		last := strings.TrimSpace(parts[len(parts)-1])
		if !strings.EqualFold(last, next) || words(last) < 4 {
			continue
		}
		for _, p := range parts[:len(parts)-1] {
			p = strings.TrimSpace(p)
			if p == "" || wordsGT(p, 3) || endsSentence(p) {
				return false
			}
			if r := []rune(p)[0]; !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				return false
			}
		}
		return true
	}
	return false
}
