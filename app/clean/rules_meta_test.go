package clean

import (
	"strings"
	"testing"
)

// TestBylineOnDate: a blog's byline with its date ("By Jane Doe on August 9,
// 2012 at 10:15 am") goes as the article's metadata and gives its date.
func TestBylineOnDate(t *testing.T) {
	page := strings.Join([]string{
		"Harbour pilots end their strike",
		"By Jane Doe on August 9, 2012 at 10:15 am",
		"The harbour pilots of the port ended their strike on Monday after the owners agreed to a new roster for the winter.",
		"The roster gives each pilot two days of rest after every night shift, the union said in a statement on Monday.",
	}, "\n\n")
	r := Clean(page)
	if r.Date != "2012-08-09" {
		t.Errorf("date %q, want 2012-08-09 from the byline", r.Date)
	}
}
