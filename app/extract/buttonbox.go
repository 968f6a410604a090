package extract

import "sync/atomic"

// boxPasses numbers the pruning passes (of every extractor: two may prune
// one tree), so that a node's memo of buttonBox is read only in the pass
// that wrote it.
var boxPasses atomic.Uint32

// buttonBox reports whether n holds 100 bytes of text or less and a
// <button>: a short box of buttons (see prune). It is memoised on the nodes
// for the pruning pass: prune asks it of an element before any of the
// element's own subtree is pruned, so an answer stays true until the pass
// ends, and asking it of every element of a deep nest stays linear.
func (x *extractor) buttonBox(n *node) bool {
	size, button := x.box(n)
	return size <= 100 && button
}

// box is the text bytes under n (counted up to 101) and whether a <button>
// is among its descendants, memoised for the pass.
func (x *extractor) box(n *node) (int, bool) {
	if n.boxPass == x.boxPass {
		return int(n.boxSize), n.boxButton
	}
	size, button := 0, false
	for c := n.first; c != nil; c = c.next {
		size += len(c.text)
		if c.tag != "" {
			s, b := x.box(c)
			size += s
			button = button || b || c.tag == "button"
		}
		size = min(size, 101)
	}
	n.boxPass, n.boxSize, n.boxButton = x.boxPass, uint8(size), button
	return size, button
}
