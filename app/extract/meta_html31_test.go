package extract

import "testing"

// TestLDPublisherRef: a JSON-LD publisher (or author) given only as a
// reference, {"@id": ...}, to a node elsewhere in the @graph (as Yoast's
// WordPress graphs write them) is named by that node (neither was read).
func TestLDPublisherRef(t *testing.T) {
	page := `<html><head><title>Ferry timetable cut for winter</title>` +
		`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[` +
		`{"@type":"NewsArticle","@id":"https://harbourtimes.example/ferry/#article","isPartOf":{"@id":"https://harbourtimes.example/ferry/"},` +
		`"author":{"@id":"https://harbourtimes.example/#/schema/person/4f2a"},"headline":"Ferry timetable cut for winter",` +
		`"publisher":{"@id":"https://harbourtimes.example/#organization"}},` +
		`{"@type":"WebSite","@id":"https://harbourtimes.example/#website","url":"https://harbourtimes.example/","name":"Harbour Times",` +
		`"publisher":{"@id":"https://harbourtimes.example/#organization"}},` +
		`{"@type":"Organization","@id":"https://harbourtimes.example/#organization","name":"Harbour Times Media",` +
		`"logo":{"@type":"ImageObject","@id":"https://harbourtimes.example/#/schema/logo/image/","url":"https://harbourtimes.example/logo.png"}},` +
		`{"@type":"Person","@id":"https://harbourtimes.example/#/schema/person/4f2a","name":"Morag Duncan",` +
		`"image":{"@type":"ImageObject","@id":"https://harbourtimes.example/#/schema/person/image/"}}]}</script></head>` +
		`<body><article><h1>Ferry timetable cut for winter</h1><p>` +
		"The island ferry will sail twice a day instead of four times from November, the operator said on Monday, citing a shortage of crew." +
		`</p></article></body></html>`
	r, err := Text([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if r.SiteName != "Harbour Times Media" || r.Byline != "Morag Duncan" {
		t.Errorf("site %q, byline %q", r.SiteName, r.Byline)
	}
}
