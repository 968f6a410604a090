package clean

import (
	"strings"
	"testing"
)

// TestNewsletterBoxStopsAtArticleSentence: a sign-up box's call ("Thanks
// for reading Tide Notes! Subscribe for free ...") and its form ("Type your
// email…", "Subscribe") a few lines apart do not take the article's
// sentence between them with them.
func TestNewsletterBoxStopsAtArticleSentence(t *testing.T) {
	sentence := "The roster gives each pilot two days of rest after every night shift, the union said in a statement."
	page := strings.Join([]string{
		"Why the harbour needs its pilots",
		"The harbour pilots of the port ended their week-long strike on Monday after the owners agreed to a new roster for the winter months.",
		"Pilots guide every large ship through the narrow channel, and the strike had left dozens of vessels waiting at anchor outside the breakwater.",
		"Thanks for reading Tide Notes! Subscribe for free to receive new posts and support my work.",
		sentence,
		"Type your email…", "Subscribe",
	}, "\n\n")
	body := shownBody(page)
	if !strings.Contains(body, sentence) {
		t.Errorf("the article's sentence went with the sign-up box:\n%s", body)
	}
	if strings.Contains(body, "Thanks for reading") || strings.Contains(body, "Type your email") {
		t.Errorf("the sign-up box kept:\n%s", body)
	}
}
