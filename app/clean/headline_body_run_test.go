package clean

import "testing"

// TestHeadlinePastBoxSentence: a reader's quote in a box above the article
// is a sentence of prose, alone; the article's paragraphs follow the
// headline over its byline further down, which is the headline, not the
// poll's question over the box.
func TestHeadlinePastBoxSentence(t *testing.T) {
	page := []string{
		"Home", "Football", "Cricket", "Poll",
		"Will the new stand be finished before the derby?",
		"Yes", "No", "Your Say",
		"“If the roof leaks again on derby day I will watch it from the pub, as my father did before me.”",
		"19 Jan 07:30PM", "Cup round-up",
		"Harbour pilots win pay rise",
		"by Jo Reed, 10 March 2026",
		"Harbour pilots will be paid a fifth more from April after the port board agreed a new contract on Tuesday, ending a strike that had held ships at anchor for a week.",
		"The pilots, who guide every cargo ship through the narrow channel, had refused to work since last Monday over pay and the length of their shifts.",
		"The port board said the contract would cost about two million a year and that shipping would return to normal by the weekend.",
	}
	if got := headlineOn(page); got != page[11] {
		t.Errorf("headline %q, want %q", got, page[11])
	}
}
