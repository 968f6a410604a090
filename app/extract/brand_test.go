package extract

import (
	"strings"
	"testing"
)

// TestBrandName: a page whose head names no site (no og:site_name, no
// JSON-LD publisher, a <title> that is the headline alone) is published
// by the name its template writes beside the logo, before the headline;
// a head's name comes first, and a logo's "Home" or a slogan names none.
func TestBrandName(t *testing.T) {
	body := "<p>" + strings.Repeat("The county started sending social workers to mental health calls in 2023, and bookings fell. ", 4) + "</p>"
	cases := []struct{ name, page, want string }{
		{"site builder", `<html><head><title>How one county cut jail bookings</title></head><body><div role="banner" class="navbar w-nav"><a href="/" class="brand w-nav-brand"><img src="l.svg" alt=""><div class="brand-text">The Commons Report</div></a><nav><a href="/stories">Stories</a></nav></div><h1>How one county cut jail bookings</h1>` + body + `</body></html>`, "The Commons Report"},
		{"site title", `<html><head><title>How one county cut jail bookings</title></head><body><header><p class="site-title"><a href="/" rel="home">Ledger Notes</a></p></header><h1>How one county cut jail bookings</h1>` + body + `</body></html>`, "Ledger Notes"},
		{"the head's name first", `<html><head><title>How one county cut jail bookings</title><meta property="og:site_name" content="Commons"></head><body><a class="logo" href="/">The Commons Report</a><h1>How one county cut jail bookings</h1>` + body + `</body></html>`, "Commons"},
		{"home", `<html><head><title>How one county cut jail bookings</title></head><body><a class="logo" href="/">Home</a><h1>How one county cut jail bookings</h1>` + body + `</body></html>`, ""},
		{"a slogan", `<html><head><title>How one county cut jail bookings</title></head><body><div class="logo">news and views from the valley since 1887, every week</div><h1>How one county cut jail bookings</h1>` + body + `</body></html>`, ""},
		{"after the headline", `<html><head><title>How one county cut jail bookings</title></head><body><h1>How one county cut jail bookings</h1>` + body + `<footer><a class="logo" href="/">The Commons Report</a></footer></body></html>`, ""},
	}
	for _, tc := range cases {
		r, err := Text([]byte(tc.page))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if r.SiteName != tc.want {
			t.Errorf("%s: site %q, want %q", tc.name, r.SiteName, tc.want)
		}
	}
}
