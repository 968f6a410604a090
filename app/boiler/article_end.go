package boiler

import "strings"

// articleEnd returns the line that ends the page's article, or -1: a line
// that only closes an article — a wire's credits ("Reporting by ...",
// "With files from the Canadian Press", "... contributed to this report"),
// its print edition's note ("A version of this article appears in print
// on ...") — under at least endProse sentences of prose. What follows it
// is the page's (other stories' teasers, a sidebar), so the sentences that
// keep doubted lines around them (keepBetweenSentences and the others)
// reach no further: on the corpus's dev pages, none of the 64 content
// lines past such a line, and 2,437 lines of boilerplate.
func articleEnd(lines []string, st []stats) int {
	prose := 0
	for i, l := range lines {
		if st[i].prose() && st[i].sentence() {
			prose++
		}
		if prose >= endProse && st[i].words <= endWords && endsArticle(l) {
			return i
		}
	}
	return -1
}

// An article's end: a line of endWords words or fewer under endProse
// sentences of prose.
const (
	endProse = 3
	endWords = 25
)

// endsArticle reports whether the line only ends an article (any case).
// "First published" and "Originally published" open one too (its dateline,
// under the headline), so only "this article was originally published"
// ends one. It lowers no line: the classifier reads every page's lines.
func endsArticle(l string) bool {
	l = strings.TrimSpace(l)
	for _, p := range []string{"with files from ", "reporting by ", "additional reporting by ", "editing by "} {
		if len(l) >= len(p) && strings.EqualFold(l[:len(p)], p) {
			return true
		}
	}
	// One pass for the phrases: where a byte may open one ("c", "a", "t" in
	// any case), those that open so are compared.
	for i := 0; i < len(l); i++ {
		switch c := l[i] | 0x20; c {
		case 'c', 'a', 't':
			for _, s := range articleEnds {
				if s[0] == c && i+len(s) <= len(l) && strings.EqualFold(l[i:i+len(s)], s) {
					return true
				}
			}
		}
	}
	return false
}

// articleEnds are the phrases that end an article wherever they stand in
// its last line (lower case, see endsArticle).
var articleEnds = []string{"contributed to this report", "appears in print", "appeared in print", "this article was originally published", "this story was originally published"}
