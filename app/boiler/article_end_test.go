package boiler

import "testing"

// TestKeepArticleStopsAtItsEnd: past a line that ends the article ("With
// files from the Canadian Press" under its paragraphs), the kept teasers of
// other stories vouch for no doubted line between them; above it the
// article's doubted lines stay as before.
func TestKeepArticleStopsAtItsEnd(t *testing.T) {
	lex := lexicon(nil)
	sentence := "The council said on Tuesday that the bridge would be closed for a year."
	teaser := "Police in the north of the province have charged a man over a crash that killed two people."
	lines := []string{
		sentence, "Key figures", sentence, sentence,
		"With files from the Canadian Press",
		teaser, "Other headlines today", teaser,
	}
	p := []float32{0.1, 0.8, 0.1, 0.1, 0.3, 0.2, 0.88, 0.2}
	out, st := scoredLines(lines, p, lex)
	keepArticle(lines, out, st)
	checkKept(t, lines, p, out, []bool{false, false, false, false, false, false, true, false})

	// Without the end's line the teasers' run is vouched for.
	lines[4] = "The bridge is the only road into the town from the west."
	out, st = scoredLines(lines, p, lex)
	keepArticle(lines, out, st)
	checkKept(t, lines, p, out, []bool{false, false, false, false, false, false, false, false})
}

// TestArticleEnd: the line that ends an article is found under its prose,
// not in its header ("Reporting by Jane Doe" over the first paragraph), and
// "First published" (a dateline) ends none.
func TestArticleEnd(t *testing.T) {
	lex := lexicon(nil)
	sentence := "The council said on Tuesday that the bridge would be closed for a year."
	for _, c := range []struct {
		lines []string
		want  int
	}{
		{[]string{sentence, sentence, sentence, "With files from the Canadian Press", sentence}, 3},
		{[]string{sentence, sentence, sentence, "Reporting by Jane Doe; Editing by John Smith"}, 3},
		{[]string{sentence, sentence, sentence, "AP writer Jane Doe in Seoul contributed to this report."}, 3},
		{[]string{sentence, sentence, sentence, "A version of this article appears in print on May 3, 2012, on Page A1."}, 3},
		{[]string{"Reporting by Jane Doe", sentence, sentence, sentence}, -1},
		{[]string{sentence, sentence, sentence, "First published on May 3, 2012"}, -1},
		{[]string{sentence, sentence, sentence, "Originally published by the Tribune"}, -1},
	} {
		st := make([]stats, len(c.lines))
		for i, l := range c.lines {
			st[i] = measure(l, lex)
		}
		if got := articleEnd(c.lines, st); got != c.want {
			t.Errorf("articleEnd(%q) = %d, want %d", c.lines, got, c.want)
		}
	}
}

// TestEndsArticleAnyCase: the lines that end an article are found in any
// case, and not in other lines.
func TestEndsArticleAnyCase(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"With files from the Canadian Press", true},
		{"WITH FILES FROM THE CANADIAN PRESS", true},
		{"  Reporting by Jane Doe; Editing by John Smith", true},
		{"AP writer Jane Doe CONTRIBUTED TO THIS REPORT.", true},
		{"A version of this article Appears In Print on May 3.", true},
		{"This article was originally published on page 20 of The Star.", true},
		{"Originally published by the Tribune", false},
		{"The files were sent to the council on Monday.", false},
		{"", false},
	} {
		if got := endsArticle(c.line); got != c.want {
			t.Errorf("endsArticle(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
