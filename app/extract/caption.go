package extract

// captionWords in a class or id name a picture's caption.
var captionWords = wordSet("caption captions figcaption")

// caption reports whether n is a picture's caption: a <figcaption>, an
// element whose class names a caption, or text directly in a <figure>.
func caption(n *node) bool {
	if n.tag == "" {
		return n.parent != nil && n.parent.tag == "figure"
	}
	return n.tag == "figcaption" || classIn(n, captionWords)
}

// captionText is the length of the captions' text under n.
func captionText(n *node) int {
	if caption(n) {
		return n.textLen
	}
	t := 0
	for c := n.first; c != nil; c = c.next {
		t += captionText(c)
	}
	return t
}

// dropCaptions reports whether the captions under the nodes are to go:
// a picture's caption is no story ("Volunteers unload the first delivery
// ..."), credited or not, unless the captions hold most of the text (a
// gallery told in its captions).
func dropCaptions(nodes []*node) bool {
	c, t := 0, 0
	for _, n := range nodes {
		c += captionText(n)
		t += n.textLen
	}
	return c*2 < t
}

// dropStamps reports whether the time stamps alone on their line under
// the nodes are to go: three or more are a live blog's entries' ("12:10
// PM"), which the reader's text needs no more than a caption, and which
// the cleanup reads as captions, with the line after them ("Wheelchair
// race under way" went, and the oldest entry under it).
func dropStamps(nodes []*node) bool {
	k := 0
	for _, n := range nodes {
		k += stamps(n)
	}
	return k >= 3
}
