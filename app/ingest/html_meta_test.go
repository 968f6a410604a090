package ingest_test

import (
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/clean"
	"github.com/dossierapp/dossier/app/ingest"
)

// page is a saved news page whose markup states its site and date.
func page(title, meta string) string {
	return `<!doctype html><html><head><meta charset="utf-8"><title>` + title + `</title>` + meta +
		`</head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><article>
<h1>Dutch farmers block motorways over nitrogen rules</h1>
<p>Hundreds of farmers drove tractors onto motorways around Utrecht on Tuesday morning, causing more than 700 kilometres of traffic jams, after talks with the government collapsed.</p>
<p>The protest group said it would continue the blockades "until the minister is ready to listen". Police said 14 people were detained for refusing to leave the motorway.</p>
<p>The agriculture minister said the rules, which require some farms near protected nature areas to cut emissions by up to 70 percent by 2030, were not negotiable.</p>
</article></main></body></html>`
}

// TestHTMLMetaReachesCleanup: the site's name and the date a page's markup
// states reach the cleanup's publisher and date through the line withMeta
// writes, which the cleanup takes out of the article as metadata; a site
// name the cleanup would not take out is not written.
func TestHTMLMetaReachesCleanup(t *testing.T) {
	const short = "Dutch farmers block motorways | Lowlands Herald" // the headline shortened, and the site
	cases := []struct {
		name, title, meta, publisher, date string
	}{
		{"site and date", short, `<meta property="og:site_name" content="Lowlands Herald"><meta property="article:published_time" content="2026-10-14T08:30:00+02:00">`, "Lowlands Herald", "2026-10-14"},
		{"site only", short, `<meta property="og:site_name" content="Lowlands Herald">`, "Lowlands Herald", ""},
		{"date only", "Dutch farmers block motorways", `<meta property="article:published_time" content="2026-10-14">`, "", "2026-10-14"},
		{"date and the title line's site", short, `<meta property="article:published_time" content="2026-10-14">`, "Lowlands Herald", "2026-10-14"},
		{"site in lower case, no date", "Dutch farmers block motorways", `<meta property="og:site_name" content="lowlands-herald.nl">`, "", ""},
		{"the title line's site", short, ``, "Lowlands Herald", ""},
		{"nothing", "Dutch farmers block motorways", ``, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, err := ingest.Read("farmers.html", []byte(page(c.title, c.meta)))
			if err != nil {
				t.Fatal(err)
			}
			r := clean.Clean(f.Text)
			if r.Publisher != c.publisher || r.Date != c.date {
				t.Errorf("publisher %q date %q, want %q %q\ntext:\n%s", r.Publisher, r.Date, c.publisher, c.date, f.Text)
			}
			if r.Title != "Dutch farmers block motorways over nitrogen rules" {
				t.Errorf("title %q", r.Title)
			}
			out := r.Render()
			if strings.Contains(out, "Published") || strings.Contains(out, "lowlands-herald") || !strings.Contains(out, "Hundreds of farmers") {
				t.Errorf("rendering:\n%s", out)
			}
		})
	}
}
