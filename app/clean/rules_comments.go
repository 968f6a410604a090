package clean

import (
	"strings"

	"github.com/dossierapp/dossier/app/boiler"
)

// ReasonComments marks the readers' comments under an article, the reason
// the classifier gives them too.
const ReasonComments = boiler.ReasonComments

// ruleComments removes a page's comment section: from where it starts to
// the end of the page, every line still kept. Comments read as prose, so the
// classifier keeps many of them once it has kept the article above; what
// gives them away is the signatures blog and news software puts on each
// ("Jane says:" over the comment's time, "Posted by: Jane | May 3, 2012
// 4:05 PM", "May 3, 2012 at 4:05 pm") and the section's headings ("12 Responses to …", "Leave a
// Reply"). The section starts at such a heading, or at the first of two
// signatures each followed by a comment's prose, and only under the
// article: three kept lines of prose above it. A blog's own posts signed
// "Posted by Jane at 4:05 PM", one after another on an index page, are
// posts, not comments: a name that signs twice with "Posted by" signs no
// comment. On the boilerplate corpus's dev pages (cross-validated models,
// `make bench-clean-cv`): token F1 0.916 → 0.929 (Dragnet 0.898 → 0.917),
// boilerplate lines removed 0.945 → 0.962, content lines kept 0.855 →
// 0.853 (a blog's trackbacks, a forum's posts); no page of the BBC and
// Reuters text has a comment section found. Blogger's "Jane said..." signs
// too, and three of them start the section under a post of one paragraph
// (clean-58: six Dragnet pages lose 3-9 comment lines each, Dragnet token
// F1 0.916 -> 0.917; CleanEval's blog page 57, whose gold keeps the
// comments, loses 59 lines it counts as content).
func ruleComments(d *doc) {
	if at := profileSigns(d); at != nil {
		keepThread(d, at, true) // a thread whose posts are headed by their posters' profiles
		return
	}
	start := firstCommentsStart(d)
	if start >= 0 {
		if at := threadSigns(d, start); at != nil {
			keepThread(d, at, false) // the page is a thread of posts, not an article's comments
			return
		}
		start = headAbove(d, start)
		start = trailedAbove(d, start)
	}
	if a := d.commentsAt; a > 0 && (start < 0 || a < start) {
		// Where the comments under a short post start, found before the
		// classifier removed the prose it doubted above them, which
		// the first lines of the post are: the post of one paragraph
		// has not the three lines of prose a comment section needs
		// above it.
		start = a
	}
	if start < 0 {
		return
	}
	// The last signature: the comments run at least to it, whatever an
	// earlier rule took their lines for (a related list's sweep takes a
	// WordPress comment and its "Reply" for related stories).
	lastSign := start
	for i := len(d.blocks) - 1; i > start; i-- {
		if b := d.blocks[i]; b.removed != ReasonEmpty && b.nw <= 30 && isCommentSign(b) {
			lastSign = i
			break
		}
	}
	past := false // past the comments, in the page's lists and footer
	for i := start; i < len(d.blocks); i++ {
		b := d.blocks[i]
		if b.kind == "title" {
			continue
		}
		if i < lastSign && !past && (b.removed == ReasonRelated || b.removed == boiler.ReasonRelated) {
			b.removed = ReasonComments
			continue
		}
		if !b.kept() && b.removed != ReasonEmpty && !past && (i == start || isCommentSign(b)) {
			// The section's heading and its signatures, whatever the
			// classifier or the crumbs rule took them for ("3
			// Comments:" as a share widget, a linked name as the page's
			// footer): the comments', and no end of them.
			b.removed = ReasonComments
			continue
		}
		switch b.removed {
		case boiler.ReasonCaption, boiler.ReasonOther:
			// The classifier's guess for a line of the comments ("Carol
			// says:" as a caption, a comment as boilerplate): a comment's.
			if !past {
				b.removed = ReasonComments
			}
		case ReasonNewsletter:
			if !past && b.has("will not be published") {
				b.removed = ReasonComments // the comment form's "Your email address will not be published."
			}
		case ReasonRelated, ReasonNav, boiler.ReasonRelated, boiler.ReasonFooter:
			past = true
		}
		d.remove(i, ReasonComments)
	}
}

// firstCommentsStart returns the first of the starts of a comment section
// found (commentsStart, unsignedThread, threadOverForm), or -1: the
// signatures signOf knows may stand further down than a thread they do not
// sign (a form's, the page's footer's).
func firstCommentsStart(d *doc) int {
	start := commentsStart(d)
	for _, f := range [...]int{unsignedThread(d), threadOverForm(d)} {
		if f >= 0 && (start < 0 || f < start) {
			start = f
		}
	}
	return start
}

// commentSign is a line that signs or heads comments.
type commentSign struct {
	at   int
	kind signKind
	name string // who signs, for signByName
}

type signKind uint8

const (
	signSays       signKind = iota // "Jane says:"
	signSaid                       // "Jane said...", Blogger's
	signByName                     // "Posted by Jane at 4:05 PM"
	signByColon                    // "Posted by: Jane | …", the comments' own form
	signStamp                      // "May 3, 2012 at 4:05 pm"
	signCount                      // "12 Responses to “Headline”", "12 Comments", "Comments (12)"
	signLeave                      // "Leave a Reply", "Post a comment"
	signReply                      // "Reply", "Report abuse": under a comment
	signLinked                     // "http://tdhurst.com/ tdhurst": a name linked to its site
	signReplyStamp                 // "by Alec on Nov 21, 2010 at 8:12 am. Reply #": a signed stamp offering a reply
)

// commentActions are the links under each comment.
var commentActions = phrases("reply|report abuse|flag as inappropriate|report comment|report this comment|" +
	"reply to this comment|like reply|report this post")

// actionBar reports whether a lower-cased line is a bar of a comment's
// actions, one of them at least commentActions' ("Quote | Report this
// post"), the others quoting it.
func actionBar(low string) bool {
	parts := strings.Split(low, "|")
	if len(parts) < 2 {
		return false
	}
	own := false
	for _, p := range parts {
		switch p = strings.TrimSpace(p); {
		case commentActions[p]:
			own = true
		case p != "quote":
			return false
		}
	}
	return own
}

// maxSignLen is the longest line read as a signature or a heading.
const maxSignLen = 150

// signOf returns what kind of comment signature or heading the lower-cased
// line low is, and who signs it; ps holds the pairs of bytes of the line
// low was trimmed from, or is nil (see maskWith).
func signOf(low string, ps *pairSet) (signKind, string, bool) {
	if len(low) > maxSignLen || low == "" {
		return 0, "", false
	}
	if strings.HasSuffix(low, "says:") {
		if name, ok := saysName(low); ok {
			return signSays, name, true
		}
	}
	if strings.HasSuffix(low, "said...") || strings.HasSuffix(low, "said…") {
		if name, ok := saidName(low); ok {
			return signSaid, name, true
		}
	}
	if commentActions[low] || strings.IndexByte(low, '|') > 0 && actionBar(low) {
		return signReply, "", true
	}
	if name, ok := linkedName(low); ok {
		return signLinked, name, true
	}
	if hasPrefixAny(low, "posted", "written", "submitted", "comment") {
		if name, colon, ok := signedBy(low); ok {
			if colon {
				return signByColon, name, true
			}
			return signByName, name, true
		}
	}
	if signWords.maskWith(low, ps, false) != 0 {
		if commentCount(low) || commentCount(unbracketed(low)) || countWithTail(low) {
			// "{ 167 comments }", "[12 comments]" too: a theme's brackets.
			return signCount, "", true
		}
		if leaveComment(low) {
			return signLeave, "", true
		}
	}
	if hasClock(low) {
		if dateTime(low) && !notStamp(low) {
			return signStamp, "", true
		}
		if replyStamp(low) {
			return signReplyStamp, "", true
		}
	}
	return 0, "", false
}

// signWords are the words of a comment count or a call to comment (see
// signOf).
var signWords = matcherOf("comment|repl|respons|thought")

// isCommentSign reports whether block b signs or heads comments.
func isCommentSign(b *block) bool {
	_, _, ok := signOf(strings.TrimSpace(b.low), b.pairs())
	return ok
}

// talksOfComments reports whether a short line of the page (eight words or
// fewer) speaks of comments or replies.
func talksOfComments(d *doc) bool {
	for _, b := range d.blocks {
		if b.nw <= 8 && b.hasAny("comment", "disqus", "repl", "respons") {
			return true
		}
	}
	return false
}

// unbracketed returns a line without the braces or brackets a theme puts
// around its comment count ("{ 167 comments }").
func unbracketed(low string) string { return strings.TrimSpace(strings.Trim(low, "{}[]")) }

// noComments reports whether a comment count (lower case) counts none:
// "0 comments", "{ 0 comments }", "comments (0)".
func noComments(low string) bool {
	low = unbracketed(low)
	return strings.HasPrefix(low, "0 ") || strings.HasSuffix(low, "(0)")
}

// replyStamp reports whether low is a date and time with a reply offered
// after it: "by Alec on November 21, 2010 at 8:12 am. Reply #", "by Jo on
// Aug 9, 2012 10:19 AM EDT up reply actions". It has a byline's shape, but
// an article offers no reply.
func replyStamp(low string) bool {
	if !containsWord(low, "reply") {
		return false
	}
	head := low[:strings.Index(low, "reply")]
	end := -1
	for i := 1; i+2 < len(head); i++ {
		if head[i] == ':' && isDigit(head[i-1]) && isDigit(head[i+1]) && isDigit(head[i+2]) {
			end = i + 3
		}
	}
	if end < 0 {
		return false
	}
	rest := skipSpace(head[end:])
	for _, ap := range []string{"am", "pm", "a.m.", "p.m."} {
		if strings.HasPrefix(rest, ap) {
			end = len(head) - len(rest) + len(ap)
			break
		}
	}
	return dateTime(head[:end])
}

// stampedNext reports whether a date and time stamp (in next, the signs
// after it) follows the line at within two lines: "Jane says:" signs a
// comment when its time follows it.
func stampedNext(next []commentSign, at int) bool {
	for _, n := range next {
		if n.at > at+2 {
			break
		}
		if n.kind == signStamp || n.kind == signReplyStamp {
			return true
		}
	}
	return false
}

// hasClock reports whether s holds a time of day: a digit, a colon or a
// point, and two digits ("4:05", "09.14").
func hasClock(s string) bool {
	// Each colon and point found by IndexByte's fast scan, not byte by byte.
	for _, sep := range [...]byte{':', '.'} {
		for i := 1; i+2 < len(s); i++ {
			k := strings.IndexByte(s[i:len(s)-2], sep)
			if k < 0 {
				break
			}
			if i += k; isDigit(s[i-1]) && isDigit(s[i+1]) && isDigit(s[i+2]) {
				return true
			}
		}
	}
	return false
}

// Where a comment section may start: under this many kept lines of prose
// (lines of proseWords words or more), at a heading, or at a signature
// followed by commentWords words or more of a comment, twice.
const (
	minLinked = 3 // linked names on a page before they sign comments
	// signatures offering a reply on a page before they sign comments
	// under an article of any length (an open thread's two lines)
	minReplyStamps = 3
	articleLines   = 3
	proseWords     = 12
	commentWords   = 8
)

// commentsStart returns the index of the block where the page's comment
// section starts, or -1.
func commentsStart(d *doc) int {
	var signs []commentSign
	for i, b := range d.blocks {
		if k, name, ok := signOf(strings.TrimSpace(b.low), b.pairs()); ok {
			signs = append(signs, commentSign{at: i, kind: k, name: name})
		}
	}
	dated := datedSignatures(d)
	if len(signs) < 1 && len(dated) == 0 {
		return -1
	}
	// A name that signs twice "Posted by" signs a blog's posts.
	byName := map[string]int{}
	linked := 0
	for _, s := range signs {
		if s.kind == signByName || s.kind == signByColon {
			byName[s.name]++
		}
		if s.kind == signLinked {
			linked++
		}
	}
	// Linked names sign comments only where the page speaks of them:
	// asked once, not for each signature.
	linkedSign := linked >= minLinked && talksOfComments(d)
	kept := signs[:0]
	for j, s := range signs {
		if (s.kind == signByName || s.kind == signByColon) && byName[s.name] > 1 {
			continue
		}
		if s.kind == signLinked && !linkedSign {
			// An address and its site's name: a link, not yet a
			// thread; a list of sources, unless the page speaks of
			// comments somewhere ("99 COMMENTS", "blog comments
			// powered by Disqus").
			continue
		}
		if s.kind == signSays && !stampedNext(signs[j+1:], s.at) {
			continue // someone quoted: "The minister says:"
		}
		kept = append(kept, s)
	}
	signs = withoutArticleUnder(d, kept) // the header's "Add a Comment" over the story
	// prose[i]: kept lines of prose above block i
	prose, n := make([]int, len(d.blocks)+1), 0
	for i, b := range d.blocks {
		prose[i] = n
		if b.kept() && b.nw >= proseWords {
			n++
		}
	}
	// The first dated signature under the article (see datedSignatures).
	start := -1
	for _, at := range dated {
		if prose[at] >= articleLines {
			start = at
			break
		}
	}
	said, replyStamps := 0, 0
	for _, s := range signs {
		switch s.kind {
		case signSaid:
			said++
		case signReplyStamp:
			replyStamps++
		}
	}
	replied := repliedStamps(signs)
	for j, s := range signs {
		if start >= 0 && s.at >= start {
			break
		}
		// Blogger's signatures, several, follow a short post too.
		if prose[s.at] < articleLines && !(s.kind == signSaid && said >= 3 && prose[s.at] >= 1) &&
			!(s.kind == signReplyStamp && replyStamps >= minReplyStamps) &&
			!(s.kind == signStamp && len(replied) >= minReplyStamps && replied[s.at]) &&
			!(s.kind == signCount && prose[s.at] >= 1 && (stampedNext(signs[j+1:], s.at) || permalinkedUnder(d, s.at))) {
			// A count over a signed, timed comment ("3 Comments" over
			// "Ray T. March 3, 2026 at 4:01 pm") heads the comments under
			// a brief of one or two paragraphs too.
			continue
		}
		switch s.kind {
		case signCount:
			if noComments(d.blocks[s.at].low) {
				continue // "0 comments" in the article's header: none follow
			}
			if countAgain(d, signs[j+1:], s.at) {
				continue // the header's link to the comments, whose heading is the repeat
			}
			return s.at
		case signLeave:
			return s.at
		case signByName:
			continue // a post's own signature, or the first of a blog's
		}
		followed := 0
		for k := j; k < len(signs) && followed < 2; k++ {
			end := len(d.blocks)
			if k+1 < len(signs) {
				end = signs[k+1].at
			}
			for x := signs[k].at + 1; x < end; x++ {
				if d.blocks[x].nw >= commentWords {
					followed++
					break
				}
			}
		}
		if followed >= 2 {
			return s.at
		}
	}
	if start >= 0 {
		return withHeading(d, start)
	}
	return start
}

// permalinkedUnder reports whether the comments a count heads (at) are
// dated with a link to each ("September 27, 2026, | Permalink"): such a
// line within two blocks under it, and another further down.
func permalinkedUnder(d *doc, at int) bool {
	n := 0
	for x := at + 1; x < len(d.blocks); x++ {
		if permalinkStamp(d.blocks[x]) {
			if n++; n >= 2 {
				return true
			}
		} else if n == 0 && x >= at+3 {
			return false
		}
	}
	return false
}

// permalinkStamp reports whether block b is a comment's date and its link:
// a short line closing on "| permalink" with a date before it.
func permalinkStamp(b *block) bool {
	rest, ok := strings.CutSuffix(strings.TrimSpace(b.low), "permalink")
	rest = strings.TrimSpace(rest)
	return ok && b.nw <= 8 && strings.HasSuffix(rest, "|") && hasDate(rest)
}

// repliedStamps returns the time stamps among signs (in page order) that a
// "Reply" follows before the next stamp: each a comment's, over its text
// and its link to answer it, which no article offers. Three of them start
// the comments under a post of any length, a photograph's with no prose
// at all.
func repliedStamps(signs []commentSign) map[int]bool {
	var out map[int]bool
	for j, s := range signs {
		if s.kind != signStamp {
			continue
		}
		for _, n := range signs[j+1:] {
			if n.kind == signStamp {
				break
			}
			if n.kind == signReply {
				if out == nil {
					out = map[int]bool{}
				}
				out[s.at] = true
				break
			}
		}
	}
	return out
}

// countAgain reports whether the count of comments at block at ("4
// Comments") stands again further down among signs: the first is the
// article's header's link to them, the repeat heads them.
func countAgain(d *doc, signs []commentSign, at int) bool {
	for _, s := range signs {
		if s.kind == signCount && d.blocks[s.at].low == d.blocks[at].low {
			return true
		}
	}
	return false
}

// withHeading returns where a comment section that starts with a dated
// signature at begins: at the heading right above it that counts or
// announces the comments in words signOf does not know ("8 appreciated
// comments on “Headline”", "Join the discussion: 12 comments"), else at.
func withHeading(d *doc, at int) int {
	for i := at - 1; i >= 0; i-- {
		b := d.blocks[i]
		if !b.kept() {
			continue
		}
		if b.nw <= maxHeadingWords && !endsSentence(b.text) && strings.ContainsAny(b.low, "0123456789") &&
			(b.has("comment") || b.has("respons") || b.has("repl")) {
			return i
		}
		break
	}
	return at
}

// maxHeadingWords is the longest heading withHeading takes.
const maxHeadingWords = 15

// trailedAbove returns where a thread whose signatures trail their
// comments starts: at the comment right above its first signature
// ("Posted by: Jane | May 3, 2012 4:05 PM" under each comment), else at
// start. The signatures trail when the last of them, at the thread's end,
// has no comment under it; the first is the post's own when the comments'
// heading follows it.
func trailedAbove(d *doc, start int) int {
	b := d.blocks[start]
	if k, _, ok := signOf(strings.TrimSpace(b.low), b.pairs()); !ok || k != signByColon {
		return start
	}
	last := start
	for i := start + 1; i < len(d.blocks); i++ {
		k, _, ok := signOf(strings.TrimSpace(d.blocks[i].low), d.blocks[i].pairs())
		if last == start && (ok && k == signCount || d.blocks[i].nw <= 4 && commentHeads[headingOf(d.blocks[i].low)]) {
			return start // the post's own signature over the comments' heading
		}
		if ok && k == signByColon {
			last = i
		}
	}
	p, n := d.prevNonEmpty(start), d.nextNonEmpty(last)
	if last == start || p < 0 || !d.blocks[p].kept() || d.blocks[p].nw < commentWords || n >= 0 && d.blocks[n].nw >= commentWords {
		return start
	}
	return p
}
