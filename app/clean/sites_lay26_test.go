package clean

import "testing"

// TestSitesAsiaAfrica cleans pages written here in the layouts of news
// sites of Asia, Africa, the Middle East and Latin America (testdata/sites:
// the Hindustan Times, The Indian Express, IOL, The Rio Times, TimesLIVE
// ...), each read as a new user would; every case below is a fault that
// reading found.
func TestSitesAsiaAfrica(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file:      "indianexpress-style.txt",
			publisher: "-",
			kept:      []string{"The first phase, covering libraries in Wayanad"},
			removed: []gone{
				// The ad slot's label in the story's middle.
				{"Story continues below this ad", ReasonAd},
				// The call to follow the site, its link's words after a
				// dash.
				{"Stay updated with the latest - Click here to follow us on Instagram", ReasonShare},
			},
		},
		{
			file:      "hindustantimes-style.txt",
			publisher: "-",
			kept:      []string{"Anand Vihar and Jahangirpuri recorded the worst readings"},
			// A teaser in the story, its intro "Read" and a bar.
			removed: []gone{{"Read | GRAP stage 3 curbs return", ReasonRelated}},
		},
		{
			file:      "iol-style.txt",
			publisher: "IOL",
			kept:      []string{"Construction is due to begin in 2028"},
			removed:   []gone{{"click here to join the IOL News WhatsApp channel.", ReasonShare}},
		},
		{
			file:      "riotimes-style.txt",
			publisher: "The Rio Times",
			kept:      []string{"Average real income rose 3.9%"},
			removed: []gone{
				// The related list's label, and the list.
				{"Check out our other content", ReasonRelated},
				{"Brazil's inflation slows to 4.2% in November", ReasonRelated},
			},
		},
		{
			file:      "timeslive-style.txt",
			publisher: "-",
			kept:      []string{"Breakdowns have averaged 12,500MW"},
			removed:   []gone{{"Would you like to comment on this article?", ReasonShare}},
		},
	})
}
