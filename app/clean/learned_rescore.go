package clean

// keptCount is how many blocks are kept.
func (d *doc) keptCount() int {
	n := 0
	for _, b := range d.blocks {
		if b.kept() {
			n++
		}
	}
	return n
}

// rescoreUnderTitle runs the classifier's rounds again (learnedRounds) on
// a page it judged scraped when choosing the title removed lines that its
// rounds read (kept was the count of kept blocks before): the lines over
// the headline chosen, a label over the title. A cleaning of the rendering
// reads the lines without them, and the classifier scores a line by its
// neighbours: the byline under the headline, doubted beside a date line
// over the headline, read as header matter once that line was gone
// (FuzzClean 03e5218af759db0d).
func (d *doc) rescoreUnderTitle(kept int) {
	if d.learnedKeep != nil && d.keptCount() < kept {
		learnedRounds(d, true, d.learnedKeep)
	}
}
