package clean

import "github.com/dossierapp/dossier/app/boiler"

// ruleTailIsland removes the kept lines that stand apart under the
// article: past a run of tailGap removed lines or more below the page's main
// run of kept lines (the one with the most words), a run of kept lines
// holding under one in tailShare of its words is the page's, not the
// article's (a teaser of a "More stories" box, a side column's headings, a
// comment or an author's note the classifier only doubted). An article does
// not break off for that much of the page's furniture and go on for a few
// lines only; what stays between the article's own lines (a box inside it)
// leaves a shorter gap, and the lines of the boxes the named rules take out
// of an article (boxInArticle) count for none. Dev, CV by site: 178 lines
// toward their labels, 4 away (two a recipe's ingredients under its
// removed note, two a golf course's addresses); without title lines 168
// and 2. One dev page more cleans otherwise a second time (a live blog
// whose last entries went: the classifier reads the shorter page anew).
// A thread of posts (d.posts) is no article: its last post stands under
// the board's furniture. (Not a blog's front page nor a page of records:
// skipping those kept a 95-line tail on one dev page.) The article's next
// numbered section (nextSection) is no island.
func ruleTailIsland(d *doc) {
	if d.posts {
		return
	}
	type run struct{ from, words int }
	var runs []run
	gap := 0
	for i, b := range d.blocks {
		switch {
		case b.removed == ReasonEmpty, boxInArticle[b.removed]:
		case !b.kept():
			gap++
		default:
			if len(runs) == 0 || gap >= tailGap {
				runs = append(runs, run{from: i})
			}
			runs[len(runs)-1].words += b.nw
			gap = 0
		}
	}
	main := 0
	for k, r := range runs {
		if r.words > runs[main].words {
			main = k
		}
	}
	for k := main + 1; k < len(runs); k++ {
		if tailShare*runs[k].words > runs[main].words || d.nextSection(runs[k].from) {
			continue
		}
		end := len(d.blocks)
		if k+1 < len(runs) {
			end = runs[k+1].from
		}
		for i := runs[k].from; i < end; i++ {
			if d.blocks[i].kind != "title" {
				d.remove(i, ReasonFooter)
			}
		}
	}
}

// nextSection reports whether kept block i is the heading of the
// article's next numbered section: numbered one more than the last kept
// numbered heading above it ("4. Find files by name" under "3. Split
// the line"), the line under it kept. The article's sections go on past the
// boxes between them (a table of each editor's keys, a gallery), which
// the classifier removes; boiler keeps such sections (keepNumberedSections).
// Dev, CV by site, with that: 24 lines toward their labels (619 words),
// none away; without title lines 3 (95 words), none away.
func (d *doc) nextSection(i int) bool {
	n, ok := boiler.SectionNumber(d.blocks[i].text)
	if j := d.nextNonEmpty(i); !ok || j < 0 || !d.blocks[j].kept() {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-sectionReach; k-- {
		if m, ok := boiler.SectionNumber(d.blocks[k].text); ok && d.blocks[k].kept() {
			return m == n-1
		}
	}
	return false
}

// sectionReach is how far above a numbered heading nextSection looks for
// the section before it (past a gallery of fifty pictures, a table).
const sectionReach = 300

// boxInArticle are the reasons of the named rules that remove the boxes an
// article holds between its paragraphs (a newsletter sign-up, a gallery's
// captions and credits, an advert, a player): ruleTailIsland does not count
// their lines in a gap, as the article goes on under them.
var boxInArticle = map[string]bool{
	ReasonNewsletter: true, ReasonCaption: true, ReasonCredit: true, ReasonAd: true, ReasonAdClause: true,
	ReasonDonation: true, ReasonPlayer: true, ReasonAudio: true, ReasonPromo: true,
}

// The bounds of ruleTailIsland: the fewest removed lines that part a run of
// kept lines from the article above, and the share of the article's words
// (one in tailShare) the run holds at most.
const (
	tailGap   = 8
	tailShare = 4
)
