package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// commentHeads are the bare headings a comment section opens with, lower
// case, without a colon.
var commentHeads = phrases("comments|reader comments|readers' comments|reader's comments|your comments|user comments|" +
	"discussion|have your say|join the discussion|join the conversation|conversation|reader views|readers' views|your views")

// Bounds of the first comment headAbove reads over: the lines between a
// heading and the signature under it.
const (
	headReach       = 10  // blocks above the signature
	maxFirstComment = 250 // kept words between heading and signature
)

// headAbove returns where a comment section found at block start (a
// signature) begins: at a bare heading a few blocks above it ("Comments",
// "Have your say") when the kept lines between are the first comment.
// Software that signs a comment under its text (TypePad's "Posted by: Jane |
// October 2, 2012 at 01:55 PM", "posted on Tuesday ... by Jane") leaves the
// first comment over the first signature, between it and the heading. The
// heading must lie under the article (articleLines kept lines of prose above
// it), else start stands.
func headAbove(d *doc, start int) int {
	words := 0
	for i := start - 1; i > 0 && i >= start-headReach; i-- {
		b := d.blocks[i]
		if b.nw <= 4 && commentHeads[strings.TrimSuffix(strings.TrimSpace(b.low), ":")] {
			prose := 0
			for _, p := range d.blocks[:i] {
				if p.kept() && p.nw >= proseWords {
					prose++
				}
			}
			if prose >= articleLines {
				return i
			}
			return start
		}
		if b.kept() {
			if words += b.nw; words > maxFirstComment {
				break
			}
		}
	}
	return start
}

// Bounds of an unsigned thread under a heading (see unsignedThread).
const (
	threadReach = 40 // blocks under the heading read for the thread
	threadFirst = 2  // blocks under the heading its first signer stands within
	threadPairs = 2  // signers, each by a comment
	// blocks under the heading the first signer stands within when
	// threadPairs signers or more give their place ("- Jo, Leeds, UK", see
	// placeSigner): the heading's links and a word on the comments between
	threadFirstPlaced = 5
)

// unsignedThread returns where a comment section without dated signatures
// starts, or -1: a bare heading under the article ("COMMENTS", "Reader
// views (5)") whose next lines are readers' names each over or under a
// comment's prose ("DerKrieger" over its comment, "- Jo, Leeds, UK" under
// its), the first of them right under the heading (or a few lines under it,
// past its links, when they sign with their place too), and at least
// threadPairs of them. Another story's teaser under its writer's name is
// not a comment's: a toolbar's "Comments" link over a list of teasers
// has its buttons between.
func unsignedThread(d *doc) int {
	prose := 0
	for h, b := range d.blocks {
		if b.kept() && b.nw >= proseWords {
			prose++
		}
		if prose < articleLines || b.nw > 4 || !commentHeads[headingOf(b.low)] {
			continue
		}
		first, pairs, placed := -1, 0, 0
		for j := h + 1; j+1 < len(d.blocks) && j <= h+threadReach; j++ {
			if signerLine(d.blocks[j]) && (d.blocks[j+1].nw >= commentWords || j-1 > h && d.blocks[j-1].nw >= commentWords) {
				if first < 0 {
					first = j
				}
				pairs++
				if placeSigner(d.blocks[j]) {
					placed++
				}
			}
		}
		reach := threadFirst
		if placed >= threadPairs {
			reach = threadFirstPlaced
		}
		if first >= 0 && first <= h+reach && pairs >= threadPairs {
			return h
		}
	}
	return -1
}

// headingOf returns a lower-case heading without its colon or its count in
// brackets: "reader views (5)" is "reader views".
func headingOf(low string) string {
	low = strings.TrimSuffix(strings.TrimSpace(low), ":")
	if strings.HasSuffix(low, ")") {
		if k := strings.LastIndexByte(low, '('); k > 0 {
			low = strings.TrimSpace(low[:k])
		}
	}
	return low
}

// signerLine reports whether block b is a reader's name over or under a
// comment: one to four words, no digit, no sentence's end, opening with a
// capital or a dash ("Ann_W", "- Louise, Lancaster, UK"), or a name linked
// to its site.
func signerLine(b *block) bool {
	if b.nw < 1 || b.nw > 4 || b.removed == ReasonEmpty {
		return false
	}
	if _, ok := linkedName(b.low); ok {
		return true
	}
	if endsSentence(b.text) || strings.ContainsAny(b.text, "0123456789:;|") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(b.text)
	return unicode.IsUpper(r) || r == '-' || r == '–' || r == '—'
}
