package extract

// captionWords in a class or id name a picture's caption or credit, or a
// video's module: its title and description are the video's caption.
var captionWords = wordSet("caption captions figcaption video credit credits")

// caption reports whether n is a picture's caption: a <figcaption>, an
// element whose class names a caption or a credit, or text directly in a
// <figure>.
func caption(n *node) bool {
	if n.tag == "" {
		return n.parent != nil && n.parent.tag == "figure"
	}
	return n.textLen > 0 && (n.tag == "figcaption" || classIn(n, captionWords))
}

// stamp reports whether n is a time stamp alone on its line: a <time>
// element, or a short one whose class names a date, that holds all the
// text of its nearest block (bylines are pruned before), not a heading
// (a chronology's dates).
func stamp(n *node) bool {
	if n.textLen == 0 || n.tag != "time" && (n.textLen > 40 || !classIn(n, dateWords)) {
		return false
	}
	p := n
	for !blockTags[p.tag] && p.parent != nil {
		p = p.parent
	}
	return p.textLen <= n.textLen+2 && !isHeading(p.tag)
}

// furniture sets noCaptions and noStamps for the content nodes. A
// picture's caption is no story ("Volunteers unload the first delivery
// ..."), credited or not, unless the captions hold most of the text (a
// gallery told in its captions). Three time stamps alone on their line or
// more are a live blog's entries' ("12:10 PM"), which the cleanup read as
// captions, with the line after them ("Wheelchair race under way" went,
// and the oldest entry under it).
func (x *extractor) furniture(nodes []*node) {
	t, c, k := 0, 0, 0
	for _, n := range nodes {
		a, b := furniture(n)
		t, c, k = t+n.textLen, c+a, k+b
	}
	x.noCaptions, x.noStamps = c*2 < t, k >= 3
}

// furniture is the length of the captions' text under n (n too) and the
// number of stamps, looking no further down than either.
func furniture(n *node) (captions, stamps int) {
	switch {
	case caption(n):
		return n.textLen, 0
	case stamp(n):
		return 0, 1
	}
	for c := n.first; c != nil; c = c.next {
		a, b := furniture(c)
		captions, stamps = captions+a, stamps+b
	}
	return captions, stamps
}
