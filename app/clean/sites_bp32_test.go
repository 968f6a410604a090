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
	})
}
