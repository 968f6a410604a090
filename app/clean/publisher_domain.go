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

// stationTag returns the masthead a local station's dateline names by its
// call letters ("DETROIT (WXYZ) — ..." under "WXYZ 7 Detroit"): the first
// kept paragraph opens with a place in capitals and a tag of three to five
// capitals in parentheses, no wire's, which one of the page's first removed
// lines of four words at most opens with. "" when there is none.
func (d *doc) stationTag() string {
	p := d.firstProse()
	if p < 0 {
		return ""
	}
	t := d.blocks[p].text
	k := strings.Index(t, " (")
	if k <= 0 || k > 40 || !shouted(t[:k]) {
		return ""
	}
	tag, rest, ok := strings.Cut(t[k+2:], ")")
	if !ok || len(tag) < 3 || len(tag) > 5 || !shouted(tag) || strings.ContainsFunc(tag, notLetter) || wireNamed(lower(tag)) != "" ||
		!hasPrefixAny(strings.TrimSpace(rest), "—", "–", "-") {
		return ""
	}
	for _, b := range d.blocks[:p] {
		if !b.kept() && b.nw >= 2 && b.nw <= 4 && strings.HasPrefix(b.text, tag+" ") {
			return publicationName(b.text)
		}
	}
	return ""
}
