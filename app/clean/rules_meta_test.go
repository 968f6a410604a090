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

// TestSplitDate: a blog's calendar badge writes the date over three lines
// ("24" / "Jul" / "2012"): they go as the article's metadata and give its
// date. Three such lines in another order are read too; a number, a month
// and a word are not a date.
func TestSplitDate(t *testing.T) {
	article := []string{
		"The harbour pilots of the port ended their strike on Monday after the owners agreed to a new roster for the winter.",
		"The roster gives each pilot two days of rest after every night shift, the union said in a statement on Monday.",
	}
	for _, c := range []struct {
		badge []string
		date  string
	}{
		{[]string{"24", "Jul", "2012"}, "2012-07-24"},
		{[]string{"July", "10th", "2012"}, "2012-07-10"},
		{[]string{"24", "Jul", "Harbour"}, ""},
	} {
		lines := append(append([]string{"Harbour pilots end their strike"}, c.badge...), article...)
		r := Clean(strings.Join(lines, "\n\n"))
		if r.Date != c.date {
			t.Errorf("%q: date %q, want %q", c.badge, r.Date, c.date)
		}
		for _, b := range r.Blocks {
			for _, l := range c.badge {
				if b.Text() == l && (b.Removed == ReasonMetadata) != (c.date != "") {
					t.Errorf("%q: line %q removed %q", c.badge, l, b.Removed)
				}
			}
		}
	}
}
