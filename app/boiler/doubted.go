package boiler

// vouchThreshold is the bar SentenceThreshold had before it rose to 0.8: a
// sentence scored at or above it and kept only because SentenceThreshold
// spares sentences is doubted (see doubted). It stays, but vouches for less
// than a sentence the classifier believes: a doubted title in a list of the
// site's pages ("Game X (by Studio) (14)" among two hundred others), or a
// caption over a gallery's labels, otherwise drags the whole list in.
const vouchThreshold float32 = 0.7

// The bounds of listBetween: a gap longer than listGap lines, listSure of
// them or more and listShare percent or more scored at or above
// InsideThreshold (lines keepBetweenSentences leaves out anyway).
const (
	listGap   = 10
	listSure  = 10
	listShare = 30
)

// doubted reports whether line i is a sentence kept only under the raised
// SentenceThreshold (see vouchThreshold).
func doubted(out []Decision, st []stats, i int) bool {
	return st[i].sentence() && out[i].P >= vouchThreshold && out[i].P < SentenceThreshold
}

// listBetween reports whether the lines strictly between a and b read as
// the site's own lists rather than the article's: a long run many of whose
// lines the classifier is sure are boilerplate (a category list, a forum's
// latest threads). An article's list or listing between two of its
// paragraphs scores lower, line after line. keepBetweenSentences does not
// bridge such a run to a doubted sentence.
func listBetween(out []Decision, a, b int) bool {
	n := b - a - 1
	if n <= listGap {
		return false
	}
	sure := 0
	for k := a + 1; k < b; k++ {
		if out[k].P >= InsideThreshold {
			sure++
		}
	}
	return sure >= listSure && sure*100 >= listShare*n
}
