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

// rescoreUnderTitle runs the classifier's rounds again (learnedRounds)
// when lines its rounds read went since (kept was the count of kept blocks
// before choosing the title, d.keptLearned the count when ruleLearned
// ended): the lines over the headline chosen, a label over the title, and
// the lines the rules after ruleLearned took (a writer's bio, comments). A
// cleaning of the rendering reads the lines without them, and the
// classifier scores a line by its neighbours: the byline under the
// headline, doubted beside a date line over the headline, read as header
// matter once that line was gone (FuzzClean 03e5218af759db0d); a line
// over a bio the writer-bio rule took (bf58020d268753bd). On a page the
// classifier judged unscraped, only the title is spared, as its rounds
// there spare it.
func (d *doc) rescoreUnderTitle(kept int) {
	if d.learnedKeep != nil && d.keptCount() < max(kept, d.keptLearned) {
		learnedRounds(d, true, d.learnedKeep)
	}
}
