package clean

import "testing"

// TestLedeEchoQuestion: a headline that asks a question ("Do small firms
// want the new tax portal at last?") is a headline the lede echoes, as one
// ending without a mark is; a reader poll's question over its answers
// ("Yes", "No") is not, though it names the story too.
func TestLedeEchoQuestion(t *testing.T) {
	lede := "Small firms are finally signing up for the new tax portal, a survey of accountants found, two years after its launch."
	d := newDoc("Do small firms want the tax portal at last?\n\n" + lede)
	if e, n := ledeEcho(d, 1); e != 0 || n < 2 {
		t.Errorf("ledeEcho(question over its lede) = %d, %d; want the question", e, n)
	}
	d = newDoc("Will small firms use the tax portal?\n\nYes\n\nNo\n\n" + lede)
	if e, _ := ledeEcho(d, 3); e >= 0 {
		t.Errorf("ledeEcho(poll over the lede) = %d; want none", e)
	}
	d = newDoc("Small firms warm to the tax portal.\n\n" + lede)
	if e, _ := ledeEcho(d, 1); e >= 0 {
		t.Errorf("ledeEcho(a sentence over the lede) = %d; want none", e)
	}
}
