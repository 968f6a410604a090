package clean

import (
	"strings"
	"testing"
)

// TestHeadlineOverPlayerAndButtons: on a page shaped as The New York
// Times' pages are scraped today, an audio player's label, "Share full
// article", "Read in app" and a caption with its credit glued on sit
// between the headline and the byline; none of them is taken for the
// headline, and the headline and its standfirst stay.
func TestHeadlineOverPlayerAndButtons(t *testing.T) {
	page := `Skip to contentSkip to site indexSearch & Section Navigation
Section Navigation
SEARCH
World
Africa
Americas
Asia
Australia
Canada
Europe
Middle East
Subscribe for $1/week
Log in
Friday, November 20, 2026
Today’s Paper
Advertisement
SKIP ADVERTISEMENT
Supported by
SKIP ADVERTISEMENT
Chile Votes to Rewrite Its Water Law After Years of Drought
The new law ends private ownership of some water rights, a legacy of the dictatorship that critics say left rivers dry.
Listen to this article · 6:12 min Learn more
Share full article
Read in app
A dry riverbed near Petorca, Chile, in 2024.Credit...Cristobal Olivares for The New York Times
By Pascale Bonnefoy and Jack Nicas
Reporting from Santiago, Chile
Nov. 20, 2026
Chile’s Congress on Thursday approved an overhaul of the country’s water law, ending the perpetual private ownership of water rights that was enshrined during the dictatorship of Gen. Augusto Pinochet.
The law, which passed the Senate 32 to 14, gives priority to human consumption and sanitation during droughts and allows the state to cap the rights of large users.
“This is a historic day for the rivers of Chile,” said the environment minister, Maisa Rojas.
Farmers’ groups said the changes would deter investment and vowed to challenge them in court.
Pascale Bonnefoy reported from Santiago, and Jack Nicas from Rio de Janeiro.
A version of this article appears in print on Nov. 21, 2026, Section A, Page 9 of the New York edition with the headline: Chile Rewrites Water Law.
Order Reprints | Today’s Paper | Subscribe
See more on: Chile
Related Content
Advertisement
SKIP ADVERTISEMENT
Site Index
Site Information Navigation
© 2026 The New York Times Company
NYTCo
Contact Us
`
	r := Clean(page)
	if r.Title != "Chile Votes to Rewrite Its Water Law After Years of Drought" || r.TitleInferred {
		t.Errorf("title %q (inferred %v)", r.Title, r.TitleInferred)
	}
	if r.Date != "2026-11-20" {
		t.Errorf("date %q", r.Date)
	}
	out := r.Render()
	for _, bad := range []string{"Listen to this", "Read in app", "Credit...", "Reporting from", "appears in print"} {
		if strings.Contains(out, bad) {
			t.Errorf("%q kept:\n%s", bad, out)
		}
	}
	if !strings.Contains(out, "The new law ends private ownership") || !strings.Contains(out, "historic day") {
		t.Errorf("the standfirst or the article lost:\n%s", out)
	}
}
