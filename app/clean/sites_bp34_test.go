package clean

import (
	"testing"

	"github.com/dossierapp/dossier/app/boiler"
	"github.com/dossierapp/dossier/app/parse"
)

// TestSitesBoilerplateKept34 cleans pages written here in the shapes whose
// boilerplate the cleanup used to keep on the corpus's dev pages
// (session 34).
func TestSitesBoilerplateKept34(t *testing.T) {
	checkSites(t, []siteCase{
		{
			// A blog post's footer under its last paragraph: its
			// categories with the comments' count, its tags, the
			// blogging software's sentence about the entry.
			file:      "bp34-wpfooter-style.txt",
			title:     "Three herbs that survive a north-facing balcony",
			publisher: "-",
			kept:      []string{"Basil, coriander and dill all gave up by July"},
			removed: []gone{
				{"Posted in Balcony Gardening, Herbs, Small Spaces | 6 Comments", ReasonTags},
				{"Tagged as: chives, mint, parsley, shade", ReasonTags},
				{"This entry was posted in Balcony Gardening by Wren Adeyemi.", ReasonTags},
			},
		},
		{
			// A blog's side column above the post, its writer's beliefs
			// as numbered sentences: the title line stood for the
			// headline, which the post repeats far below.
			file:      "bp34-sidecol-style.txt",
			title:     "What a good workshop leaves behind",
			publisher: "-",
			kept:      []string{"The honest answer is that most of the slides"},
			removed: []gone{
				{"3. A team that laughs together", boiler.ReasonHeader},
				{"5. The best feedback is specific", boiler.ReasonHeader},
			},
		},
		{
			// An author's box under the post: its label, which reads
			// like a byline's, and the bio under it.
			file:      "bp34-authorbox-style.txt",
			title:     "Five ways to cut a household's water bill this winter",
			publisher: "-",
			kept:      []string{"Finally, I asked the water company for a free audit"},
			removed: []gone{
				{"About the author", ReasonBio},
				{"Dana Reyes has written about household budgets", ReasonBio},
			},
		},
		{
			// A press release's own "About <Company>" paragraph stays;
			// the writer's box under it, headed by his name over his
			// bio, goes.
			file:      "bp34-aboutname-style.txt",
			title:     "Northwind Labs opens a repair workshop for old laptops",
			publisher: "-",
			kept:      []string{"About Northwind Labs", "Northwind Labs is a maker of refurbished computers"},
			removed: []gone{
				{"About Tomas Brandt", ReasonBio},
				{"Tomas Brandt covers hardware and repair", ReasonBio},
			},
		},
		{
			// The post's headline, repeating the title line, under the
			// blog's column: its writer's welcome in sentences, which
			// the classifier only doubts.
			file:      "bp34-blogplug-style.txt",
			title:     "Pricing a side project's first plan",
			publisher: "-",
			kept:      []string{"Most founders I talk to price their first plan", "Start instead with the one problem"},
			removed: []gone{
				{"I have run three small software companies since 2014", boiler.ReasonHeader},
				{"This blog is where I write down what worked", boiler.ReasonHeader},
			},
		},
		{
			// Links to the blog's other posts under the article (the
			// classifier takes the last two for related stories first).
			file:      "bp34-postnav-style.txt",
			title:     "How I plan a week of dinners in twenty minutes",
			publisher: "-",
			kept:      []string{"Then I write the shopping list from the plan"},
			removed: []gone{
				{"« Five soups that freeze well", ReasonNav},
				{"Next post: A cheaper way to roast vegetables", ReasonRelated},
				{"View the Full Archive »", ReasonRelated},
			},
		},
		{
			// A wire's legal notice under the story, too long for the
			// metadata rule.
			file:      "bp34-legal-style.txt",
			title:     "Harbour pilots vote to strike over night shifts",
			publisher: "-",
			kept:      []string{"A spokesman for the largest shipping line said"},
			removed:   []gone{{"Copyright 2026 Coastline Wire Ltd. All rights reserved.", ReasonCopyright}},
		},
	})
}

// TestLegalNotice checks which lines read as a site's legal notice.
func TestLegalNotice(t *testing.T) {
	for line, want := range map[string]bool{
		"This material may not be published, broadcast, rewritten or redistributed.":                     true,
		"(C) 2026 Northwind Labs, Inc. All rights reserved. Northwind is a trademark of Northwind Labs.": true,
		"The court said the photographs may not be published until the trial ends.":                      false,
		"All rights reserved, the label insists, though the band wrote every song.":                      false,
	} {
		var store block
		b := newBlock(&store, parse.Block{Kind: "paragraph", Text: line})
		if got := legalNotice(b); got != want {
			t.Errorf("legalNotice(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestPostNav checks which lines read as links to a blog's other posts.
func TestPostNav(t *testing.T) {
	for line, want := range map[string]bool{
		"« Five soups that freeze well":                     true,
		"‹ Back to Story":                                   true,
		"<< Previous Post":                                  true,
		"Previous post: How to Wait Less":                   true,
		"More Articles in World »":                          true,
		"« Nous ne céderons pas »":                          false, // a quotation
		"«We will not give in,» the minister said.":         false,
		"Read the rest of this post on the original site »": false, // too long for a link on
		"Previous posts have covered the same ground.":      false,
	} {
		var store block
		b := newBlock(&store, parse.Block{Kind: "paragraph", Text: line})
		if got := postNav(b); got != want {
			t.Errorf("postNav(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestPostFooter checks which lines read as a blog post's footer.
func TestPostFooter(t *testing.T) {
	for line, want := range map[string]bool{
		"Posted in Travel, Food | 3 Comments":  true,
		"Posted in:":                           true,
		"Tagged with Android, Phones, Reviews": true,
		"Tags: budget, council, housing, planning, roads, schools, transport":                  true,
		"This entry was posted on Monday, May 4th, 2026 at 9:12 am and is filed under Garden.": true,
		"This entry was posted in Recipes by Ann. Bookmark the permalink.":                     true,
		// The post's date: its metadata line, not its tags.
		"Posted in Travel on May 4, 2026": false,
		// Sentences of the article.
		"Tagged as a risk by the auditors, the fund lost half its investors.": false,
		"Posted in the wrong place, the sign confused drivers for weeks.":     false,
		"This entry was the last one in her diary.":                           false,
	} {
		var store block
		b := newBlock(&store, parse.Block{Kind: "paragraph", Text: line})
		if got := postFooter(b); got != want {
			t.Errorf("postFooter(%q) = %v, want %v", line, got, want)
		}
	}
}
