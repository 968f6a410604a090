package extract

import (
	"strings"
	"testing"
)

// TestStateSpansApart: strings of one list that are whole paragraphs
// (Arc's content_elements), one with a space at its end, are not joined
// as a rich text's spans are.
func TestStateSpansApart(t *testing.T) {
	js := `{"content_elements":[` +
		`{"type":"text","content":"The ferry will run every half hour from May, the operator said on Monday. "},` +
		`{"type":"header","content":"Season tickets "},` +
		`{"type":"text","content":"An annual pass goes from 420 to 480 pounds, and a monthly pass will be offered for the first time."},` +
		`{"type":"text","content":"Two public meetings on the fares will be held in January, one on each side of the harbour."}]}`
	x := &extractor{doc: &doc{state: []string{js}}}
	got := strings.Join(x.stateBody(nil), "|")
	want := "The ferry will run every half hour from May, the operator said on Monday.|Season tickets|An annual pass"
	if !strings.HasPrefix(got, want) {
		t.Errorf("got %q", got)
	}
}
