package clean

import (
	"strings"

	"github.com/dossierapp/dossier/app/boiler"
)

// postFooterLabels open a blog post's footer line that lists the post's
// categories or tags ("Posted in Travel, Food | 3 Comments", "Tagged as:
// autumn, paper craft", "Tagged with Android, Phones"), or the label alone
// over them ("Posted in:", "Tagged In").
var postFooterLabels = []string{"posted in:", "posted in ", "tagged as:", "tagged as ", "tagged with:", "tagged with ",
	"tagged in:", "tagged in ", "tagged:", "tagged ", "filed in:", "filed under", "categories:", "category:", "tags:",
	"post tags:", "related tags:", "explore related topics:"}

// postFooterMost is the most words a footer's list of categories or tags
// runs to (a long list of a blog's tags).
const postFooterMost = 80

// postFooter reports whether kept block b is a blog post's footer line: the
// post's categories or tags, listed after a label, without a date (a
// "Posted in" line with the date is the post's metadata line); or the
// blogging software's sentence about the entry ("This entry was posted in
// Travel by Ann. Bookmark the permalink.", "This entry was posted on
// Monday, ... and is filed under Garden.").
func postFooter(b *block) bool {
	if b.nw > postFooterMost || b.kind == "title" {
		return false
	}
	if strings.HasPrefix(b.low, "this entry was ") && b.hasAny("filed under", " posted in ", "and tagged ") || b.has("bookmark the permalink") {
		return true // ("This was written by Ann. Posted on ... Filed under Garden. Bookmark the permalink.")
	}
	label := ""
	for _, p := range postFooterLabels {
		if strings.HasPrefix(b.low, p) {
			label = p
			break
		}
	}
	if label == "" || hasDate(b.text) || hasQuote(b.text) {
		return false
	}
	rest := strings.TrimSpace(b.low[len(label):])
	n := words(rest)
	switch {
	case rest == "":
		return b.nw <= 3 // the label alone, its list under it
	case strings.HasSuffix(rest, ".") || strings.HasSuffix(rest, "?") || strings.HasSuffix(rest, "!"):
		return false // a sentence ("Tagged as a risk, the bank ...")
	case strings.ContainsAny(rest, ",|") || n <= 4:
		return true // a list, or a tag or two
	}
	return false
}

// rulePostFooter removes a blog post's footer lines (see postFooter) as
// its tag list, and names so those the classifier removed with a guess of
// its own (a caption, the page's footer). It runs after the comment rules:
// a comment section starts under the article's prose, which the footer's
// sentence about the entry ends.
//
// A post's signature line closing on its permalink ("Posted by Ann at
// 04:12 PM in Garden | Permalink | Comments (2)", "October 3, 2012 |
// Permalink") goes too when kept under the article's prose (permalinkSign).
func rulePostFooter(d *doc) {
	prose := false
	for i, b := range d.blocks {
		switch b.removed {
		case "", boiler.ReasonCaption, boiler.ReasonOther, boiler.ReasonFooter, boiler.ReasonHeader:
			if postFooter(b) {
				b.removed = ReasonTags
			} else if prose && b.kept() && permalinkSign(b) {
				d.remove(i, ReasonTags)
			}
		}
		prose = prose || b.kept() && b.prose()
	}
}

// permalinkSign reports whether block b is a post's signature line of 20
// words at most with its permalink among its fields ("... | Permalink").
func permalinkSign(b *block) bool {
	return b.nw <= 20 && (b.has("| permalink") || b.has("|| permalink")) && !hasQuote(b.text)
}
