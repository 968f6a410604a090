package boiler

import "strings"

// standInHeadline returns the line that stands for the page's title when
// its first line is not one (a page scraped without its HTML title): the
// first line from standInReach above the main region down to its first
// line (start: a long headline may open it) shaped as a headline, three to
// twenty words and no sentence's end, right over a byline or a date line,
// neither under a byline (a writer's role) nor over a stamp repeated down
// the page (a comment's); or -1. The classifier learned from pages whose title line a line below
// repeats, and reads the lines around that headline so: without it, a
// gallery's or a sidebar's lines scored as an article's.
func standInHeadline(lines []string, st []stats, dups []int, start int) int {
	for i := max(start-standInReach, 1); i <= start && i+1 < len(lines); i++ {
		s := &st[i]
		if s.wordsWithLetters < 3 || s.words > 20 || s.endSentence || s.allCaps > 0.5 || len(lines[i]) > 300 || byline(lines[i-1]) || dups[i+1] > 2 {
			continue
		}
		if b := &st[i+1]; b.words > 0 && b.words < 15 && (b.month || byline(lines[i+1])) {
			return i
		}
	}
	return -1
}

// standInReach is how far above the main region standInHeadline looks.
const standInReach = 15

// byline reports whether a line opens with "By " (any case).
func byline(l string) bool { return len(l) > 3 && strings.EqualFold(l[:3], "by ") }

// repeatsTitle reports whether a line of three words or more below the
// first repeats most of its words (see headlineLine): a headline under the
// page's title line.
func repeatsTitle(lines []string, st []stats, ov []float32) bool {
	for i := 1; i < len(lines) && i < 80; i++ {
		if ov[i] > 0.5 && st[i].words >= 3 && len(lines[i]) <= 300 {
			return true
		}
	}
	return false
}
