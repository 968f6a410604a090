package clean

import (
	"strings"
	"unicode"
)

// ruleResults reads a company's results as a wire lists them (see
// resultsRows) as the story's lines of text, not headings: the parser took
// each short line without a full stop for one.
func ruleResults(d *doc) {
	for i := range resultsRows(d) {
		if b := d.blocks[i]; resultsLine(b) && b.kind == "heading" && !b.md {
			b.kind = "paragraph"
		}
	}
}

// resultsRows returns the blocks of a company's results as a wire lists
// them, a line a figure against the year before: "Shr 42 cts vs 76 cts",
// "Net 2.3 mln vs 3.3 mln", with a period's label between them ("Year",
// "Nine mths"): two such lines or more in a row. They are the story (the
// classifier, which reads short lines with digits as a menu's, took them
// for navigation).
func resultsRows(d *doc) map[int]bool {
	var rows map[int]bool
	for i := 0; i < len(d.blocks); {
		if !resultsLine(d.blocks[i]) {
			i++
			continue
		}
		j, n, last := i, 0, i
		for j < len(d.blocks) {
			b := d.blocks[j]
			if resultsLine(b) {
				n, last = n+1, j
			} else if !b.kept() || b.nw > 3 || strings.ContainsFunc(b.text, unicode.IsDigit) && b.nw > 1 {
				break
			}
			j++
		}
		if n >= 2 {
			if rows == nil {
				rows = map[int]bool{}
			}
			for k := i; k <= last; k++ {
				rows[k] = d.blocks[k].kept()
			}
		}
		i = last + 1
	}
	return rows
}

// resultsLine reports whether b is a line of figures against the year
// before: a few words with a figure, and " vs " ("Shr 51 cts vs not given",
// "Oper shr loss two cts vs loss 13 cts").
func resultsLine(b *block) bool {
	if !b.kept() || b.nw > 10 {
		return false
	}
	return strings.Index(b.text, " vs ") > 0 && strings.ContainsFunc(b.text, unicode.IsDigit)
}

// scoreOverHeadline reports whether block i is a game's score (see
// scoreLine) right over a headline-shaped line: the score a sports page
// sets over its story's headline ("No. 14 Harbour College 24, Valley State
// 21" over "Harbour ends on a high note"), not the headline, which a wire's
// scoreboard alone may be ("COL BKB: Harbour 66, Valley St. 46").
func (d *doc) scoreOverHeadline(i int) bool {
	if !scoreLine(d.blocks[i].text) {
		return false
	}
	q := d.nextNonEmpty(i)
	return q > 0 && headlineShaped(d.blocks[q]) && !scoreLine(d.blocks[q].text)
}

// scoreLine reports whether s is a game's score, two sides each named and
// ending with its points, parted by a comma: "No. 14 Boston College 24,
// Michigan State 21", "Basketball - W: Harbour State 58, Valley 68".
func scoreLine(s string) bool {
	a, b, ok := strings.Cut(s, ", ")
	if !ok || strings.Contains(b, ", ") {
		return false
	}
	for _, side := range []string{a, b} {
		f := strings.Fields(side)
		if len(f) < 2 || len(f) > 8 || !allDigits(f[len(f)-1]) || len(f[len(f)-1]) > 3 || !startsUpper(f[len(f)-2]) {
			return false
		}
	}
	return true
}
