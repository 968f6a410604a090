package clean

import (
	"strings"

	"github.com/dossierapp/dossier/app/boiler"
)

// commentsFrom returns the block where ruleComments will take the page's
// comment section to start, as the page stands, or -1: none found, or the
// page is a thread of posts (whose posts stay).
func commentsFrom(d *doc) int {
	if profileSigns(d) != nil {
		return -1
	}
	start := firstCommentsStart(d)
	if start < 0 || threadSigns(d, start) != nil {
		return -1
	}
	return trailedAbove(d, headAbove(d, start))
}

// bodyOverComments returns where headline takes the article's body to
// start when the body found (body, under the page's first prose at first)
// lies in the page's comment section: the first paragraph of prose above
// the section the classifier keeps, however it doubts it, or that it
// removes short of overCommentsBar (a blog's post of a few lines, scored
// as the header of the thread under it, whose comment the page would
// otherwise show as the article and its headline). A short post
// under a long thread of readers' comments scores as a doubted header of
// the thread, whose comments hold the page's prose; the headline is the
// post's, above its comments, not a line of the thread that quotes it (a
// commenter's subject line, the copy a reply form repeats), and the post
// is no header above it (headerAbove); the section starts where it was
// found (d.commentsAt, see ruleComments). The comments' signatures stand
// between the section's start and the body found, threadSigned at least:
// an article's date under its headline starts no section; a comment's
// own signature under the body found (colonSignedUnder) stands for them.
// Where no section
// was found, the first of threadSigned signatures over the body found
// starts it (signedOver). Otherwise it returns body.
func bodyOverComments(d *doc, decisions []boiler.Decision, first, body int) int {
	if body <= first {
		return body
	}
	cs := commentsFrom(d)
	if cs < 0 {
		cs = signedOver(d, first, body)
	}
	if cs < 0 || body < cs || signsBetween(d, cs, body) < threadSigned && !colonSignedUnder(d, body) {
		return body
	}
	for i := first; i < cs; i++ {
		if d.blocks[i].prose() && (!decisions[i].Boilerplate || decisions[i].P < overCommentsBar) {
			d.commentsAt = threadTop(d, i, cs)
			return i
		}
	}
	return body
}

// colonSignedUnder reports whether a comment's own signature ("Posted by:
// Jane | May 3, 2012 at 4:05 PM"), which a blog's software puts under
// each comment, stands within signUnderReach lines under block body: with
// such signatures none stands between a section's heading and its first
// comment (bodyOverComments). Dev, CV by site: one page changes (a
// TypePad blog, its two readers' replies shown as the post), without
// title lines 10 lines toward their labels (79 words), 2 away (13); with
// them none. One signature of any kind under the body instead (TypePad's
// is this one) took 7 lines of an article's prose with title lines.
func colonSignedUnder(d *doc, body int) bool {
	for i := body + 1; i < len(d.blocks) && i <= body+signUnderReach; i++ {
		b := d.blocks[i]
		if k, _, ok := signOf(strings.TrimSpace(b.low), b.pairs()); ok && k == signByColon {
			return true
		}
	}
	return false
}

// signUnderReach: see colonSignedUnder.
const signUnderReach = 6

// signedOver returns the first comment signature between the page's first
// prose (first) and the body found (body) that threadSigned signatures or
// more follow before body, when the page has no comment section found nor
// a thread of posts: a post of a gallery's short titles has not the lines
// of prose commentsStart asks above a section, and a trackback's excerpt
// under the comment form was taken for the article. Otherwise -1. Dev, CV
// by site: one page changes (a design blog's gallery), without title lines
// 18 lines toward their labels (328 words), 2 away (4), its title the
// post's headline again; with them 13 toward (225 words), none away.
func signedOver(d *doc, first, body int) int {
	if profileSigns(d) != nil || firstCommentsStart(d) >= 0 {
		return -1
	}
	for i := first + 1; i < body; i++ {
		if isCommentSign(d.blocks[i]) {
			if signsBetween(d, i, body) >= threadSigned {
				return i
			}
			return -1
		}
	}
	return -1
}

// threadTop returns where the comment section found at cs starts under the
// post's body at body: at the first signature above cs of the kind of the
// section's first ("Comment #1 - Posted by: Jo at ..." over "Comment #3
// ..."), whose comments commentsStart passed over as too few lines of prose
// stood above them, or at a bare heading ("Comments") a few blocks over
// that signature, the first comment between. Otherwise it returns cs.
func threadTop(d *doc, body, cs int) int {
	kind, found := signKind(0), false
	for i := cs; i < len(d.blocks) && !found; i++ {
		b := d.blocks[i]
		kind, _, found = signOf(strings.TrimSpace(b.low), b.pairs())
	}
	if !found {
		return cs
	}
	top := cs
	for i := cs - 1; i > body; i-- {
		b := d.blocks[i]
		if k, _, ok := signOf(strings.TrimSpace(b.low), b.pairs()); ok && k == kind {
			top = i
		}
	}
	if top == cs {
		return cs
	}
	for i := top - 1; i > body && i >= top-headReach; i-- {
		if b := d.blocks[i]; b.nw <= 4 && commentHeads[strings.TrimSuffix(strings.TrimSpace(b.low), ":")] {
			return i
		}
	}
	return top
}

// threadSigned is how many signatures of comments (isCommentSign: a name
// that "says:", a comment's date and time, "Reply") stand over the body
// found in a comment section before bodyOverComments looks above it.
const threadSigned = 3

// overCommentsBar is the classifier's score a paragraph above a comment
// section stays under to be the post's body bodyOverComments returns, when
// the classifier removes it. Dev, CV by site: without title lines 20 lines
// toward their labels (235 words), 3 away (26), on two blogs whose
// comment had been taken for the post (its headline a reader's "Best post
// ever!"); with title lines 3 toward (30 words), 2 away (24). At 0.95 the
// same.
const overCommentsBar = 0.9

// signsBetween counts the blocks in [from, to) that sign comments.
func signsBetween(d *doc, from, to int) int {
	n := 0
	for _, b := range d.blocks[from:to] {
		if isCommentSign(b) {
			n++
		}
	}
	return n
}

// ledeOverThread returns whether the classifier's rounds keep the lede at
// lede however they score it, asked once: when the first pass scored it
// below ledeThreshold and the page's comment section starts under it. The
// rounds score what is left, and the comments the first pass kept are
// most of it under a short post: read with them, the post's only
// paragraph scores as the header of a page of comments, which the
// rendering, its comments gone, is not.
func ledeOverThread(d *doc, lede int, decisions []boiler.Decision) func() bool {
	asked, held := false, false
	return func() bool {
		if !asked {
			asked = true
			held = lede >= 0 && decisions[lede].P < ledeThreshold && commentsFrom(d) > lede
		}
		return held
	}
}
