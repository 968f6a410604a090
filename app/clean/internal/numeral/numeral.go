// Package numeral tells a numeral standing alone between two words, the one
// reading of it that the spin table's generator (internal/gen), which counts
// the news model's pairs of a word and a numeral, and the cleanup's repair,
// which reads them, must share.
package numeral

import "strings"

// Word is the news model's word for a numeral between two words ("about
// 140% of": about #0, #0 of), after a run's last word or before its first.
const Word = "#0"

// IsGap reports whether gap, the text between two words, is a numeral alone
// between spaces: a digit, or a currency sign and a digit, first and a digit
// or "%" last ("140%", "$50", "1,290,000"; not "6-3 6-4" nor "(1m)").
func IsGap(gap string) bool {
	g := strings.TrimSpace(gap)
	if g == "" || strings.ContainsAny(g, " \t\n") {
		return false
	}
	for _, sign := range []string{"$", "\u00a3", "\u20ac"} {
		g = strings.TrimPrefix(g, sign)
	}
	if g == "" || g[0] < '0' || g[0] > '9' {
		return false
	}
	last := g[len(g)-1]
	return last >= '0' && last <= '9' || last == '%'
}
