package clean

import "strings"

// isNumeralGap reports whether gap, the text between two words, is a
// numeral alone between spaces, as internal/gen's IsNumeral reads it: a
// digit, or a currency sign and a digit, first and a digit or "%" last
// ("140%", "$50", "1,290,000"; not "6-3 6-4" nor "(1m)"). The news model
// counts the pairs of a word and such a numeral ("about 140% of": about
// #0, #0 of), which tell "about" from "some" where "some of" would not.
func isNumeralGap(gap string) bool {
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
