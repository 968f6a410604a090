package clean

import "testing"

// TestGluedCrumbs: a story's tool links run together, a small letter
// before a capital, are its share buttons; a brand's inner capital and a
// headline are not.
func TestGluedCrumbs(t *testing.T) {
	for text, want := range map[string]string{
		"Email to a friendPrinter friendly":    ReasonShare,
		"Email this storyPrint this story":     ReasonShare,
		"Email to a friend":                    "", // one part: the crumbs map's
		"Watch it on YouTube":                  "",
		"PayPal":                               "",
		"Harbour council backs new ferry plan": "",
	} {
		if got := gluedCrumbs(text); got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
	page := "Harbour council backs new ferry plan\n" +
		"The council voted on Tuesday to fund a second ferry between the old harbour and the island, ending a year of argument over the cost.\n" +
		"Email to a friendPrinter friendly\n" +
		"Councillors said the boat would run every half hour in summer and every hour in winter.\n"
	for _, b := range Clean(page).Blocks {
		if b.Text() == "Email to a friendPrinter friendly" && b.Removed == "" {
			t.Errorf("share links kept: %+v", b)
		}
	}
}
