package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/boiler"
	"github.com/dossierapp/dossier/app/parse"
)

// A headline tells the story its first paragraph starts: "Aspen die-off
// alarms foresters" over "Aspen and pine trees are dying at alarming rates
// across the state, foresters said Monday." A site's name, a menu entry or a
// section label above the article shares no such words with it. ledeEcho
// finds the headline by that echo where the page's title line does not name
// it, also among the short lines the classifier or the header rules took for
// menu entries, which a headline between menus resembles.

// ledeSpan is how many lines above the article's first paragraph ledeEcho
// reads.
const ledeSpan = 8

// ledeEcho returns the first headline-shaped line of the ledeSpan lines
// above block body (the first paragraph of prose) that shares words with the
// first paragraphs, two or more and at least a third of its own, and how
// many; -1 when none does.
func ledeEcho(d *doc, body int) (int, int) {
	lede := ledeWords(d, body)
	// The span's first line: a removed button's word or two ("Share",
	// "Save", "PA Media") between the headline and the text counts for no
	// line.
	from := body
	for n := 0; from > 0 && n < ledeSpan; {
		from--
		if b := d.blocks[from]; b.kept() || b.nw > 2 {
			n++
		}
	}
	far := formAbove(d, from, lede)
	for i := far; i < body; i++ {
		b := d.blocks[i]
		if i < from && !d.overForm(i, from) {
			continue
		}
		if !b.kept() && !headlineRestorable(b.removed) || b.nw < 3 || b.nw > 20 || !parse.LooksLikeHeadline(b.text) ||
			isTimeLine(b.low) || creditShaped(b) || isMetadataLine(b.text, b.low, b.nw) || endsSentence(b.text) && !(asksQuestion(b.text) && !d.pollQuestion(i)) || trail(b.text) || resultsLine(b) || d.scoreOverHeadline(i) ||
			b.nw <= 4 && strings.Contains(d.blocks[body].low, b.low+" (") {
			// (a name the lede spells out before its acronym, ReliefWeb's
			// source "World Food Programme", is no headline)
			continue
		}
		own := storyWords(b.text)
		n := 0
		for _, w := range own {
			if lede[w] {
				n++
			}
		}
		// The first such line: a standfirst under the headline and the
		// links to related stories after it share words too.
		if n >= 2 && 3*n >= len(own) {
			return i, n
		}
	}
	return -1, 0
}

// trail reports whether s is a breadcrumb trail ("Home > Entertainment >
// Soaps", The Economic Times' "Business News›Industry›Auto"): two or more
// arrows, the single angle quotation mark with or without spaces.
func trail(s string) bool {
	return strings.Count(s, " > ")+strings.Count(s, " » ")+strings.Count(s, " / ")+strings.Count(s, "›") >= 2
}

// sharedWithLede counts the words block i shares with the first paragraphs
// from body on, as ledeEcho counts them.
func sharedWithLede(d *doc, i, body int) int {
	if i < 0 {
		return 0
	}
	return sharedWords(ledeWords(d, body), d.blocks[i].text)
}

// sharedWords counts the story words of s in lede (see ledeWords).
//
//go:noinline
func sharedWords(lede map[string]bool, s string) int {
	n := 0
	for _, w := range storyWords(s) {
		if lede[w] {
			n++
		}
	}
	return n
}

// echoesStoryBelow reports whether block i shares a word (see storyWords)
// with the first two kept paragraphs after block h: a headline above a
// standfirst does, a site's name, a byline or a menu entry does not.
func echoesStoryBelow(d *doc, i, h int) bool {
	lede := ledeWords(d, h+1)
	for _, w := range storyWords(d.blocks[i].text) {
		if lede[w] {
			return true
		}
	}
	return false
}

// ledeWords are the story words of the first two kept paragraphs from block
// from on, read again only when those paragraphs are others or their texts
// changed: the rules weigh many lines against one lede. Callers must not
// change the set.
func ledeWords(d *doc, from int) map[string]bool {
	var at [2]*block
	var texts [2]string
	n := 0
	for i := from; i < len(d.blocks) && n < 2; i++ {
		if b := d.blocks[i]; b.kept() && b.kind == "paragraph" {
			at[n], texts[n] = b, b.text
			n++
		}
	}
	if c := &d.lede; c.words == nil || c.at != at || c.texts != texts {
		c.at, c.texts, c.words = at, texts, paragraphWords(d, from, 2)
	}
	return d.lede.words
}

// paragraphWords is the set of story words (see storyWords) of the first n
// kept paragraphs from block from on.
func paragraphWords(d *doc, from, n int) map[string]bool {
	words := map[string]bool{}
	for i := from; i < len(d.blocks) && n > 0; i++ {
		if b := d.blocks[i]; b.kept() && b.kind == "paragraph" {
			addStoryWords(words, b.low, false)
			n--
		}
	}
	return words
}

// headlineRestorable reports whether a line removed for reason may still be
// the headline: the classifier's and the header rules' verdicts on short
// lines, not a named rule's (an appeal, a caption, a cookie notice).
//
//go:noinline
func headlineRestorable(reason string) bool {
	switch reason {
	case ReasonMetadata, ReasonNav, ReasonRelated, boiler.ReasonHeader, boiler.ReasonOther:
		return true
	}
	return false
}

// storyWords are the distinct words of four letters or more of s, lower case,
// without a plural's "s", cut to their first five letters ("alarms" and
// "alarming" are "alarm"; "Lankan" and "Lanka's" are "lanka"; "riots" and
// "riot" are "riot").
func storyWords(s string) []string {
	return addStoryWords(map[string]bool{}, lower(s), true)
}

// addStoryWords adds the story words of the lower-cased text low to seen
// and, with list, returns those not seen before in their order.
func addStoryWords(seen map[string]bool, low string, list bool) []string {
	var out []string
	for i := 0; i < len(low); {
		// The next run of letters and apostrophes, as strings.FieldsFunc
		// splits low, without a slice of them made for each line.
		start := i
		for i < len(low) {
			if c := low[i]; c < utf8.RuneSelf {
				if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'') {
					break
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(low[i:])
			if !unicode.IsLetter(r) && r != '’' {
				break
			}
			i += n
		}
		if i == start {
			_, n := utf8.DecodeRuneInString(low[i:])
			i += n
			continue
		}
		f := low[start:i]
		f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s")
		if len(f) < 4 {
			continue
		}
		if len(f) > 4 && f[len(f)-1] == 's' && f[len(f)-2] != 's' {
			f = f[:len(f)-1] // "riots" is "riot"
		}
		if len(f) > 5 {
			f = f[:5]
		}
		if !seen[f] {
			seen[f] = true
			if list {
				out = append(out, f)
			}
		}
	}
	return out
}

// headlineOverLede returns the headline right above the article's first
// paragraph of prose (block body), past the byline and date lines between
// them: a headline-shaped line, kept or removed as a short line or as the
// repeat of a link to it the classifier takes for boilerplate, that
// shares a story word with the lede ("Wrong-way driver halted" / "Erin
// Hitchcock, Burnaby Now" / "Published: Friday, January 11, 2008" / "A
// police officer crashed his cruiser into a car driving on the wrong side
// ..."). On a page scraped without its title line the classifier takes it
// for one more line of the menus and teasers above; nothing but its place
// and its words tells it apart. It returns -1 when the line there is none.
func headlineOverLede(d *doc, body int, decisions []boiler.Decision) int {
	lede := ledeWords(d, body)
	var story map[string]bool // the first paragraphs' words, read when needed
	for i, n := body-1, 0; i >= 0 && n < overLedeReach+overLedeButtons; i-- {
		b := d.blocks[i]
		far := n >= overLedeReach
		if !far && (b.nw <= 2 || b.removed == ReasonShare) {
			continue // a button's word, a share row's
		}
		if far && !bylineOrDate(b) && !(b.nw <= 5 && sharedWords(lede, b.text) == 0) && !d.overBylineOrDate(i) {
			// Past the reach, only a share row's or a mailing form's
			// short lines that tell none of the story ("Post to
			// Facebook", "your email address:", "Send Mail close this
			// form") stand between the headline over its byline or
			// date and the lede.
			return -1
		}
		n++
		if bylineOrDate(b) {
			continue
		}
		if !(b.kept() || headlineRestorable(b.removed) || d.repeatOfTeaser(i, decisions)) || b.nw > 20 || !headlineShaped(b) || strings.HasSuffix(b.text, ".") ||
			trail(b.text) || d.listEntry(i) {
			continue
		}
		if far && !d.overBylineOrDate(i) {
			continue
		}
		if sharedWords(lede, b.text) > 0 || sharedAcronym(b.text, d.blocks[body].text) {
			return i
		}
		// Over its own byline or date, the headline may name the story
		// by words its lede leaves for the paragraphs after ("Harbour's
		// new ferry master is a grandmother" / "By Jo Reed" / "Born on a
		// trawler, Ann Kyle ..." / "... the harbour's first ...").
		if !shouted(b.text) && d.overBylineOrDate(i) {
			if story == nil {
				story = paragraphWords(d, storyStart(d, body), storyParas)
			}
			if sharedWords(story, b.text) > 0 {
				return i
			}
		}
	}
	return -1
}

// repeatOfTeaser reports whether block i was removed as the repeat of a
// line above it that the classifier takes for boilerplate: a link to the
// story in a list of the site's latest, over the article's own headline.
func (d *doc) repeatOfTeaser(i int, decisions []boiler.Decision) bool {
	twin, ok := d.twins[i]
	return ok && d.blocks[i].removed == ReasonRepeated && twin < i && twin < len(decisions) && decisions[twin].Boilerplate
}

// overBylineOrDate reports whether the line right under block i is a
// byline ("By Jo Reed", "by The Harbour Times") or a date, and the line
// right over it no byline, date or other story's headline: where an
// article's headline stands, not an entry of a list of stories, each over
// its author's name or its date.
func (d *doc) overBylineOrDate(i int) bool {
	if p := d.prevNonEmpty(i); p >= 0 && (bylineOrDate(d.blocks[p]) || !d.blocks[p].kept() && d.blocks[p].nw >= 3 && parse.LooksLikeHeadline(d.blocks[p].text)) {
		return false
	}
	q := d.nextNonEmpty(i)
	if q < 0 {
		return false
	}
	b := d.blocks[q]
	return strings.HasPrefix(b.low, "by ") && b.nw <= 8 || isTimeLine(b.low) || isMetadataLine(b.text, b.low, b.nw) || hasDate(b.text) && b.nw <= 10
}

// overLedeReach is how many lines above the first paragraph
// headlineOverLede reads: a byline, a date, a caption and the headline.
const overLedeReach = 6

// overLedeButtons is how many more lines (a share row's last buttons, a
// mailing form's fields, each telling none of the story, and the byline and
// date) headlineOverLede climbs past to the headline over its byline or
// date.
const overLedeButtons = 4

// bylineOrDate reports whether b reads as a line of an article's byline or
// dateline.
func bylineOrDate(b *block) bool {
	return b.removed == ReasonMetadata || isTimeLine(b.low) || creditShaped(b) || isMetadataLine(b.text, b.low, b.nw) ||
		isWireDateline(b) || b.nw <= 6 && !endsSentence(b.text) && (isNameLine(b.text) || hasRoleWord(b.low))
}

// listEntry reports whether block i stands in a list of short lines, a
// menu's or a list of categories ("Jesus & the Gospel" / "Law & Justice" /
// "Leadership"): the lines on either side are short, no byline or date,
// and the rules removed them for what they removed it for, or as a menu's
// where it is kept (RAND's "Research & Commentary" between "RAND" and
// "Experts").
func (d *doc) listEntry(i int) bool {
	p, q := d.prevNonEmpty(i), d.nextNonEmpty(i)
	if p < 0 || q < 0 {
		return false
	}
	for _, k := range []int{p, q} {
		if o := d.blocks[k]; o.nw > 4 || o.removed != d.blocks[i].removed && !(d.blocks[i].kept() && o.removed == ReasonNav) || bylineOrDate(o) {
			return false
		}
	}
	return true
}

// sharedAcronym reports whether headline h holds an acronym of two or
// three capitals that paragraph p holds as a word too ("USC has imposing
// challenge" over "USC has faced ..."): a story's name too short for
// storyWords.
func sharedAcronym(h, p string) bool {
	for _, w := range strings.Fields(h) {
		w = strings.TrimRight(w, ",:;'’s")
		if n := len(w); n >= 2 && n <= 3 && strings.ToUpper(w) == w && strings.Trim(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" &&
			strings.Contains(" "+p+" ", " "+w+" ") {
			return true
		}
	}
	return false
}
