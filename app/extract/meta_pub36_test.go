package extract

import "testing"

// TestLDOwnerUnderLogo: a paper's page without og:site_name whose JSON-LD
// publisher is its owning company ("Lee Enterprises"), its logo over the
// headline naming the paper the <title> ends with: the paper is the site;
// with no logo to say so, the JSON-LD's name stays.
func TestLDOwnerUnderLogo(t *testing.T) {
	head := `<html><head><title>Ferry timetable cut for winter | The Riverton Star</title>` +
		`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry timetable cut for winter",` +
		`"publisher":{"@type":"Organization","name":"Tidewater Holdings"}}</script></head><body>`
	story := `<article><h1>Ferry timetable cut for winter</h1><p>` +
		"The island ferry will sail twice a day instead of four times from November, the operator said on Monday, citing a shortage of crew." +
		`</p><p>Islanders said the cut would leave commuters stranded on the mainland after the last evening crossing.</p></article></body></html>`
	for logo, want := range map[string]string{
		`<header><a href="/" class="logo"><img src="/star.png" alt="The Riverton Star"></a></header>`: "The Riverton Star",
		``: "Tidewater Holdings",
	} {
		r, err := Text([]byte(head + logo + story))
		if err != nil {
			t.Fatal(err)
		}
		if r.SiteName != want {
			t.Errorf("logo %q: site %q, want %q", logo, r.SiteName, want)
		}
	}
}

// TestLDOwnerWebSite: the same page without a logo, its JSON-LD's WebSite
// naming the paper the <title> ends with: the paper, not the publisher
// node's owning company.
func TestLDOwnerWebSite(t *testing.T) {
	page := `<html><head><title>Ferry timetable cut for winter | The Riverton Star</title>` +
		`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[` +
		`{"@type":"NewsArticle","headline":"Ferry timetable cut for winter","publisher":{"@type":"Organization","name":"Tidewater Holdings"}},` +
		`{"@type":"WebSite","url":"https://rivertonstar.example/","name":"The Riverton Star"}]}</script></head><body>` +
		`<article><h1>Ferry timetable cut for winter</h1><p>` +
		"The island ferry will sail twice a day instead of four times from November, the operator said on Monday, citing a shortage of crew." +
		`</p><p>Islanders said the cut would leave commuters stranded on the mainland after the last evening crossing.</p></article></body></html>`
	r, err := Text([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if r.SiteName != "The Riverton Star" {
		t.Errorf("site %q, want The Riverton Star", r.SiteName)
	}
}
