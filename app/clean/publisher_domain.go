package clean

import "strings"

// spelledDomain returns the name a removed short line of the page spells
// site, a domain, out in words ("Trinidad Express Newspapers" of
// "trinidadexpress.com", "NBC News" of "nbcnews.com"): the same letters,
// or those and "Newspapers" or "Online" after them; "" when no line
// does. The masthead or the footer writes the name the domain squashes.
func (d *doc) spelledDomain(site string) string {
	key := nameKey(site)
	if len(key) < 5 {
		return ""
	}
	for _, b := range d.blocks {
		if b.kept() || b.nw < 2 || b.nw > 4 || !startsUpper(b.text) || !capitalised(b.text) || domainName(b.text) || strings.ContainsAny(b.text, "|:;!?,©0123456789") {
			continue
		}
		k := nameKey(b.text)
		if k == key {
			return publicationName(b.text)
		}
		if rest, ok := strings.CutPrefix(k, key); ok && (rest == "newspapers" || rest == "newspaper" || rest == "online") {
			return publicationName(b.text)
		}
	}
	return ""
}
