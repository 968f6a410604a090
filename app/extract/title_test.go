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

// TestSiteNameAsLogoWritesIt: an og:site_name in lower case, as a logo
// writes it ("euronews"), is spelt as the publisher's JSON-LD or the
// <title> spells it; a name in lower case that nothing else spells stays.
func TestSiteNameAsLogoWritesIt(t *testing.T) {
	body := `<main><article><h1>EU leaders agree new sanctions package against Russia</h1>
<p>EU leaders agreed on a new package of sanctions against Russia on Tuesday, targeting the country's shadow fleet of oil tankers and more banks.</p>
<p>The package, the twentieth since the full-scale invasion of Ukraine, also bans imports of Russian aluminium, officials said after the meeting.</p></article></main>`
	ld := `<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Euronews"}}</script>`
	for _, c := range []struct{ head, want string }{
		{`<title>EU leaders agree new sanctions package against Russia | Euronews</title><meta property="og:site_name" content="euronews">`, "Euronews"},
		{`<title>EU leaders agree new sanctions package against Russia</title><meta property="og:site_name" content="euronews">` + ld, "Euronews"},
		{`<title>EU leaders agree new sanctions package against Russia</title><meta property="og:site_name" content="euronews">`, "euronews"},
		// McClatchy's slug, the name's first words run together.
		{`<title>EU leaders agree new sanctions package against Russia | Kansas City Star</title><meta property="og:site_name" content="kansascity">`, "Kansas City Star"},
		{`<title>EU leaders agree new sanctions package against Russia | Kansas City Star</title><meta property="og:site_name" content="kansas">`, "kansas"},
	} {
		r, err := FromString("<html><head>" + c.head + "</head><body>" + body + "</body></html>")
		if err != nil {
			t.Fatal(err)
		}
		if r.SiteName != c.want {
			t.Errorf("%s: site %q, want %q", c.head, r.SiteName, c.want)
		}
	}
}
