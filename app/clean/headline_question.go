package clean

import "strings"

// asksQuestion reports whether s ends with a question mark: a headline may
// ask one ("Can the night ferry survive the winter?"), where a sentence's full
// stop marks a teaser's or a caption's line.
func asksQuestion(s string) bool {
	return strings.HasSuffix(strings.TrimRight(s, " \"”’'"), "?")
}

// pollQuestion reports whether block i is a reader poll's question: the
// line under it is an answer to pick ("Yes", "No", "Not sure").
func (d *doc) pollQuestion(i int) bool {
	q := d.nextNonEmpty(i)
	if q < 0 {
		return false
	}
	switch strings.Trim(d.blocks[q].low, " .:") {
	case "yes", "no", "not sure", "maybe", "agree", "disagree":
		return true
	}
	return false
}
