package clean

import "strings"

// ownAddress reports whether a copyright line's name is the site's own
// address ("© 2012 HarbourNews.com", a domain of one word), no owning
// company's, on a page whose title line names no site: under a portal's
// bar ("Portal" / "Mail" / "Autos" ... over "© 2012 HarbourNews.com") the
// address names the publication, as the masthead over the bar does not.
// With a title line naming the site, that name stands (a blog's, over its
// writer's domain), as does a first line the address spells ("Xinhua" over
// "© XINHUANET.com": the masthead names the site the address does).
func (d *doc) ownAddress(name string) bool {
	name = publicationName(name)
	if d.site != "" || !domainName(name) || words(name) != 1 || !startsUpper(name) {
		return false
	}
	first := nameKey(d.blocks[0].text)
	return len(first) < 3 || !strings.Contains(nameKey(name), first)
}

// withFor returns name, the proper name text opens with, and the words
// after it when "for" and more capitalised words follow: a copyright
// line's institution ("© 2012 Center for American Progress"), whose name
// properName ends at its first small word.
func withFor(text, name string) string {
	rest, ok := strings.CutPrefix(strings.TrimLeft(text, " "), name+" for ")
	if !ok || name == "" {
		return name
	}
	if more := properName(rest); more != "" {
		return name + " for " + more
	}
	return name
}
