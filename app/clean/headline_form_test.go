package clean

import "testing"

// formPage is a page scraped without its title line: the headline over its
// date, a share row, a mailing form's short lines, the form's last button
// and a picture's credit, then the story.
var formPage = []string{
	"Home", "News", "Sport", "WORLD",
	"Ferry skipper 'sang with rescued crew'",
	"Tuesday, 3 March, 2026",
	"text", "email", "print", "EMAIL THIS STORY",
	"your name:", "your email address:", "friend's name:", "friend's email address:",
	"add another friend", "your note:", "Send it close this box",
	"Ana Sorell (Reuters)",
	"Footage shared online appears to show ferry skipper Ana Sorell singing with the rescued crew of a fishing boat on the harbour wall at Kessport.",
	"The crew were pulled from the water on Sunday after their boat sank in a storm two miles off the coast.",
	"Harbour officials said all six fishermen were recovering in hospital.",
}

// TestHeadlinePastForm: the headline over its date stands above a mailing
// form's short lines, more of them than the lines read above the story; the
// form's last button, which shares a word with the story at most, is not
// the headline. A teaser over its date further up, with the story's
// headline between it and the form, is not either.
func TestHeadlinePastForm(t *testing.T) {
	if got := headlineOn(formPage); got != formPage[4] {
		t.Errorf("headline %q, want %q", got, formPage[4])
	}
	teaser := append([]string{}, formPage[:4]...)
	teaser = append(teaser, "Rescued crew sing on the harbour wall at Kessport", "Monday, 2 March, 2026",
		"Kessport lifeboat crew praised after night rescue of six fishermen")
	teaser = append(teaser, formPage[6:]...)
	if got := headlineOn(teaser); got == teaser[4] {
		t.Errorf("headline %q: a teaser over the story's headline", got)
	}
}
