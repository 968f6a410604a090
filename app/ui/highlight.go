package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// highlightRanges renders s with the rune ranges [start, end) inside <mark>.
// Ranges out of bounds or overlapping are clipped, never a panic.
func highlightRanges(s string, ranges [][2]int) []app.UI {
	if len(ranges) == 0 {
		return []app.UI{app.Text(s)}
	}
	r := []rune(s)
	var out []app.UI
	pos := 0
	for _, rg := range ranges {
		start, end := max(rg[0], pos), min(rg[1], len(r))
		if start >= end {
			continue
		}
		if start > pos {
			out = append(out, app.Text(string(r[pos:start])))
		}
		out = append(out, app.Mark().Text(string(r[start:end])))
		pos = end
	}
	if pos < len(r) {
		out = append(out, app.Text(string(r[pos:])))
	}
	return out
}
