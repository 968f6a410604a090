package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/boiler"
	"github.com/dossierapp/dossier/app/parse"
)

// chooseTitle picks the headline: the first kept block, when it is a title or
// heading that comes before any kept paragraph. Otherwise it infers one from
// the first paragraph's first sentence.
func chooseTitle(d *doc) (string, bool) {
	// A first line that was the title inferred from the paragraph under it
	// (a rendering cleaned again) says the title is inferred, from that
	// paragraph, whatever a rule took it for since.
	if d.echo >= 0 && d.echoOf >= 0 && d.blocks[d.echoOf].kept() {
		for _, b := range d.blocks {
			if b.kind == "title" {
				b.kind = "heading"
			}
		}
		p := d.blocks[d.echoOf]
		if wholeHeadline(p) {
			// The page's title line over its headline, the same words
			// (a scraped page's first line is its HTML title): the
			// headline is the title, as chooseTitle reads it below.
			p.kind = "title"
			return p.keptText(), false
		}
		p.kind = "paragraph"
		return inferTitle(p.keptText()), true
	}
	captions := 0 // short kept paragraphs above the title block: captions
	// label: the kept line read before was a section's label. Only the
	// line right under a label is no label itself: a line between that
	// goes too ("0A" over a line of the header over "a" over the
	// headline) leaves the next line first in the rendering, where it
	// may be a label (FuzzClean 857dfd5b13bd884e).
	label := false
	for i, b := range d.blocks {
		if !b.kept() {
			continue
		}
		underLabel := label
		label = false
		if commentCountLine(b.text) {
			// A post's category line and its comments' count over its
			// text: metadata, not the title.
			b.removed = ReasonMetadata
			continue
		}
		if i == 0 && b.nw <= 5 && d.menuUnder(i) {
			// The site's name alone (a page whose HTML title is only
			// that), which its masthead's menu repeats below: "Coastline
			// Weekly" over "Coastline Weekly | News | Sport | Letters".
			b.removed = boiler.ReasonHeader
			if d.site == "" {
				d.site = b.keptText()
			}
			continue
		}
		if b.kind == "paragraph" && b.nw <= maxCaptionWords && captionSentence(b.text) && captions < maxCaptionsAbove && titleBelow(d, b) {
			captions++
			continue
		}
		// (Japan Today's kicker is one word in lower case, "national",
		// which the parse reads as a paragraph.)
		// (A page's first line the parse read as its title, too short
		// for a headline, is a heading in the rendering, which writes it
		// first: read as one here too. Found by FuzzClean.)
		if kt := b.keptText(); !underLabel && (b.kind == "heading" || b.kind == "title" && !parse.LooksLikeHeadline(kt) || b.kind == "paragraph" && b.nw == 1 && lowerWord(kt)) && words(kt) <= 2 && strings.ContainsFunc(kt, unicode.IsLetter) &&
			!endsSentence(kt) && !strings.HasSuffix(kt, ":") && headingBelow(d, b) && (!d.storyNames(kt) || d.listEntry(i)) {
			// A section's label over the headline ("Gulf", "Fact
			// Check" over "Saudi Arabia, UAE sign deal ...").
			label = true
			b.removed = ReasonNav
			if d.overHeadline == nil {
				d.overHeadline = map[*block]bool{}
			}
			d.overHeadline[b] = true
			continue
		}
		if (b.kind == "heading" || b.kind == "title") && i == 1 && !d.blocks[0].kept() && d.blocks[0].nw <= 3 && b.nw <= 6 && d.menuBelow(i) {
			// The site's tagline between its name, the page's first
			// line, and its menu: the Mainichi's "Japan's National Daily
			// Since 1922" over "News", "Business", "Opinion".
			b.removed = boiler.ReasonHeader
			continue
		}
		if (b.kind == "heading" || b.kind == "paragraph" && b.nw <= 8 && !endsSentence(b.text)) && d.underSiteName(i) && d.promotedBelow(i) {
			// A line under the site's name, above the headline the page's
			// title line named (a site's tagline, "News from the valley,
			// by the valley" under "Fenwick Valley Voice", or one in
			// lower case the parse reads as a paragraph, "a Quincy
			// Institute publication"): the page's header.
			b.removed = boiler.ReasonHeader
			continue
		}
		if b.kind == "heading" && len(d.blocks) > 1 && b != d.blocks[0] && mastheadMenu(b, d.firstLineSite()) {
			// The masthead and its menu under the page's title line
			// ("Заречные вести Новости Общество Спорт Афиша" under "... —
			// Заречные вести"), above the headline.
			b.removed = boiler.ReasonHeader
			continue
		}
		// (A first kept line the parse read as a paragraph is the title
		// line of the rendering, which writes it first, when it reads as
		// a headline: read as one here too. Found by FuzzClean.)
		if (b.kind == "title" || b.kind == "heading" || b.kind == "paragraph" && d.firstKept(i) && parse.LooksLikeHeadline(b.keptText())) &&
			b != d.deckHead && d.headlineBelowTellsStory(i) {
			// A skip link, a stamp's label, a section's or a site's line
			// over the headline ("Go to Contents", "In Pictures", "An
			// official website of the United States Government"): not a
			// masthead naming the publisher either.
			b.removed = ReasonNav
			if bodyName(b.keptText()) || capsMasthead(b) {
				// ... but a government body's masthead over its press
				// release names it ("U.S. Department of Agriculture"),
				// as a site's in capitals does ("NHK WORLD-JAPAN").
				b.removed = boiler.ReasonHeader
				continue
			}
			if d.overHeadline == nil {
				d.overHeadline = map[*block]bool{}
			}
			d.overHeadline[b] = true
			continue
		}
		if d.overLedeHeader(i) {
			// A line over the headline found right above the article's
			// first paragraph that tells none of its story (an advert's,
			// "Get a bonus of £50 with ..."): the header's.
			b.removed = boiler.ReasonHeader
			continue
		}
		if t := d.headlineEchoBelow(i); t > i && b.nw <= 30 && d.keptBetween(i, t) == 0 {
			// A line over the headline the page's title line named, the
			// title line itself gone (PolitiFact's claim, "“Ohio just
			// ended early voting ...”", over "Claim that Ohio ended early
			// voting is false" for "PolitiFact | Claim that ..."): the
			// header's, not the headline.
			b.removed = ReasonNav
			continue
		}
		if t := d.promotedTitle(i); t > i && b.kind == "heading" && d.keptBetween(i, t) == 0 &&
			textKey(d.blocks[t].text) == d.titleHeadKey() {
			// A line right over the headline the page's title line names
			// ("No. 9 Harbour 24, Valley 21" over "Harbour ends on a high
			// note" for "Harbour ends on a high note - The Ledger"): a
			// score's, a label's line, not the headline.
			b.removed = ReasonNav
			continue
		}
		// A first line the parse read as a paragraph that is a headline
		// and names its site ("Headline | Site", "Headline! | Site") is
		// split as a title line is: the rendering writes it first (as
		// the title, or as the paragraph a title inferred whole from it
		// is left out for), where the parse reads it as one (found by
		// FuzzClean).
		if (b.kind == "title" || b.kind == "heading" || b.kind == "paragraph" && titleLineFirst(b)) &&
			parse.LooksLikeHeadline(b.keptText()) {
			title, site := splitTitle(withoutKicker(b.keptText()))
			for range 3 {
				// What the split gives, split again, until it stands:
				// a cleaning of the rendering splits it once more ("0 0 |
				// 0a 0 0 0 | 0"; found by FuzzClean).
				t2, s2 := splitTitle(title)
				if s2 == "" || t2 == title {
					break
				}
				title = t2
			}
			if quoted(d, site) || d.innerSiteless(i, b.keptText(), title, site) {
				title, site = withoutKicker(b.keptText()), ""
			}
			if part := storyPart(d, title); part != title {
				// The part that tells the story, and no line repeating it
				// below: a cleaning of the rendering would take that for
				// the headline's echo.
				title = part
				for i, o := range d.blocks {
					if o != b && o.kept() && sameKey(o.text, part) {
						d.remove(i, ReasonRepeated)
					}
				}
			}
			if !strings.ContainsFunc(title, unicode.IsLetter) || words(title) <= 10 && parse.IsCredit(strings.Trim(title, "()[] ")) ||
				words(title) <= 3 && isCounter(strings.ToLower(title)) ||
				site != "" && !parse.LooksLikeHeadline(title) && (!strings.ContainsFunc(title, unicode.IsUpper) || parse.LooksLikeHeading(title) && inferableBelow(d, i)) ||
				site != "" && (crumbLine(title) || !readsAlike(title)) {
				// What a "Headline | Site" line gives must have a word, a
				// capital or a headline's shape (the shape, when it reads
				// as a heading over a paragraph to infer a title from),
				// and not be a credit or a crumb (a navigation trail, a
				// share bar's), and read as itself: a cleaning of the
				// rendering, where it stands
				// alone, takes it for a headline only then; else the line
				// is the title whole. Found by FuzzClean ("0 0 | 0 a 0"; a
				// gallery's counter, "0 0 | 0/0 a0 0"; a trail, "0 0 | 0 0
				// 0a>00"; "A a ! | 0"; "0 A 0" over a paragraph; an
				// emphasis mark, "0 0*_0a").
				title, site = b.keptText(), ""
			}
			if site != "" && dateAlone(title) {
				// Nor a date, which a cleaning of the rendering, where it
				// stands first, removes as metadata ("DeC 0 0000\" | 0:
				// 0 0 0 0 A", 5105af791df27dad; "000A A | Nov 0
				// 0000A000", f75cf57de9fe4bf3): the line whole is the
				// title, its site still the site's name.
				title = b.keptText()
			}
			if site != "" {
				// The headline again under "Headline | Section | Site"
				// (a reader's markdown gives the page title, then the
				// article's own heading): the article's heading is the
				// headline, the page title line goes.
				if o := d.repeatOf(b, title); o != nil && runTogether(o.text, title) {
					// The headline again, its words run together: the
					// title line's, spaced, is the title; the copy goes.
					o.removed = ReasonRepeated
					d.labelsOverCopy(i, o)
				} else if o != nil {
					b.removed = ReasonPageTitle
					b = o
					if keyWords(o.text) > keyWords(title) {
						title = o.keptText() // spaced where the title line runs words together (see spacedCopy)
					}
				} else if p := d.spacedCopy(b, title); p != nil {
					// The headline spaced under a title line that runs
					// its words together: the spaced copy is the title.
					b.removed = ReasonPageTitle
					b, title = p, p.keptText()
				} else if h := d.headlineUnderTitleLine(i); h >= 0 && !d.headlineBelowTellsStory(h) {
					// The page's own headline over its byline, worded
					// apart from the title line written for search
					// ("Drought 2026: City orders ..." over "Drought" /
					// "No more lawn watering: ..." / "Carmen Ruiz-Hale,
					// The Plainsman"): the reader's headline is the title.
					b.removed = ReasonPageTitle
					for j := i + 1; j < h; j++ {
						d.remove(j, ReasonNav)
					}
					b, title = d.blocks[h], d.blocks[h].keptText()
				}
				d.gluedCopies(b, title)
			}
			for _, o := range d.blocks {
				if o != b && o.kind == "title" {
					o.kind = "heading"
				}
			}
			b.kind = "title"
			if site != "" && d.site == "" {
				d.site = site
			}
			return title, false
		}
		if b.kind == "paragraph" && wholeHeadline(b) {
			// A first line the parse read as a paragraph that is a
			// headline whole ("Island council votes to ban cruise ships
			// from the old harbour"): the title inferred from it would
			// be all of it.
			for _, o := range d.blocks {
				if o.kind == "title" {
					o.kind = "heading"
				}
			}
			b.kind = "title"
			return b.keptText(), false
		}
		if t := d.promotedTitle(i); t > i && (b.nw >= 15 || d.blocks[t] == d.overLede || inferTitle(b.keptText()) == "") {
			// A headline a rule made the title under a paragraph the
			// page's header holds (Bloomberg's "Connecting decision
			// makers to a dynamic network of information, ..." over
			// "Oil Falls as OPEC+ Signals Output Increase"): the title
			// is the headline, not one inferred from the paragraph. A
			// short line over it is the page's own headline ("From our
			// writers' mail bags..." over "To Kevin Williamson"), but
			// for a site's address alone ("brisbanetimes.com.au"), which
			// gives no title, and a teaser over the headline found right
			// above the article's prose (see headlineOverLede).
			return d.blocks[t].keptText(), false
		}
		break
	}
	for _, b := range d.blocks {
		if b.kind == "title" {
			b.kind = "heading"
		}
	}
	for _, b := range d.blocks {
		if !b.kept() {
			continue
		}
		if b.kind == "paragraph" {
			return inferTitle(b.keptText()), true
		}
		if b.kind == "heading" && readsAsParagraph(b) {
			// A heading the rendering writes without its Markdown marks,
			// where it reads as the first paragraph ("# some lower-case
			// line"): the title is inferred from it, as a cleaning of the
			// rendering infers it (found by FuzzClean).
			b.kind = "paragraph"
			return inferTitle(b.keptText()), true
		}
	}
	return "", true
}

// dateAlone reports whether s opens with a date and has no word after it
// (no two letters in a row: "Dec 5 2026", "Nov 0 0000A000"), the metadata
// line ruleMetadataLine removes. A label's words over a date ("Day in
// pictures: 24 July 2012", which a cleaning of the rendering removes too)
// keep such a headline: the title line whole would name its site.
func dateAlone(s string) bool {
	t := strings.TrimLeft(s, " \"'“”‘’([")
	n := parse.DateLen(t)
	if n == 0 || !isMetadataLine(s, lower(s), words(s)) {
		return false
	}
	run := 0
	for _, r := range t[n:] {
		if run++; !unicode.IsLetter(r) {
			run = 0
		}
		if run >= 2 {
			return false
		}
	}
	return true
}

// capsMasthead reports whether block b is a site's masthead in capitals
// ("NHK WORLD-JAPAN", "HARBOUR BUGLE"): three words at most, with letters
// and no sentence's end — a heading where it is not the first line, as it
// is a title where it is, so a cleaning of the rendering reads it alike
// (FuzzClean).
func capsMasthead(b *block) bool {
	return b.nw <= 3 && shouted(b.text) && !endsSentence(b.text) && strings.ContainsFunc(b.text, unicode.IsLetter)
}

// promotedTitle returns the index of the first kept block after block i
// that a rule made the title (promoteHeadline), or -1; not a comment's
// signature ("Comment #28 - Posted by: Boris at November 10, 2012 9:59
// PM") or a form's buttons ("Quick Sign In and Post Comment").
func (d *doc) promotedTitle(i int) int {
	for j := i + 1; j < len(d.blocks); j++ {
		if b := d.blocks[j]; b.kept() && b.kind == "title" {
			if hasDate(b.text) || b.hasAny("sign in", "log in", "post comment", "posted by") || !parse.LooksLikeHeadline(b.keptText()) {
				return -1
			}
			return j
		}
	}
	return -1
}

// headlineEchoBelow returns the index of the next kept line after block i
// that repeats the headline part of the page's title line ("Headline |
// Site"), when the title line was removed as such and block i does not
// repeat it; else -1.
func (d *doc) headlineEchoBelow(i int) int {
	if i == 0 || d.blocks[0].removed != ReasonPageTitle {
		return -1
	}
	if _, site := d.pageTitle().parts(); site == "" {
		return -1
	}
	key := d.titleHeadKey()
	if key == "" || textKey(d.blocks[i].text) == key {
		return -1
	}
	for j := i + 1; j < len(d.blocks) && j <= i+8; j++ {
		if b := d.blocks[j]; b.kept() && textKey(b.text) == key {
			return j
		}
	}
	return -1
}

// readsAsParagraph reports whether a heading's kept text, written alone as
// Render writes it (no Markdown marks), is not shaped as a heading: parse
// reads it as a paragraph when the rendering is cleaned again.
func readsAsParagraph(b *block) bool {
	kt := b.keptText()
	return kt != "" && !parse.LooksLikeHeading(kt)
}

// inferableBelow reports whether a kept line under block i is one
// chooseTitle infers a title from when no headline comes first: a
// paragraph, or a heading that reads as one.
func inferableBelow(d *doc, i int) bool {
	for _, b := range d.blocks[i+1:] {
		if b.kept() && (b.kind == string(parse.Paragraph) || b.kind == string(parse.Heading) && readsAsParagraph(b)) {
			return true
		}
	}
	return false
}

// titleLineFirst reports whether a paragraph, the first kept line, is a
// title line naming its site that a rendering writes first, whole: as the
// headline (see wholeHeadline), or under a title inferred from it all,
// which Render leaves out, or with no title (none is inferred from bytes
// that were no UTF-8).
func titleLineFirst(b *block) bool {
	kt := b.keptText()
	if !parse.LooksLikeHeadline(kt) {
		return false
	}
	if t := inferTitle(kt); t != "" && !sameKey(t, kt) {
		return false
	}
	_, site := splitTitle(withoutKicker(kt))
	return site != ""
}

// crumbLine reports whether the crumbs rule removes line s standing alone.
func crumbLine(s string) bool {
	b := &block{kind: string(parse.Heading), segs: []Segment{{Text: s}}}
	b.setText(s)
	return isEngagement(b) || crumbReason(b) != ""
}

// readsAlike reports whether a line, alone, parses as one block of the
// same text: what a title line's split leaves may end in marks the parse
// takes for Markdown ("0 0*" is "0 0").
//
//go:noinline
func readsAlike(s string) bool {
	pbs := parse.Parse(s)
	return len(pbs) == 1 && pbs[0].Text == s
}

// quoted reports whether the site part of a headline is the one word of a
// name the article's first paragraphs name: whom the headline quotes
// ("McCarthy is not for sale - Hughes" over "... dropped by Blackburn
// manager Mark Hughes"), not a site. A wire's name ("- Reuters") is a
// site however its dateline names it.
func quoted(d *doc, site string) bool {
	return site != "" && words(site) == 1 && wireNamed(lower(site)) == "" &&
		sharedWords(ledeWords(d, max(d.firstProse(), 0)), site) == 1
}

// A picture's caption may stand above the headline (maxCaptionsAbove
// sentences of at most maxCaptionWords words): the title is the headline
// under it.
const (
	maxCaptionsAbove = 2
	maxCaptionWords  = 30
)

// captionSentence reports whether s ends as a caption does, with a full
// stop, not with the ellipsis of a teaser ("From our writers' mail
// bags...").
func captionSentence(s string) bool {
	return endsSentence(s) && !strings.HasSuffix(s, "..") && !strings.HasSuffix(s, "…")
}

// titleBelow reports whether a kept block of kind "title" (the headline the
// page's rules found) follows block b within maxCaptionsAbove kept blocks.
func titleBelow(d *doc, b *block) bool {
	seen, n := false, 0
	for _, o := range d.blocks {
		if o == b {
			seen = true
			continue
		}
		if !seen || !o.kept() {
			continue
		}
		if o.kind == "title" {
			return true
		}
		if n++; n >= maxCaptionsAbove {
			return false
		}
	}
	return false
}

// kickers label a headline's section: "Opinion | Why the housing crisis ...".
var kickers = setOf("opinion analysis perspective commentary review explainer live exclusive breaking watch video podcast editorial letters comment interview")

// withoutKicker removes a section label before " | " from a headline.
func withoutKicker(title string) string {
	k := strings.Index(title, " | ")
	if k <= 0 || !kickers[strings.ToLower(strings.TrimSpace(title[:k]))] {
		return title
	}
	if rest := strings.TrimSpace(title[k+3:]); words(rest) >= 3 {
		return rest
	}
	return title
}

// columnKickers are the labels of a column glued to its headline with a
// colon ("OPINION: The budget ...", "Analysis: Why ..."): the section, not
// the headline's words. ("Review:", "Video:" and "Live:" stay: sites print
// them as part of the headline.)
var columnKickers = setOf("opinion analysis commentary editorial perspective explainer")

// withoutColonKicker removes a column's label before ": " from a headline
// when three words or more follow it, the first a capital's.
func withoutColonKicker(title string) string {
	k, rest, ok := strings.Cut(title, ": ")
	if !ok || !columnKickers[strings.ToLower(k)] || words(rest) < 3 || !unicode.IsUpper([]rune(rest)[0]) && !unicode.IsDigit([]rune(rest)[0]) {
		return title
	}
	return rest
}

// titleCuts are where a long first sentence is cut to make a headline.
var titleCuts = []string{", ", " to ", " by ", " after ", " amid ", " following ", " as ", " while ",
	" which ", " that ", " when ", " with ", " for ", " in order "}

// inferTitle makes a concise headline from a paragraph: its first sentence
// without a leading dateline or subordinate clause, cut to about twelve words at
// a clause boundary, without end punctuation.
func inferTitle(p string) string {
	s := firstSentence(p)
	if strings.ContainsRune(s, utf8.RuneError) {
		// Bytes that were no UTF-8 (a replacement character each): no
		// headline is read from them, and a second cleaning of the
		// rendering would split such a line otherwise (FuzzClean).
		return ""
	}
	// Drop a dateline: "SEOUL, June 16 (Reuters) - ".
	if k := datelineEnd(s); k >= 0 {
		s = s[k:]
	}
	// Drop a dateline in capitals: "KARACHI: The Sindh government ...".
	if k := strings.Index(s, ": "); k > 2 && k < 30 && shouted(s[:k]) && strings.ContainsFunc(s[:k], unicode.IsLetter) && words(s[k+2:]) >= 5 {
		s = s[k+2:]
	}
	// Drop a leading subordinate clause: "Following a deadly attack in Moscow, ...".
	if k := strings.Index(s, ", "); k > 0 && words(s[:k]) <= 10 && words(s[k+2:]) >= 5 {
		first := strings.ToLower(strings.Fields(s)[0])
		switch first {
		case "following", "after", "in", "amid", "amidst", "as", "while", "despite", "on", "since", "with", "during", "before", "when":
			s = s[k+2:]
		}
	}
	s = strings.TrimRight(strings.TrimSpace(s), ".!?;:,…")
	if words(s) > 14 {
		f := strings.Fields(s)
		head := strings.Join(f[:14], " ")
		best := -1
		for _, c := range titleCuts {
			if k := strings.LastIndex(head, c); k > best && words(head[:k]) >= 6 {
				best = k
			}
		}
		if best > 0 {
			s = head[:best]
		} else {
			s = strings.Join(f[:12], " ")
		}
	}
	// Without end punctuation, and without a "*" or "_" at either end: one
	// that ended a word inside the sentence ("0*!") would read as an
	// emphasis mark at the title's end, which a second cleaning of the
	// rendering would drop.
	for {
		t := strings.Trim(strings.TrimRight(strings.TrimSpace(s), ".!?;:,…-–—\"“'‘("), "*_ ")
		if t == s {
			break
		}
		s = t
	}
	if s == "" {
		return ""
	}
	r, n := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[n:]
	if c := s[0]; c < utf8.RuneSelf && !unicode.IsLetter(rune(c)) && !unicode.IsDigit(rune(c)) && !readsAlike(s) {
		// Markdown's marks at the front, once a "*" went ("*# 00! 0"
		// gave "# 00"): the rendering's first line would read as
		// another (a heading "00"). No title is made of it (FuzzClean).
		return ""
	}
	if !parse.LooksLikeHeadline(s) {
		// Too short or odd-shaped to stand as a headline on its own.
		if words(s) < 2 {
			return ""
		}
	}
	return s
}

// firstSentence returns p up to its first sentence end (or the first 300 bytes).
func firstSentence(p string) string {
	p = p[:min(len(p), 400)]
	for i := 0; i < len(p); i++ {
		c := p[i]
		if (c == '.' || c == '!' || c == '?') && (i+1 == len(p) || p[i+1] == ' ') {
			// Not after an initial or abbreviation ("U.S.", "N. Korea", "Mr.").
			j := strings.LastIndexByte(p[:i], ' ')
			w := p[j+1 : i]
			if len(w) <= 1 || strings.Contains(w, ".") || abbrev[strings.ToLower(w)] {
				continue
			}
			return p[:i+1]
		}
	}
	return strings.ToValidUTF8(p, "")
}

var abbrev = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true,
	"lt": true, "col": true, "sgt": true, "prof": true, "sen": true, "rep": true, "gov": true, "jr": true,
	"sr": true, "no": true, "vs": true, "inc": true, "corp": true, "co": true, "ltd": true, "jan": true,
	"feb": true, "aug": true, "sept": true, "oct": true, "nov": true, "dec": true, "u.s": true}

// storyPart returns the part of a headline in parts, what is left of a
// title line once its site's name went ("FBI to post mug shots on
// billboards | STATE NEWS | Breaking Houston News, Weather, Sports";
// "TheStar.com | News | Law professors sign brief"), that tells the story of
// the article's first paragraphs: the one sharing the most words with them,
// two or more, and more than any other part. Else the headline whole.
func storyPart(d *doc, t string) string {
	parts := strings.Split(t, " | ")
	if len(parts) < 2 {
		return t
	}
	lede := ledeWords(d, max(d.firstProse(), 0))
	best, bestN, second := "", 0, 0
	for _, p := range parts {
		p = strings.TrimSpace(p)
		n := sharedWords(lede, p)
		switch {
		case n > bestN:
			best, bestN, second = p, n, bestN
		case n > second:
			second = n
		}
	}
	if bestN < 2 || bestN == second || words(best) < 3 {
		return t
	}
	return best
}

// repeatOf returns the first kept heading other than b whose text is title,
// or nil; or a paragraph the parse did not read as a heading, short and
// ending no sentence, as ruleRepeated reads a cleaning of the rendering
// (FuzzClean 8c530bc25c766f86: "ANALYSIS WhY riCe priCes ..." under
// "ANALYSIS! WhY riCe priCes ... | 0").
func (d *doc) repeatOf(b *block, title string) *block {
	key := textKey(title)
	for _, o := range d.blocks {
		if o != b && o.kept() && (o.kind != "paragraph" || o.nw <= shortLine && !endsSentence(o.text)) && textKey(o.text) == key {
			return o
		}
	}
	return nil
}

// labelsOverCopy removes the short lines between the title line at i and
// the headline's copy o under it, its words run together, that went as
// the title's repeat: a section's labels over the page's headline (see
// labelOverTitle), which the rendering would write under the title, where a
// cleaning of it reads them in the header's zone (FuzzClean). Four lines
// at most, each a header's line.
func (d *doc) labelsOverCopy(i int, o *block) {
	var between []int
	for k := i + 1; k < len(d.blocks) && d.blocks[k] != o; k++ {
		b := d.blocks[k]
		if !b.kept() {
			continue
		}
		if len(between) == 4 || b.md || !isHeaderLine(b) {
			return
		}
		between = append(between, k)
	}
	for _, k := range between {
		d.remove(k, ReasonNav)
	}
}

// spacedCopy returns the first kept line other than b that is title with
// its words spaced where title runs some or all of them together (see
// runTogether), or nil. A few run together are enough: a cleaning of the
// rendering, which writes title alone over the copy, promotes the copy as
// ruleRepeated promotes a headline over the title line it repeats
// (FuzzClean 242ed7978f13db9d: "Alabamatoopennewstate park in Baldwin
// County - S").
func (d *doc) spacedCopy(b *block, title string) *block {
	for _, o := range d.blocks {
		if o != b && o.kept() && keyWords(title) < keyWords(o.text) && sameKey(title, o.text) {
			return o
		}
	}
	return nil
}

// gluedCopies removes as repeats the kept lines other than b that are
// title with some of its words run together (see runTogether), a
// paragraph's too: a cleaning of the rendering, which writes title over
// them, finds them the title's repeats (FuzzClean 460c0bc66451c86f:
// "SAudiArABiA to open ..." under "SAudi ArABiA to open ... | 000").
func (d *doc) gluedCopies(b *block, title string) {
	for _, o := range d.blocks {
		if o != b && o.kept() && runTogether(o.text, title) {
			o.removed = ReasonRepeated
		}
	}
}

// headingBelow reports whether the next kept block after b is a heading or
// title shaped as a headline.
func headingBelow(d *doc, b *block) bool {
	seen := false
	for _, o := range d.blocks {
		if o == b {
			seen = true
			continue
		}
		if seen && o.kept() {
			kt := o.keptText()
			// A headline has a word: a cleaning of the rendering may read
			// a line of figures ("00 0 0 0") as a paragraph instead
			// (found by FuzzClean).
			return (o.kind == "heading" || o.kind == "title") && parse.LooksLikeHeadline(kt) && words(kt) >= 4 && strings.ContainsFunc(kt, unicode.IsLetter)
		}
	}
	return false
}

// storyNames reports whether every story word of a short line with no
// figure (a section's count: "Social 1"), one word at least, recurs in the
// story's first paragraphs: a play's or a book's name as its review's
// headline ("Mirror, Mirror"), no section's label over the line below,
// unless it stands in a menu's run of short lines ("Docs" / "JS/Wasm
// features" / "Research").
func (d *doc) storyNames(s string) bool {
	f := d.firstProse()
	w := storyWords(s)
	return f >= 0 && len(w) > 0 && !strings.ContainsFunc(s, unicode.IsDigit) && sharedWords(ledeWords(d, f), s) == len(w)
}

// lowerWord reports whether s is one word of lower-case letters: a
// section's kicker ("national"), no sentence's.
func lowerWord(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsLower(r) })
}

// wholeHeadline reports whether a kept paragraph reads as a headline and is
// the title inferTitle would make of it, all of it.
func wholeHeadline(b *block) bool {
	kt := b.keptText()
	return parse.LooksLikeHeadline(kt) && inferTitle(kt) == kt
}

// menuUnder reports whether one of the few lines under block i opens with
// its text and a menu's separator, two or more of them: the masthead's row
// of links ("Coastline Weekly | News | Sport | Letters").
func (d *doc) menuUnder(i int) bool {
	name := strings.TrimSpace(d.blocks[i].text)
	if name == "" || !startsUpper(name) {
		return false
	}
	for j := i + 1; j < len(d.blocks) && j <= i+3; j++ {
		t := d.blocks[j].text
		if len(t) <= len(name)+3 || !strings.HasPrefix(t, name) {
			continue
		}
		for _, sep := range []string{" | ", " · ", " • ", " / "} {
			if strings.HasPrefix(t[len(name):], sep) && strings.Count(t, sep) >= 2 {
				return true
			}
		}
	}
	return false
}

// headlineUnderTitleLine returns the line under the title line at i that reads
// as the article's headline over its byline: within four lines, shaped as a
// headline of four words or more, with only short labels (two words or
// fewer) kept above it and a byline (a removed metadata line naming a
// writer) right under it; -1 when there is none.
func (d *doc) headlineUnderTitleLine(i int) int {
	for j := i + 1; j < len(d.blocks) && j <= i+4; j++ {
		b := d.blocks[j]
		if !b.kept() {
			continue
		}
		kt := b.keptText()
		if words(kt) <= 2 {
			continue
		}
		if words(kt) < 4 || endsSentence(kt) || !parse.LooksLikeHeadline(kt) {
			return -1
		}
		for k := j + 1; k < len(d.blocks); k++ {
			n := d.blocks[k]
			if n.removed == ReasonEmpty {
				continue
			}
			if n.removed == ReasonMetadata && n.nw <= 10 && (strings.HasPrefix(n.low, "by ") || isNameLine(strings.SplitN(n.text, ",", 2)[0])) {
				return j
			}
			return -1
		}
		return -1
	}
	return -1
}

// promotedBelow reports whether the headline was found below block i and
// made the title from the page's title line, which went as the page title
// above it (see promoteHeadline).
func (d *doc) promotedBelow(i int) bool {
	above := false
	for _, b := range d.blocks[:i] {
		above = above || b.removed == ReasonPageTitle
	}
	if !above {
		return false
	}
	for _, b := range d.blocks[i+1:] {
		if b.kept() && b.kind == "title" {
			return true
		}
	}
	return false
}

// menuBelow reports whether the three lines under block i are a menu's,
// removed as navigation or as the page's header.
func (d *doc) menuBelow(i int) bool {
	for j, n := i+1, 0; j < len(d.blocks); j++ {
		switch d.blocks[j].removed {
		case ReasonEmpty:
			continue
		case ReasonNav, boiler.ReasonHeader:
			if n++; n == 3 {
				return true
			}
			continue
		}
		break
	}
	return false
}

// underSiteName reports whether the line before block i is the site's name
// as the page's title line gives it.
func (d *doc) underSiteName(i int) bool {
	p := d.prevNonEmpty(i)
	if p < 0 || len(d.blocks) == 0 {
		return false
	}
	site := d.firstLineSite()
	return site != "" && strings.EqualFold(strings.TrimSpace(d.blocks[p].text), site)
}

// headlineBelowTellsStory reports whether a kept heading below block i and
// above the article's first paragraph of prose, at most storyHeadReach
// kept blocks under it, is headline-shaped and shares two story words or more
// with the article's first paragraphs while block i shares none: block i is
// then a line of the page's header, not the headline.
func (d *doc) headlineBelowTellsStory(i int) bool {
	f := d.firstProse()
	// A masthead in capitals (capsMasthead) is no wire's headline.
	if f <= i+1 || shouted(d.blocks[i].text) && !capsMasthead(d.blocks[i]) {
		// A wire's headline in capitals over its results' rows
		// ("CITICORP <CCI> 3RD QTR NET" / "Shr profit 3.64 dlrs vs ..."):
		// the rows share the figures' words, the headline tells the story.
		return false
	}
	if i == 0 && d.imported() {
		return false
	}
	if i > 0 && d.blocks[i].nw >= 3 && textKey(d.blocks[i].text) == d.titleHeadKey() {
		// The headline the title line names ("LIVE: M60 closed ..."
		// under "LIVE: M60 closed ... - Manchester Evening News"), over
		// a live blog whose latest post's heading shares the lede's
		// words, as a label never is.
		return false
	}
	if low := d.blocks[i].low; strings.HasPrefix(low, "live: ") && d.blocks[i].nw >= 5 {
		// The same as the rendering's first line, its site gone: a live
		// blog's headline, whose latest post's heading shares the lede's
		// words (FuzzClean).
		return false
	}
	between := 0 // kept blocks: the rendering's distance
	for k := i + 1; k < f; k++ {
		if d.blocks[k].kept() {
			between++
		}
		if d.livePost(k) {
			return false // the line below heads a live blog's latest post, under its time
		}
	}
	if between >= storyHeadReach {
		return false
	}
	lede := ledeWords(d, f)
	own := sharedWords(lede, d.blocks[i].text)
	head, site := d.pageTitle().parts()
	if i == 0 && site != "" {
		// A title line's site ("... - The Ledger") tells none of the
		// story, whatever the lede shares with it: its headline part
		// alone is read, as a cleaning of the rendering, which writes
		// that part, reads it. Found by FuzzClean.
		own = sharedWords(lede, head)
	}
	// A masthead in capitals may share a word with the story ("NHK
	// WORLD-JAPAN" over "Japan's economy shrinks ..."): the line below
	// must tell more of it.
	// So may a kicker listing the neighbourhoods a story is filed under
	// (Block Club Chicago's "Pilsen, Little Village, West Loop").
	t := d.blocks[i].text
	named := d.namedInLede(i, f)
	if named {
		// A newsletter's or a column's name over the headline, which the
		// lede names whole ("Welcome back to What I'm Hearing"): a label,
		// as its words tell none of the story.
		own = 0
	}
	if own > 0 && !bodyName(t) && !(own == 1 && (capsMasthead(d.blocks[i]) || strings.Count(t, ", ") >= 2 && words(t) <= 8 && namesOnly(t) && !endsSentence(t))) {
		return false
	}
	need := max(2, own+1)
	if low := d.blocks[i].low; own == 0 && (strings.HasPrefix(low, "go to ") || uiNamed(low)) {
		// A link's words over the headline ("Go to Google News" over
		// "Djokovic D-Joking Around"): a headline sharing one word with
		// the lede tells the story.
		need = 1
	}
	if need > 1 && !named && site == "" && d.blocks[i].nw >= 3 && parse.LooksLikeHeadline(t) && properName(t) != t && !capsMasthead(d.blocks[i]) && d.firstApart(i) {
		// The first line set apart by a blank line, a headline of its
		// own (no site's name beside it), no name ("Evening News
		// Digest") and no label's nor a link's words: the text's title,
		// as the rendering writes it over a standfirst that shares the
		// lede's words ("Podium for Canuck" over "Bronze medal picks up
		// slack ...", the headline the page's title line named, which
		// kept it on the first cleaning).
		return false
	}
	for k := i + 1; k < f; k++ {
		o := d.blocks[k]
		n := need
		if named && o.kind != "paragraph" {
			// A headline under the name may share one word with the lede.
			n = 1
		}
		if o.kept() && ((o.kind == "heading" || o.kind == "title") && !firstOfNumbered(d, k) && parse.LooksLikeHeadline(o.keptText()) || o.kind == "paragraph" && wholeHeadline(o)) && sharedWords(lede, o.text) >= n {
			return true
		}
	}
	return false
}

// namedInLede reports whether one of the first two kept paragraphs from
// block f on holds block i's text whole, a name of two to five words in
// capitals mid-sentence, and no other kept paragraph does: a newsletter's
// greeting names it once ("Welcome back to Capital Notes"), a story about
// a play named so names it again ("Mirror, Mirror runs until ...").
func (d *doc) namedInLede(i, f int) bool {
	b := d.blocks[i]
	if b.nw < 2 || b.nw > 5 || !capitalised(b.text) || endsSentence(b.text) {
		return false
	}
	named := 0
	for k, n := f, 0; k < len(d.blocks); k++ {
		if o := d.blocks[k]; o.kept() && o.kind == "paragraph" {
			n++
			if j := strings.Index(o.text, b.text); j >= 0 && (j > 0 && n <= 2 || named > 0) {
				named++
			}
		}
	}
	return named == 1
}

// bodyName reports whether s is the name of a government's or an
// institution's body, as its site's masthead prints it ("U.S. Department
// of Agriculture", "Ministry of Foreign Affairs"): seven words or fewer,
// each capitalised or a name's small word, one naming a body. Its press
// release's first paragraph names it too, so the line shares words with
// the story and still does not tell it.
func bodyName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 7 {
		return false
	}
	body := false
	for _, w := range f {
		lw := strings.ToLower(strings.Trim(w, ",."))
		if nameSmallWords[lw] {
			continue
		}
		if !startsUpper(w) || strings.ContainsAny(w, "0123456789$%") {
			return false
		}
		body = body || bodyWords[lw]
	}
	return body
}

// bodyWords name a government's or an institution's bodies.
var bodyWords = phrases("department|ministry|agency|office|council|commission|bureau|administration|authority|" +
	"embassy|secretariat|directorate|institute|university")

// storyHeadReach is how far above the article's first paragraph
// headlineBelowTellsStory looks.
const storyHeadReach = 6

// datelineEnd returns where the text after a wire story's opening dateline
// starts ("SEOUL, June 16 (Reuters) - ", "VALENCIA, Spain (AP) — "): a
// place of eight words at most with a comma or a parenthesis, then a dash,
// in the first 60 bytes; -1 when text opens with none. Captions carry none.
func datelineEnd(s string) int {
	for _, dash := range []string{" - ", " – ", " — ", " -- "} {
		if k := strings.Index(s, dash); k > 0 && k < 60 && strings.ContainsAny(s[:k], "(,") && words(s[:k]) <= 8 {
			return k + len(dash)
		}
	}
	return -1
}

// imported reports whether the page is an HTML page's text as app/ingest
// writes it: the headline its markup gives, then "Published in Site on
// 2026-11-30" (or "Published on 2026-11-30"), then the body the extract
// found, which never repeats the headline. A line of the body that shares
// the lede's words is its first subhead ("Curtains that reach the floor"
// over "A heavy curtain hung to the floor ..."), not the headline.
func (d *doc) imported() bool {
	if len(d.blocks) < 3 || d.blocks[0].kind != "title" {
		return false
	}
	t := d.blocks[1].text
	n := len(t)
	return n >= 23 && strings.HasPrefix(t, "Published ") && t[n-14:n-10] == " on " && strings.Count(t[n-10:], "-") == 2
}

// headlineOutOfList moves the title to its repeat below when the line
// chosen is the last entry of a list of other stories over the article
// (Oman Observer's "Trending" list naming the story itself), the repeat a
// heading within the next four lines, above the article's prose: the
// list's entry goes with its list.
func (d *doc) headlineOutOfList(inferred bool) {
	top := -1
	for i, b := range d.blocks {
		if b.kept() && b.kind == "title" {
			top = i
			break
		}
	}
	if inferred || top <= 0 {
		return
	}
	if p := d.prevNonEmpty(top); p < 0 || d.blocks[p].removed != ReasonRelated {
		return
	}
	f := d.firstProse()
	for k := top + 1; k < f && k <= top+4; k++ {
		if o := d.blocks[k]; o.kept() && o.kind == "heading" && sameKey(o.text, d.blocks[top].text) {
			d.blocks[top].kind = "heading"
			d.blocks[top].removed = ReasonRelated
			o.kind = "title"
			return
		}
	}
}
