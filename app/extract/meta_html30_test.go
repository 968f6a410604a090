package extract

import "testing"

// TestLDReferences checks that a JSON-LD string written with the page's
// character references gives its text: the headline, the publisher and
// the author, where no meta tag names them ("&amp;" and "&#8217;" were
// written as they stood).
func TestLDReferences(t *testing.T) {
	page := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council&#8217;s bin plan delayed again",` +
		`"author":{"@type":"Organization","name":"Department for Food &amp; Rural Affairs"},` +
		`"publisher":{"@type":"Organization","name":"Smith &amp; Sons Gazette"}}</script>` +
		`<p>` + "The plan to collect food waste every week was delayed for a third time on Tuesday, the council said. " + `</p>`
	r, err := Text([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if r.Title != "Council’s bin plan delayed again" || r.SiteName != "Smith & Sons Gazette" || r.Byline != "Department for Food & Rural Affairs" {
		t.Errorf("title %q, site %q, byline %q", r.Title, r.SiteName, r.Byline)
	}
}

// TestDateNumbers checks dates written in numbers alone, as older pages
// show them under the headline: the day is the number over 12 (they were
// read as no date); both 12 or under, the order is unknown.
func TestDateNumbers(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"14/05/2013", "2013-05-14"}, {"05/14/2013 11:24", "2013-05-14"}, {"Posted 14-05-2013", "2013-05-14"},
		{"05/06/2013", ""}, {"31/02/2013", ""}, {"May 3, 2013 14:05", "2013-05-03"},
	} {
		if got := date(tc.in); got != tc.want {
			t.Errorf("date(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
