package clean

import (
	"strings"
	"testing"
)

// TestLinkLabels: a link's label for screen readers left in a sentence is
// removed as a span with its reason; the sentence reads whole; the words
// "opens new" elsewhere stay.
func TestLinkLabels(t *testing.T) {
	text := "Nikkei hits record as weak yen lifts exporters\n\n" +
		"Toyota Motor (7203.T), opens new tab rose 3.1%, while Sony Group (6758.T), opens new tab added 2.4% on Friday in Tokyo.\n\n" +
		"The store opens new branches in Osaka next year, the company said in a statement on Friday.\n"
	r := Clean(text)
	out := r.Render()
	if !strings.Contains(out, "Toyota Motor (7203.T) rose 3.1%, while Sony Group (6758.T) added 2.4%") || strings.Contains(out, "new tab") {
		t.Errorf("rendering:\n%s", out)
	}
	if !strings.Contains(out, "The store opens new branches") {
		t.Errorf("a sentence with 'opens new' changed:\n%s", out)
	}
	n := 0
	for _, b := range r.Blocks {
		for _, s := range b.Segments {
			if s.Removed == ReasonLinkLabel {
				n++
			}
		}
	}
	if n != 2 {
		t.Errorf("%d link labels removed as spans, want 2", n)
	}
}
