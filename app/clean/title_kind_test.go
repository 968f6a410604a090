package clean

import "testing"

// TestMediaHeadlineTitle: a page's title line that opens with its kind
// ("In pictures:", "Watch:") is its headline, not a teaser under it; the
// same line lower down still goes.
func TestMediaHeadlineTitle(t *testing.T) {
	text := "In pictures: The week's best wildlife photos\n\n" +
		"A fox cub in a cemetery, puffins on Skomer and a heron that learned to fish with bread: our pick of the wildlife pictures sent in by readers this week.\n\n" +
		"A red fox cub explores the gravestones of a cemetery in Bristol. The photographer, who lives nearby, said a vixen has raised cubs under the same yew tree for three years.\n\n" +
		"Puffins return to Skomer Island off the Pembrokeshire coast. About 40,000 birds breed on the island each summer.\n\n" +
		"In pictures: Spring migration over the estuary\n"
	r := Clean(text)
	if r.Title != "In pictures: The week's best wildlife photos" {
		t.Errorf("title %q", r.Title)
	}
	for _, b := range r.Blocks {
		if b.Source() == "In pictures: Spring migration over the estuary" && b.Removed == "" {
			t.Error("kept the teaser under the article")
		}
	}
}
