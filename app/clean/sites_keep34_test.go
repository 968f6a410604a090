package clean

import "testing"

// TestSitesTutorialRepeats cleans a tool's guide that prints the same
// output at several of its steps ("added 1 changesets with 1 changes to 1
// files", "1 files updated, 0 files merged, ..."): each repeat stands
// among the guide's kept lines, and the classifier keeps it, so it is the
// guide's own, not a repeated lede; the site's menu and footer still go.
func TestSitesTutorialRepeats(t *testing.T) {
	checkSites(t, []siteCase{{
		file:      "keep34-tutorial-repeats-style.txt",
		title:     "Sharing changes between two clones with Ferrule",
		publisher: "-",
		kept: []string{
			"Bob has not changed anything yet, so his pull brings",
			"pulling from https://example.org/shop",
			"pushing to https://example.org/shop",
			"added 1 changesets with 1 changes to 1 files",
			"Once the merge is committed and pushed",
		},
		removed: []gone{{"Community", ReasonNav}},
	}})
	r := cleanSite(t, "keep34-tutorial-repeats-style.txt")
	counts := map[string]int{}
	for _, b := range r.Body() {
		counts[b.Text()]++
	}
	for line, want := range map[string]int{
		"3 files updated, 0 files merged, 0 files removed, 0 files unresolved": 2,
		"1 files updated, 0 files merged, 0 files removed, 0 files unresolved": 2,
		"added 1 changesets with 1 changes to 1 files":                         3,
		"pulling from https://example.org/shop":                                2,
		"pushing to https://example.org/shop":                                  2,
	} {
		if counts[line] != want {
			t.Errorf("%q kept %d times, want %d", line, counts[line], want)
		}
	}
}
