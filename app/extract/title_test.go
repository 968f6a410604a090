package extract

import "testing"

// TestShortenedTitleLine: a <title> that shortens the headline and names
// the site gives way to the page's h1, and still gives the site; a title
// head of fewer than three words ("News | Site") is no evidence for the h1.
func TestShortenedTitleLine(t *testing.T) {
	body := `<main><article><h1>Dutch farmers block motorways over nitrogen rules</h1>
<p>Hundreds of farmers drove tractors onto motorways around Utrecht on Tuesday morning, causing more than 700 kilometres of traffic jams, after talks with the government over cuts to nitrogen emissions collapsed.</p>
<p>The protest group said it would continue the blockades until the minister was ready to listen, and police said 14 people were detained.</p></article></main>`
	for _, c := range []struct{ title, wantTitle, wantSite string }{
		{"Dutch farmers block motorways | Lowlands Herald", "Dutch farmers block motorways over nitrogen rules", "Lowlands Herald"},
		{"Dutch farmers block motorways over nitrogen rules - Lowlands Herald", "Dutch farmers block motorways over nitrogen rules", "Lowlands Herald"},
		{"Farmers protest | Lowlands Herald", "Farmers protest", "Lowlands Herald"},
	} {
		r, err := FromString("<html><head><title>" + c.title + "</title></head><body>" + body + "</body></html>")
		if err != nil {
			t.Fatal(err)
		}
		if r.Title != c.wantTitle || r.SiteName != c.wantSite {
			t.Errorf("%q: title %q site %q, want %q %q", c.title, r.Title, r.SiteName, c.wantTitle, c.wantSite)
		}
	}
}
