package clean

import (
	"strings"
	"testing"
)

// TestOverLedeHeader: over the headline found right above the story (past
// its date), an advert's line the classifier only doubted, which shares no
// word with the story, is the header's, not the title; a line telling the
// story is not, nor any line when the headline is a mail's two-word "From:"
// line.
func TestOverLedeHeader(t *testing.T) {
	page := []string{
		"Home",
		"Win a £50 welcome bonus from Tidebet, sponsors of Kessport Rovers",
		"Kessport skipper sails through after easy win",
		"Tuesday 3 March, 08:10 GMT",
		"Local favourite Ana Sorell made a winning start to her bid for the harbour regatta crown, beating the visiting skipper in three straight races.",
		"Sorell needed barely an hour to see off the challenge in the light wind.",
	}
	d := newDoc(strings.Join(page, "\n\n"))
	d.blocks[2].kind = "title"
	d.overLede = d.blocks[2]
	if !d.overLedeHeader(1) {
		t.Errorf("%q taken for the headline", page[1])
	}
	d.blocks[1].text, d.blocks[1].low = "Harbour regatta: Sorell crown bid", "harbour regatta: sorell crown bid"
	if d.overLedeHeader(1) {
		t.Errorf("%q, which tells the story, removed", d.blocks[1].text)
	}
	d.blocks[2].nw = 3
	d.blocks[1].text, d.blocks[1].low = page[1], lower(page[1])
	if d.overLedeHeader(1) {
		t.Errorf("removed over a headline of three words")
	}
}
