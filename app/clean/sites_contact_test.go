package clean

import "testing"

// TestSitesContactLines reads pages written here (session 26, helper
// html26): a USA Today network paper's story closing on its reporters'
// contact lines ("Contact Dan Whitley at ... Follow him on X: @...",
// "Reach Maria Ortiz at ...", a bio with "Contact her at ... or follow
// her on X"), kept as the story's; a French paper's reading time
// ("Lecture 3 min."), kept as a paragraph.
func TestSitesContactLines(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file: "gannett-contact-style.txt", publisher: "-",
			kept: []string{"Lansford Public Schools will offer free full-day prekindergarten", "Board member Tom Reyes, who voted no"},
			removed: []gone{
				{"Keisha Moreland covers education for the Lansford Journal.", ReasonMetadata},
				{"Contact Dan Whitley at", ReasonMetadata},
				{"Reach Maria Ortiz at", ReasonMetadata},
			},
		},
		{
			file: "french-lecture-style.txt", publisher: "-", date: "2026-12-02",
			kept:    []string{"La région a présenté mardi trois nouvelles lignes"},
			removed: []gone{{"Lecture 3 min.", ReasonShare}},
		},
	})
}
