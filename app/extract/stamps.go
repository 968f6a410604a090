package extract

// stamp reports whether n is a time stamp alone on its line: a <time>
// element, or a short one whose class names a date, that holds all the
// text of its nearest block (bylines are pruned before).
func stamp(n *node) bool {
	if n.tag != "time" && !(classIn(n, dateWords) && n.textLen <= 40) || n.textLen == 0 {
		return false
	}
	p := n
	for !blockTags[p.tag] && p.parent != nil {
		p = p.parent
	}
	return p.textLen <= n.textLen+2
}

// stamps counts the time stamps alone on their line under n (see stamp),
// looking no further down than a stamp.
func stamps(n *node) int {
	if stamp(n) {
		return 1
	}
	k := 0
	for c := n.first; c != nil; c = c.next {
		k += stamps(c)
	}
	return k
}
