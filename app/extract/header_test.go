package extract

import (
	"strings"
	"testing"
)

// TestArticleHeaderStays: an article's own <header> (inside <article>, with
// the <h1>) keeps its standfirst; the site's masthead <header> still goes.
func TestArticleHeaderStays(t *testing.T) {
	page := `<html><head><title>Town seized as civilians flee | World | Example News</title></head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a></nav><p>Sign up for our newsletter today.</p></header>
<main><article>
<header class="article-header"><h1>Town seized as civilians flee</h1>
<p class="subhead">Thousands of families are on the move after fighters overran the town, aid groups say.</p></header>
<p>Fighters have seized the town, cutting one of the last supply roads to the besieged city, according to local officials and aid groups who spoke on Tuesday.</p>
<p>The capture on Monday sent thousands of families fleeing west, where the United Nations says more than 600,000 displaced people are already sheltering.</p>
<p>"People are walking for three days with nothing," said a spokesman for a coordination body of the camps in the region.</p>
</article></main></body></html>`
	r, err := Text([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Text, "Thousands of families are on the move") {
		t.Errorf("the standfirst in the article's header is lost:\n%s", r.Text)
	}
	if strings.Contains(r.Text, "Sign up for our newsletter") {
		t.Errorf("the site's header is kept:\n%s", r.Text)
	}
}
