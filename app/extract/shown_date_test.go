package extract

import (
	"strings"
	"testing"
)

// TestShownDate: a page that states its date only as text under the
// headline, in an element whose class names a date (a site builder's
// template: no meta tag, no JSON-LD, no <time datetime>), alone or inside
// the byline's element; a teaser's date far below, a reading time and a
// date before the headline are not the page's.
func TestShownDate(t *testing.T) {
	body := "<p>" + strings.Repeat("The county started sending social workers to mental health calls in 2023, and bookings fell. ", 4) + "</p>"
	cases := []struct{ name, page, want string }{
		{"own element", `<html><head><title>How one county cut jail bookings</title></head><body><h1>How one county cut jail bookings</h1><div class="post-date">October 5, 2026</div><div class="read-time">8 min read</div>` + body + `</body></html>`, "2026-10-05"},
		{"inside the byline", `<html><body><h1>How one county cut jail bookings</h1><div class="author-row"><div class="author-name">By Teresa Oyelaran</div><div class="post-date">5 October 2026</div></div>` + body + `</body></html>`, "2026-10-05"},
		{"no date class", `<html><body><h1>How one county cut jail bookings</h1><div class="meta">October 5, 2026</div>` + body + `</body></html>`, ""},
		{"before the headline", `<html><body><div class="date">Sunday, October 4, 2026</div><h1>How one county cut jail bookings</h1>` + body + `</body></html>`, ""},
		{"a teaser's, far below", `<html><body><h1>How one county cut jail bookings</h1>` + strings.Repeat("<p>The county started sending social workers to calls.</p>", 45) + `<div class="card"><a href="/x">Another story</a><span class="card-date">March 11, 2026</span></div></body></html>`, ""},
	}
	for _, tc := range cases {
		r, err := Text([]byte(tc.page))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if r.Published != tc.want {
			t.Errorf("%s: published %q, want %q", tc.name, r.Published, tc.want)
		}
	}
}
