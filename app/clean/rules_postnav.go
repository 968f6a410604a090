package clean

import "strings"

// postNavLabels open a link to a blog's previous or next post ("Previous
// post: How to Wait Less", "« Previous Post").
var postNavLabels = []string{"previous post", "next post", "previous story:", "next story:", "previous article", "next article",
	"previous entry", "next entry", "older post", "newer post", "back to story"}

// postNavMost is the most words of a link to another post.
const postNavMost = 20

// postNav reports whether kept block b is a link to the blog's previous or
// next post, or a short link on to more: opening with a back arrow ("«
// Weekly news roundup #186", "‹ Back to Story", "<< Previous Post") or one
// of postNavLabels, or of five words at most closed by an arrow ("View the
// Full Gallery »", "Next Post >>"). A line quoted between « and » is a
// quotation, and a sentence is the article's.
func postNav(b *block) bool {
	if b.nw > postNavMost || b.kind == "title" || endsSentence(b.text) || hasAny(b.low, " said", " says") {
		return false
	}
	t := strings.TrimSpace(b.text)
	back := hasPrefixAny(t, "«", "‹", "<<")
	on := hasSuffixAny(t, "»", "›", ">>")
	switch {
	case back && on:
		return strings.HasPrefix(t, "<<") // «...» quotes; "<< Previous Post Next Post >>" links
	case back:
		return !strings.Contains(t, "»")
	case hasPrefixAny(b.low, postNavLabels...):
		return true
	case on:
		return b.nw <= 6 && !strings.Contains(t, "«")
	}
	return false
}

// rulePostNav removes the links to a blog's other posts (see postNav) as
// navigation.
func rulePostNav(d *doc) {
	for i, b := range d.blocks {
		if b.kept() && postNav(b) {
			d.remove(i, ReasonNav)
		}
	}
}
