package boiler

import "testing"

// TestKeepCode: a query the article prints between its kept lines, its
// keywords alone on their lines, stays however the classifier doubts it;
// a near-certain line inside it (an advert) still goes, and so does a
// menu between two kept sentences that no line of code borders.
func TestKeepCode(t *testing.T) {
	lex := lexicon(nil)
	sentence := "To find the busiest regions we first sum the orders of each one over the year."
	lines := []string{
		sentence, "WITH totals AS (", "SELECT", "region,", "sum(amount) AS total", "FROM", "orders", "Advertisement", "GROUP BY region;", ")",
		"SELECT * FROM totals;", sentence, "Home", "News", "Sport", "Weather", sentence,
	}
	p := []float32{0.1, 0.4, 0.97, 0.96, 0.95, 0.98, 0.97, 0.9995, 0.96, 0.99, 0.3, 0.2, 0.97, 0.98, 0.97, 0.98, 0.2}
	want := []bool{false, false, false, false, false, false, false, true, false, false, false, false, true, true, true, true, false}
	out, st := scoredLines(lines, p, lex)
	keepCode(out, st)
	checkKept(t, lines, p, out, want)
}
