package clean

import (
	"strings"
)

// ruleBlogPosts brings back the posts of a blog's front page that the
// classifier took for boilerplate. A blog's front page is its posts one
// under another, each closed (or opened) by the blog's signature of one
// shape ("Posted by Jane in news at 05:46 | Comments (0) | Trackbacks
// (0)"). The classifier keeps the posts near the top and, as the page runs
// on toward its side column, loses the ones further down: the scores rise
// toward a page's end. When it kept two posts between signatures or more,
// the page is posts, not an article over its teasers; every post between
// two signatures comes back, the lines the classifier took (and the
// comments rule, for a post's own lines) as they were. The signatures stay
// as they were, and so does what is past the last of them (the side
// column).
func ruleBlogPosts(d *doc) {
	at := blogSigns(d)
	if at == nil {
		return
	}
	kept := 0
	for k := 0; k+1 < len(at); k++ {
		words, in := 0, 0
		for x := at[k] + 1; x < at[k+1]; x++ {
			b := d.blocks[x]
			words += b.nw
			if b.kept() {
				in += b.nw
			}
		}
		if words >= commentWords && 2*in >= words {
			kept++
		}
	}
	if kept < minKeptPosts {
		return
	}
	for k := 0; k+1 < len(at); k++ {
		for x := at[k] + 1; x < at[k+1]; x++ {
			if b := d.blocks[x]; threadLine[b.removed] {
				b.removed = ""
			}
		}
	}
	blogFurniture(d, at)
}

// blogFurniture removes the signatures at of a blog's posts and, from the
// first post to the last signature, the short lines that at least half of the
// posts repeat in shape: their links ("Continue reading "Headline"",
// "View/Add Comments (5) | Category: Travel"), keyed by their digits'
// shape (not a date's: the posts' dates head them) or their first two
// words. They go as the posts' footers, with the
// reason rulePostFooter gives a signature closing on its permalink.
func blogFurniture(d *doc, at []int) {
	keys := func(b *block) (string, string) {
		var shape, lead string
		if mayDate(b.text) {
			kinds := strings.Fields(lineShape(b.text))
			for k, w := range kinds {
				if strings.Contains(w, "0") {
					kinds[k] = "0"
				}
				if w[0] == 'M' || w[0] == 'D' {
					kinds = nil // a month or a weekday: a date
					break
				}
			}
			if kinds != nil {
				shape = "#" + strings.Join(kinds, " ")
			}
		}
		if w := strings.Fields(b.text); len(w) >= 3 {
			lead = "+" + textKey(w[0]+" "+w[1])
		}
		return shape, lead
	}
	sign := map[int]bool{}
	for _, i := range at {
		sign[i] = true
	}
	// The first post, above the first signature, runs about as long as
	// the second.
	top := max(0, 2*at[0]-at[1])
	count := map[string]int{}
	for i := top; i < at[len(at)-1]; i++ {
		if b := d.blocks[i]; b.kept() && b.nw <= maxSignatureWords && !sign[i] {
			s, l := keys(b)
			count[s]++
			count[l]++
		}
	}
	need := max(minDatedSigns, len(at)/2)
	for _, i := range at {
		d.blocks[i].removed = ReasonTags // whatever the classifier took it for
	}
	for i := top; i < at[len(at)-1]; i++ {
		if b := d.blocks[i]; b.kept() && b.nw <= maxSignatureWords && !sign[i] {
			if s, l := keys(b); s != "" && count[s] >= need || l != "" && count[l] >= need {
				d.remove(i, ReasonTags)
			}
		}
	}
}

// minKeptPosts is how many posts between signatures the classifier must
// have kept for ruleBlogPosts to take the page for a blog's front page.
const minKeptPosts = 2

// blogSigns returns the blocks that sign a blog's posts, in page order, or
// nil: the largest group, of minDatedSigns or more, of lines of one shape
// (see lineShape) that sign "Posted by" a name (see signOf), one name
// signing at least two of them (a blog's author, not its commenters).
func blogSigns(d *doc) []int {
	groups := map[string][]int{}
	names := map[string]map[string]int{}
	for i, b := range d.blocks {
		low := strings.TrimSpace(b.low)
		if b.nw == 0 || b.nw > maxSignatureWords*2 || b.removed == ReasonEmpty ||
			!hasPrefixAny(low, "posted", "written", "submitted", "comment") || !hasClock(low) {
			continue // (signOf's "Posted by" starts so: the quick test)
		}
		k, name, ok := signOf(low, b.pairs())
		if !ok || k != signByName {
			continue
		}
		shape := lineShape(b.text)
		groups[shape] = append(groups[shape], i)
		if names[shape] == nil {
			names[shape] = map[string]int{}
		}
		names[shape][name]++
	}
	var best []int
	for shape, g := range groups {
		twice := false
		for _, n := range names[shape] {
			twice = twice || n >= 2
		}
		if len(g) >= minDatedSigns && twice && len(g) > len(best) {
			best = g
		}
	}
	return best
}
