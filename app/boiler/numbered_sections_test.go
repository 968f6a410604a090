package boiler

import "testing"

// keepNumberedSections keeps the later sections of a how-to written as
// numbered sections, across the boxes between them, once its first section
// is kept; a "most read" box numbered from 1 again under the article, and
// a numbered line with no sentence under it, end the chain.
func TestKeepNumberedSections(t *testing.T) {
	para := "Most kettles in the rented flats were never descaled, the inspector told the council on Tuesday morning."
	lines := []string{
		"Seven things the letting agent will not tell you",
		"1. Run the taps before you drink", para, // kept by the classifier
		"Video", "Watch: a kettle descaled in a minute", "Play", // a player's box
		"2. Check the boiler's service sticker", para, para,
		"Gallery", "1/20 Ferries", "2/20 Harbour",
		"3. Open every window on the first day", para,
		"Most read",
		"1. Council votes on ferry fares", para,
		"2. Bridge to close for repairs", para,
	}
	_, st := features(lines, Default().lexicon())
	out := make([]Decision, len(lines))
	for i := 3; i < len(lines); i++ {
		out[i] = Decision{P: 0.95, Boilerplate: true, Reason: ReasonCaption}
	}
	keepNumberedSections(lines, out, st)
	keep := map[int]bool{6: true, 7: true, 8: true, 12: true, 13: true}
	for i := 3; i < len(lines); i++ {
		if out[i].Boilerplate == keep[i] {
			t.Errorf("line %d %q: removed %v", i, lines[i], out[i].Boilerplate)
		}
	}
	// A line the classifier is sure of stays out, the chain goes on.
	out = make([]Decision, len(lines))
	for i := 3; i < len(lines); i++ {
		out[i] = Decision{P: 0.95, Boilerplate: true, Reason: ReasonCaption}
	}
	out[8].P = 0.999
	keepNumberedSections(lines, out, st)
	if !out[8].Boilerplate || out[12].Boilerplate || out[13].Boilerplate {
		t.Errorf("sure line kept %v, third section removed %v %v", !out[8].Boilerplate, out[12].Boilerplate, out[13].Boilerplate)
	}
	for s, want := range map[string]int{"3. Open every window": 3, "12) Twelve": 12, "3. " + para: -1, "Top 10": -1} {
		if n, ok := SectionNumber(s); ok != (want >= 0) || ok && n != want {
			t.Errorf("SectionNumber(%q) = %d, %v", s, n, ok)
		}
	}
}
