package clean

import "testing"

// TestSitesPublisherCues cleans pages written here whose scraper kept only
// the body (no title line to name the site), where the publisher is named
// only by the page's furniture: a blog's follow button, a copyright sign
// glued to its year, a byline's paper after the writer, and a site whose
// name its menus and footer repeat over a portal's or an owner's; and a
// writer's plug, which names none; and a link's words over the headline,
// which are no title.
func TestSitesPublisherCues(t *testing.T) {
	checkSites(t, []siteCase{
		{
			// WordPress.com's button under the post: "Follow “Blog”".
			file:      "pub28-wpblog-style.txt",
			title:     "Pear and walnut tart for a rainy weekend",
			publisher: "The Quiet Orchard",
			kept:      []string{"The first pears of the cellar are soft enough by March"},
		},
		{
			// "©2009-2026 Lakeshore Angler, Inc.": no space after the sign.
			file:      "pub28-footer-style.txt",
			title:     "Walleye move shallow as the ice leaves the north bays",
			publisher: "Lakeshore Angler",
			kept:      []string{"The ice went out of the north bays a week early this spring"},
		},
		{
			// "By Jane Alder, Harbor Times": the paper, not the writer.
			file:      "pub28-byline-style.txt",
			title:     "Ferry fares to rise by a quarter from June",
			publisher: "Harbor Times",
			kept:      []string{"Ferry fares between the mainland and the two islands"},
		},
		{
			// A portal's masthead ("Skyway") over a network's story whose
			// menus, byline and copyright line name the network.
			file:      "pub28-portal-style.txt",
			title:     "Clinics in three counties to stay open late for flu shots",
			publisher: "CoastlineNews.com",
			kept:      []string{"Clinics in three coastal counties will keep their doors open"},
		},
		{
			// "More From Roadline Media" (the owner) and "© 2026 The Open
			// Road Journal", one cue each: the name the footer repeats.
			file:      "pub28-network-style.txt",
			title:     "Six months with a small electric hatchback: the charging is the hard part",
			publisher: "The Open Road Journal",
			kept:      []string{"The car itself has been no trouble at all"},
		},
		{
			// The blog's name in lower case after the title line's dash,
			// its masthead below saying it again.
			file:      "pub28-lowersite-style.txt",
			title:     "Three days on the coast road, in photos",
			publisher: "wandering wren blog",
			kept:      []string{"We left the city on a grey Thursday"},
		},
		{
			// The site's address between the headline and the section
			// in the title line, which the footer names again.
			file:      "pub28-league-style.txt",
			title:     "Harbor Hawks edge Ferrymen in overtime",
			publisher: "RinkWire.com",
			kept:      []string{"Mia Lindqvist scored 2:13 into overtime"},
		},
		{
			// The title line's lower-case site, which the masthead and
			// the contact line name again, over the owner the copyright
			// line names once.
			file:      "pub28-owner-style.txt",
			title:     "Slow cooker lentil soup for busy weeks",
			publisher: "thekitchenlog",
			kept:      []string{"Red lentils are the friend of anyone who gets home late"},
		},
		{
			// A link's words first, over a short headline that shares one
			// word with the lede: the headline is the title.
			file:      "pub28-golink-style.txt",
			title:     "Rain delays start of island ferry season",
			publisher: "-",
			kept:      []string{"Storms kept the first boat of the summer timetable"},
		},
		{
			// A writer's plug with her handle names no publisher.
			file:      "pub28-plug-style.txt",
			title:     "Waiver wire: three backs to grab before Sunday",
			publisher: "",
			kept:      []string{"Injuries to two starting running backs have opened the waiver wire"},
		},
	})
}
