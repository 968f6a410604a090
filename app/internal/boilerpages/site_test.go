package boilerpages

import "testing"

func TestSiteFold(t *testing.T) {
	a := &Page{ID: "dragnet/R1", URL: "http://www.example.com/2012/a.html"}
	b := &Page{ID: "dragnet/R2", URL: "https://Example.com/b"}
	if Site(a) != "example.com" || Site(b) != "example.com" {
		t.Errorf("sites %q, %q; want example.com for both", Site(a), Site(b))
	}
	if SiteFold(a) != SiteFold(b) {
		t.Errorf("two pages of one site in folds %d and %d", SiteFold(a), SiteFold(b))
	}
	noURL := &Page{ID: "l3s-gn1/x"}
	if Site(noURL) != noURL.ID || SiteFold(noURL) != Fold(noURL.ID) {
		t.Errorf("a page without an address: site %q, fold %d; want its id's", Site(noURL), SiteFold(noURL))
	}
	// Different sites spread over the folds.
	seen := map[int]bool{}
	for _, h := range []string{"a.com", "b.org", "c.net", "d.co.uk", "e.com", "f.com", "g.com", "h.com", "i.com", "j.com"} {
		seen[SiteFold(&Page{URL: "http://" + h + "/"})] = true
	}
	if len(seen) < 3 {
		t.Errorf("ten sites in %d folds", len(seen))
	}
}
