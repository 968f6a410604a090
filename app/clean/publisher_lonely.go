package clean

import "strings"

// lonelyMasthead reports whether name, a page's first line read as its
// masthead, gives way to other, the name another cue gives (a copyright
// line's): name is a phrase of words (a brand's one word, "SuperSoccer", is
// a name by its shape) that the page's furniture names nowhere else
// (mentions counts the line itself), no paper's or address's name by its
// shape, sharing no word with other, and other no wire's (whose story a
// paper runs under its masthead). With no title line, the first line may
// be any link of the header ("My Profile", "Home Delivery", "Complete
// Forecast"), where the site's name recurs at its foot.
func (d *doc) lonelyMasthead(name, other string) bool {
	if other == "" || wireNamed(lower(other)) != "" || !strings.Contains(name, " ") || domainName(name) || paperShaped(name) || d.mentions(name) >= 2 {
		return false
	}
	o := " " + lower(other) + " "
	for _, w := range strings.Fields(lower(name)) {
		if len(w) >= 3 && w != "the" && strings.Contains(o, " "+w+" ") {
			return false // "Punch Newspapers" and "© PUNCH"
		}
	}
	return true
}

// proseWord reports whether a kept paragraph writes the lower-cased word
// low in small letters, as a word of its sentences, mid-sentence after a
// space and before a space or a comma ("the physics of ..."); a word of
// letters only (not an address, "mozilla.org").
func (d *doc) proseWord(low string) bool {
	if len(low) < 3 || strings.ContainsFunc(low, func(r rune) bool { return r < 'a' || r > 'z' }) {
		return false // (a name with a point or a digit, "albertmohler.com", is none)
	}
	for _, b := range d.blocks {
		if !b.kept() || b.kind != "paragraph" || b.nw < 8 {
			continue
		}
		for t := b.text; ; {
			k := strings.Index(t, low)
			if k < 0 {
				break
			}
			end := k + len(low)
			if k > 0 && t[k-1] == ' ' && (end == len(t) || strings.IndexByte(" ,;:", t[end]) >= 0) {
				return true
			}
			t = t[end:]
		}
	}
	return false
}
