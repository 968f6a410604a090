package clean

import (
	"slices"
	"strings"

	"github.com/dossierapp/dossier/app/boiler"
)

// Discussion threads: a forum's thread page is posts from its first line
// to its last, each under the same signature ("devincf" over "05-06-2005,
// 05:41 PM"), the first post included. There is no article above them:
// the thread is what the reader came for, and removing its posts as
// comments leaves nothing. What tells a thread from an article with its
// comments is where the first signature of the comments' own shape stands:
// over the first post, above every line of prose on the page. An article's
// byline differs in shape from its comments' signatures ("Posted by Jane
// on May 3, 2012" over "Posted by: Jo | May 4, 2012 10:19 AM"), and its
// prose stands above the comments' first signature.

// threadSigns returns the signatures of a discussion thread's posts, in
// page order, when the comment section found at block start is one: start
// is a dated signature, at least minDatedSigns lines of its shape (see
// lineShape) sign the page, most of them over a post (see postsBetween),
// and the first of them stands above start, under the page's headline and
// above every sentence of prose, kept or not, but the page's title line
// (a page's news list under a story is no thread). A signature
// without a name has the poster's name on the line above it, over the
// first post and three of four posts at least, and no headline under the
// first (an article's time over its headline). Otherwise it returns nil.
func threadSigns(d *doc, start int) []int {
	b := d.blocks[start]
	if b.nw == 0 || b.nw > maxSignatureWords || !hasClock(b.low) && !datedLine(b.text) {
		return nil
	}
	shape := lineShape(b.text)
	var at []int
	for i, c := range d.blocks {
		if c.nw > 0 && c.nw <= maxSignatureWords && c.removed != ReasonEmpty && mayDate(c.text) && lineShape(c.text) == shape {
			at = append(at, i)
		}
	}
	if len(at) < minDatedSigns || at[0] >= start || !postsBetween(d, at) {
		return nil
	}
	for i, c := range d.blocks {
		if i < at[0] && c.nw >= proseWords && endsSentence(c.text) && c.removed != ReasonPageTitle || i > at[0] && c.kind == "title" {
			return nil
		}
	}
	if n := d.nextNonEmpty(at[0]); n >= 0 && headlineLike(d.blocks[n]) {
		return nil // an article's time over its headline
	}
	if !strings.Contains(" "+shape, " N") {
		named := 0
		for _, i := range at {
			if p := d.prevNonEmpty(i); p >= 0 && posterLine(d.blocks[p]) {
				named++
			}
		}
		if p := d.prevNonEmpty(at[0]); 4*named < 3*len(at) || p < 0 || !posterLine(d.blocks[p]) {
			return nil // the first post, too, under its poster's name
		}
	}
	return at
}

// headlineLike reports whether block b reads as a headline: five to
// maxHeadlineWords words and no sentence's end. A post opens with its
// text, a poster's greeting ("Hi all,") shorter.
func headlineLike(b *block) bool {
	return b.nw >= 5 && b.nw <= maxHeadlineWords && !endsSentence(b.text)
}

// maxHeadlineWords is the longest line headlineLike takes.
const maxHeadlineWords = 20

// datedLine reports whether a short line holds a date and a name in
// signatureShape's sense ("Jermaine 07 Nov 12").
func datedLine(line string) bool {
	_, _, ok := signatureShape(line)
	return ok
}

// lineShape returns the shape of a line as signatureShape writes it, a
// run of name words one "N", whether or not the line holds a name:
// "05-06-2005, 05:41 PM" and "05-18-2005, 02:17 PM" share "0-0-0, 0:0 T".
func lineShape(line string) string {
	words := strings.Fields(line)
	kinds := make([]string, 0, len(words))
	for _, w := range words {
		k := signatureWord(w)
		if n := len(kinds); n > 0 && strings.HasPrefix(k, "N") && strings.HasPrefix(kinds[n-1], "N") {
			kinds[n-1] = k
			continue
		}
		kinds = append(kinds, k)
	}
	return strings.Join(kinds, " ")
}

// keepThread keeps the posts of a discussion thread signed at the blocks
// at (see threadSigns): from the poster's name over the first signature to
// the last post's end, each line the classifier or the comment rule took
// (a post, a poster's name) comes back; the signatures' dates go, as
// comments' signatures go (CleanEval labels them boilerplate, the posters'
// names content). The last post ends at the first line removed for another
// reason (the board's footer; not a quote of an earlier post, removed as a
// repeat) or where it would outgrow the longest post above. The posts'
// furniture goes too (see postFurniture), and the headers of their quotes
// (see quoteHeads). With profiles, at are the profile lines of each post's
// header (see profileSigns): the line over one is a field of the profile,
// not the poster's name, and each later header's lines under the name go
// (see profileHeads).
func keepThread(d *doc, at []int, profiles bool) {
	d.posts = true
	first, last := at[0], at[len(at)-1]
	if p := d.prevNonEmpty(first); p >= 0 && posterLine(d.blocks[p]) && !profiles {
		first = p
	}
	sign := make(map[int]bool, len(at))
	for _, i := range at {
		sign[i] = true
	}
	longest, span := 0, 0 // the most words between two signatures
	for i := at[0]; i < last; i++ {
		if sign[i] {
			span = 0
			continue
		}
		span += d.blocks[i].nw
		longest = max(longest, span)
	}
	end, words := len(d.blocks), 0
	for i := first; i < len(d.blocks); i++ {
		b := d.blocks[i]
		if sign[i] {
			b.removed = ReasonComments
			continue
		}
		if i > last {
			if words += b.nw; words > longest {
				end = i
				break
			}
		}
		if b.kept() || b.removed == ReasonEmpty || b.kind == "title" {
			continue
		}
		if threadLine[b.removed] {
			b.removed = ""
		} else if i > last && b.removed != ReasonRepeated {
			// (a quote of an earlier post goes on with the last post)
			end = i
			break
		}
	}
	// A signature that holds its poster's name ("Rui March 1, 2026 at
	// 11:03 pm") has no name line next to it: the line over it is the
	// post before's last ("Reply"), furniture if every post repeats it
	// (FuzzClean c58f5ad00dc63006: the buttons stayed, and the rendering,
	// without the signatures, read as no thread).
	named := !profiles && !strings.Contains(" "+lineShape(d.blocks[at[0]].text), " N")
	postFurniture(d, first, end, sign, named)
	quoteHeads(d, first, end)
	if profiles {
		profileHeads(d, at)
	}
}

// postFurniture removes, between blocks first and end of a thread whose
// signatures are sign, the short lines every other post at least repeats
// word for word, minDatedSigns times or more ("Reply With Quote", "Report
// Post"), or in shape when they hold a number ("Posts: 112", "Join Date:
// Mar 2009"): a board's buttons and its posters' counts. A line next to a
// signature is the poster's name, which a thread between few people
// repeats as often.
func postFurniture(d *doc, first, end int, sign map[int]bool, named bool) {
	next := func(i int) bool { n := d.nextNonEmpty(i); return named && n >= 0 && sign[n] }
	prev := func(i int) bool { p := d.prevNonEmpty(i); return named && p >= 0 && sign[p] }
	keyOf := func(b *block) string {
		if strings.ContainsFunc(b.text, func(r rune) bool { return r >= '0' && r <= '9' }) {
			kinds := strings.Fields(lineShape(b.text))
			for k, w := range kinds {
				if strings.Contains(w, "0") {
					kinds[k] = "0" // "0,0" as "0": a count of any length
				}
			}
			return "#" + strings.Join(kinds, " ")
		}
		return textKey(b.text)
	}
	count := map[string]int{}
	for i := first; i < end; i++ {
		if b := d.blocks[i]; b.kept() && b.nw <= maxFurnitureWords && !sign[i] && !next(i) && !prev(i) {
			count[keyOf(b)]++
			if k := labelKey(b); k != "" {
				count[k]++
			}
		}
	}
	need := max(minDatedSigns, (len(sign)+1)/2)
	for i := first; i < end; i++ {
		if b := d.blocks[i]; b.kept() && b.nw <= maxFurnitureWords && !sign[i] && !next(i) && !prev(i) &&
			(count[keyOf(b)] >= need || count[labelKey(b)] >= need) {
			b.removed = ReasonComments
		}
	}
}

// labelKey returns the key postFurniture counts a line's label by, or "":
// the word before a colon that opens a line, a board's field over each
// poster ("Location: Leeds", "Tribe: Ghent"), or the first three words of
// a line of four or more, a button that names its post's poster ("Ignored
// post by Tom B posted", "Find more posts by gearhead").
func labelKey(b *block) string {
	words := strings.Fields(b.text)
	switch {
	case len(words) >= 2 && len(words[0]) > 1 && strings.HasSuffix(words[0], ":"):
		return ":" + textKey(words[0])
	case len(words) >= 4:
		return "+" + textKey(strings.Join(words[:3], " "))
	}
	return ""
}

// quoteHeads removes, between blocks first and end of a thread, the
// headers of a post's quote of an earlier one ("Quote:" over "Originally
// posted by Jo:"): short lines ending on a colon, the first a label of one
// word, right over a line that repeats one above it, which goes too, as
// the repeat it is. A poster's own words over a quote ("Back on topic:")
// stay.
func quoteHeads(d *doc, first, end int) {
	seen := map[string]bool{}
	for i := 0; i < first; i++ {
		seen[textKey(d.blocks[i].text)] = true
	}
	for i := first; i < end; i++ {
		b := d.blocks[i]
		k := i
		for k < end && d.blocks[k].kept() && d.blocks[k].nw <= maxFurnitureWords && strings.HasSuffix(d.blocks[k].text, ":") {
			k = d.nextNonEmpty(k)
			if k < 0 {
				k = end
			}
		}
		if k > i && k < end && b.nw == 1 {
			if key := textKey(d.blocks[k].text); len(key) >= minQuoteKey && seen[key] {
				for j := i; j < k; j++ {
					if d.blocks[j].kept() {
						d.blocks[j].removed = ReasonComments
					}
				}
				if d.blocks[k].kept() {
					d.blocks[k].removed = ReasonRepeated
				}
			}
		}
		seen[textKey(b.text)] = true
	}
}

// minQuoteKey is the fewest letters and digits of a line quoteHeads takes
// for a quote of an earlier post.
const minQuoteKey = 20

// maxFurnitureWords is the longest line postFurniture takes for a button
// or a count.
const maxFurnitureWords = 6

// threadLine holds the reasons a thread's line was removed for that
// keepThread undoes: the classifier's and the comments'. A post's quote of
// an earlier one stays removed as a repeat: the reader has the post above,
// and cleaning the thread's rendering again, signatures gone, finds no
// thread and would take the quote out then (CleanEval labels most quotes
// content: on dev, 92 such lines, 18 labelled boilerplate).
var threadLine = map[string]bool{
	ReasonComments:       true,
	boiler.ReasonOther:   true,
	boiler.ReasonCaption: true,
	ReasonNav:            true,
	ReasonRelated:        true,
	boiler.ReasonHeader:  true,
	boiler.ReasonRelated: true,
}

// posterLine reports whether block b reads as a poster's name over a
// post's signature: a short line, no sentence.
func posterLine(b *block) bool {
	return b.nw >= 1 && b.nw <= 4 && !endsSentence(b.text) && b.kind != "title"
}

// postsBetween reports whether the signatures at (in page order) sign
// posts: three of four of the spans between two of them hold a line of
// commentWords words or more ("Did you see it?" may answer alone), and
// the words of a span, in the median, are maxCommentWords or fewer. A
// schedule's or a news list's dated lines have nothing or a headline
// between them.
func postsBetween(d *doc, at []int) bool {
	spans := make([]int, 0, len(at)-1)
	posts := 0
	for k := 0; k+1 < len(at); k++ {
		words, post := 0, false
		for x := at[k] + 1; x < at[k+1]; x++ {
			words += d.blocks[x].nw
			post = post || d.blocks[x].nw >= commentWords
		}
		if post {
			posts++
		}
		spans = append(spans, words)
	}
	slices.Sort(spans)
	return 4*posts >= 3*len(spans) && spans[len(spans)/2] <= maxCommentWords
}
