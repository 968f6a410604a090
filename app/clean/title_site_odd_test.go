package clean

import "testing"

// TestSplitTitleOddSite splits title lines whose site's name is no run of
// capitalised words: a lower-case "from" or "i" inside it, a domain in
// lower case after a word, a domain over the site's tagline.
func TestSplitTitleOddSite(t *testing.T) {
	for _, c := range []struct{ in, headline, site string }{
		{"Poland approves second nuclear plant | Notes from Poland", "Poland approves second nuclear plant", "Notes from Poland"},
		{"Nurses to be balloted on strike - The i Paper", "Nurses to be balloted on strike", "The i Paper"},
		{"Swiss voters reject inheritance tax - SWI swissinfo.ch", "Swiss voters reject inheritance tax", "SWI swissinfo.ch"},
		{"Sydney train strike to go ahead | news.com.au — Australia's leading news site", "Sydney train strike to go ahead", "news.com.au"},
		// A last part with a lower-case word that is none of those is
		// no site's.
		{"Talks resume in Geneva - Letters from home", "Talks resume in Geneva - Letters from home", ""},
		{"Talks resume in Geneva - Notes on a truce", "Talks resume in Geneva - Notes on a truce", ""},
	} {
		h, s := splitTitle(c.in)
		if h != c.headline || s != c.site {
			t.Errorf("splitTitle(%q) = %q, %q; want %q, %q", c.in, h, s, c.headline, c.site)
		}
	}
}
