package clean

import (
	"testing"

	"github.com/dossierapp/dossier/app/clean/internal/numeral"
)

// TestNumeralParts checks that a numeral, a dash or a bracket between two
// words parts them for the news model's pairs, as internal/gen counted
// them, and that a numeral alone is marked on the word after it.
func TestNumeralParts(t *testing.T) {
	text := `They sold approximately 400 of the old vans - the rest went (mostly) to "the" dealers for $90 each.`
	toks := tokenize([]Segment{{Text: text}}, text, lower(text))
	at := map[string]token{}
	for _, tk := range toks {
		at[tk.low] = tk
	}
	for w, joins := range map[string]bool{"they": true, "approximately": false, "vans": false, "went": false, "to": true, "for": false} {
		if got := at[w].joinsNext(); got != joins {
			t.Errorf("%q joinsNext = %v, want %v", w, got, joins)
		}
	}
	for w, num := range map[string]bool{"of": true, "each": true, "the": false, "rest": false, "mostly": false} {
		if got := at[w].numBefore; got != num {
			t.Errorf("%q numBefore = %v, want %v", w, got, num)
		}
	}
	if got := boundaryWord(at["of"]); got != numeral.Word {
		t.Errorf("boundaryWord(of) = %q, want %q", got, numeral.Word)
	}
}

// TestNumeralAfterOtherBlock checks that a block's first word reads no gap
// from the tokens of the blocks before it, which share the slice (their
// segments' offsets are not this block's).
func TestNumeralAfterOtherBlock(t *testing.T) {
	first := "A much longer first paragraph than the next one."
	toks := tokenize([]Segment{{Text: first}}, first, lower(first))
	next := "Then 12 more."
	toks = appendTokens(toks, []Segment{{Text: next}}, next, lower(next))
	if tk := toks[len(toks)-2]; tk.low != "then" || tk.numBefore {
		t.Errorf("%q numBefore = %v after another block", tk.low, tk.numBefore)
	}
	if tk := toks[len(toks)-1]; tk.low != "more" || !tk.numBefore {
		t.Errorf("%q numBefore = %v, want true", tk.low, tk.numBefore)
	}
}
