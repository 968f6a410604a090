package extract_test

import "testing"

// TestSitesLay34 reads two newsrooms' pages as saved HTML: a McClatchy
// story (the Kansas City Star), whose og:site_name is the site's slug
// ("kansascity", the paper's name its JSON-LD spells), whose Trinity Audio
// player writes "Only have a minute? Listen instead" / "Powered by Trinity
// Audio" / "00:00" over the lead picture, and whose author card's bio
// ("... covers City Hall ... for The Kansas City Star.") stayed at the
// story's end; and The New Indian Express on Quintype (its caption's
// "(Photo | Express)", its WhatsApp channel's link).
func TestSitesLay34(t *testing.T) {
	checkHTMLSites(t, []htmlSite{
		{
			file: "mcclatchy-story.page", title: "Kansas City to spend $12 million on new snowplows after slow storm response", publisher: "Kansas City Star", date: "2026-12-05",
			kept:    []string{"Kansas City will buy 40 new snowplows", "a change that begins this winter."},
			notKept: []string{"Listen instead", "Trinity Audio", "00:00", "covers City Hall", "Snowplows wait", "READ MORE", "Related stories", "Take Us With You"},
		},
		{
			file: "quintype-story.page", title: "Chennai Metro phase two to open first stretch by June", publisher: "The New Indian Express", date: "2026-12-05",
			kept:    []string{"The 10-km elevated stretch between Poonamallee and Porur", "CHENNAI: The first stretch", "ready by the end of 2028."},
			notKept: []string{"Photo | Express", "WhatsApp", "TNIE app", "Also Read", "feeder buses", "Copied", "2 min read"},
		},
	}, true)
}
