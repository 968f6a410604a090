package clean

import "testing"

// TestSitesBoilerplateKept cleans pages written here in the shapes whose
// boilerplate the cleanup used to keep on the corpus's dev pages.
func TestSitesBoilerplateKept(t *testing.T) {
	checkSites(t, []siteCase{
		{
			// A blog's comments signed under their text ("Posted by:
			// Jane | date"): the first comment, between the "Comments"
			// heading and the first signature, is a comment too.
			file:      "bp32-typepad-style.txt",
			title:     "Why small bakeries print their own price lists",
			publisher: "-",
			kept:      []string{"What struck me is how much of the trade's thinking"},
			removed: []gone{
				{"My aunt ran a bakery for thirty years", ReasonComments},
				{"She said a printed list was a promise", ReasonComments},
				{"The chalk line is the best idea here.", ReasonComments},
			},
		},
		{
			// A thread under a bare "COMMENTS" heading, each comment
			// under its reader's name alone: no date, no "says:".
			file:      "bp32-thread-style.txt",
			title:     "County board delays vote on river crossing tolls",
			publisher: "-",
			kept:      []string{"The traffic study, prepared by an outside firm"},
			removed: []gone{
				{"The board knew about this study for months.", ReasonComments},
				{"I drive across twice a day", ReasonComments},
				{"Shop owners will lose customers", ReasonComments},
			},
		},
		{
			// A toolbar's "Comments" link over teasers under their
			// writer's name, inside the article: no thread, the
			// article's last paragraphs stay.
			file:      "bp32-toolbar-style.txt",
			title:     "Port strike talks resume after two-week pause",
			publisher: "-",
			kept: []string{"The union's negotiator, Bruna Castell",
				"Both sides agreed to meet again on Friday morning"},
		},
		{
			// Other stories' teasers under the article, each headline
			// over a sentence of summary about something else.
			file:      "bp32-teasers-style.txt",
			title:     "Ferry operator adds winter sailings to island route",
			publisher: "-",
			kept:      []string{"Fares will not change, but the company said"},
			removed: []gone{
				{"Construction on a twelve-bed maternity wing", ReasonRelated},
				{"Local drivers say they were shut out", ReasonRelated},
				{"A group of retired teachers has offered", ReasonRelated},
				{"Officers are asking anyone who was near", ReasonRelated},
			},
		},
		{
			// An explainer's own subheadings, each over a sentence
			// about the same bins: not teasers.
			file:      "bp32-subheads-style.txt",
			title:     "What the new bin collection rules mean for you",
			publisher: "-",
			kept: []string{"General waste bins stay green",
				"Most households will keep their collection day",
				"Residents can report a missed collection"},
		},
		{
			// The wire's copyright and reuse notice under the story:
			// the site's legal footer, not the article's byline or
			// date (Dragnet's gold counts those as the article's).
			file:      "bp32-wire-style.txt",
			title:     "Dam inspectors find cracks in spillway after heavy rain",
			publisher: "-",
			kept:      []string{"Repairs are expected to take about three weeks"},
			removed: []gone{
				{"Copyright 2026 Valley Wire Media Inc.", ReasonCopyright},
				{"By Hollis Brandt, Valley Wire", ReasonMetadata},
			},
		},
	})
}
