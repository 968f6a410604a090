package boiler

import "testing"

// TestKeepTables: a polling memo's table of districts, announced by a short
// line ending in a colon under the memo's last sentence, its cells written
// one a line, stays whole, however high the scores climb down it; the
// notes under it are the classifier's again. A share box's "Follow us:"
// over its links (no figures), and a table announced under a removed line,
// still go.
func TestKeepTables(t *testing.T) {
	lex := lexicon(nil)
	sentence := "The districts were drawn again after the census, and we polled every one of them in June."
	var lines []string
	var p []float32
	var want []bool
	add := func(l string, score float32, boiler bool) {
		lines, p, want = append(lines, l), append(p, score), append(want, boiler)
	}
	add(sentence, 0.1, false)
	add("Districts polled:", 0.4, false)
	for i, c := range []string{"Group A", "District", "Member", "Margin in 2020", "NV-4", "Dana Ruiz", "Blue +6", "OR-5", "Open seat", "Red +2", "WA-8", "Kim Schrier", "Blue +3"} {
		add(c, 0.6+0.03*float32(i), false)
	}
	add("[1] The survey reached 900 likely voters by phone and text between June 3 and June 9.", 0.99, true)
	add(sentence, 0.1, false)
	add("Follow us:", 0.6, true)
	for _, c := range []string{"Facebook", "Twitter", "Instagram", "Email", "RSS", "YouTube", "Newsletter"} {
		add(c, 0.9, true)
	}
	add("Advertisement", 0.99, true)
	add("Standings:", 0.7, true)
	for _, c := range []string{"Hawks 12", "Lions 10", "Bears 9", "Owls 7", "Foxes 4", "Crows 2"} {
		add(c, 0.9, true)
	}
	out, st := scoredLines(lines, p, lex)
	keepTables(lines, out, st)
	checkKept(t, lines, p, out, want)
}
