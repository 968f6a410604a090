package clean

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/parse"
)

// ruleHeaderZone removes the short lines sites put between the headline and
// the lede: bylines without "By" ("Jane Doe", "Sandra Laville Environment
// correspondent"), desk lines ("Staff Writer"), section labels ("Economy"),
// the publication's name and bare counters ("42", "1.2K"). The zone runs from
// the headline to the first full sentence; a standfirst (a long line without a
// full stop) is kept and the zone runs on past it. Markdown headings are kept.
//
// A short line there is removed only when it sits next to a line already
// removed as header matter (a date line, a share bar, a section trail) or
// names a newsroom role: a match preview's "Ewood Park" / "Tuesday, 1 March" /
// "2000 GMT" lines or a short standfirst are the article's own.
//
// Before the headline, the same short lines next to removed header matter
// are a site's menu ("Sign in" / "World" / "Business" / "Markets"): they are
// removed as navigation, and the headline after them is the title.
func ruleHeaderZone(d *doc) {
	h := -1
	for i, b := range d.blocks {
		if !b.kept() {
			continue
		}
		// A section label above the headline: "LIVE UPDATES", "Opinion".
		if i < 16 && b.nw <= 3 && (kickers[b.k] || kickerLines[b.k]) && hasKeptParagraphAfter(d, i) {
			d.remove(i, ReasonNav)
			continue
		}
		if (b.kind == "title" || b.kind == "heading") && parse.LooksLikeHeadline(b.text) {
			h = i
			break
		}
		// The headline below removed lines ("This article is more than 2
		// years old"), which the parser, looking at the first line only,
		// took for a paragraph.
		if b.kind == "paragraph" && i > 0 && i < 16 && !b.md && len(b.segs) == 1 && !endsSentence(b.text) &&
			parse.LooksLikeHeadline(b.text) && hasKeptParagraphAfter(d, i) {
			b.kind = "title"
			h = i
			break
		}
		if i < 16 && !b.md && isHeaderLine(b) && nextToHeaderMatter(d, i) && !d.headlineUnderMasthead(i) {
			d.remove(i, ReasonNav)
			continue
		}

		break
	}
	if h >= 0 {
		headerZone(d, h)
	}
	roleOverLede(d)
}

// headerZone removes the short header lines under the headline h (see
// ruleHeaderZone), down to the lede; a line the title line at h holds whole
// beside the site's name becomes the headline.
//
// The zone is twelve lines; a desk's line ("Staff reporter") goes as far
// as twelve kept lines down, the lines removed before not counted, as the
// rendering a second cleaning reads leaves them out (FuzzClean: a line
// "reporter" thirteen lines down past one removed, kept once and removed
// from the rendering).
func headerZone(d *doc, h int) {
	d.zoned = true
	if h+12 < len(d.blocks) {
		d.zoneOut = h + 12 // unless a line below ends the zone first
	}
	read := 0 // the kept lines read under h
	for j := h + 1; j < len(d.blocks) && read < 12; j++ {
		b := d.blocks[j]
		if !b.kept() {
			continue
		}
		read++
		if j > h+12 {
			if b.md || b.credit || len(b.segs) != 1 || b.nw >= 6 && endsSentence(b.text) || firstOfNumbered(d, j) || d.livePost(j) {
				break
			}
			if isHeaderLine(b) && hasRoleWord(b.low) && !d.headlineUnderMasthead(j) {
				d.remove(j, ReasonMetadata)
			}
			if d.zoneEcho(h, j, false) {
				h, read = j, 0
			}
			continue
		}
		if b.md || b.credit || len(b.segs) != 1 || d.livePost(j) {
			d.zoneOut = -1
			break
		}
		if b.nw >= 6 && endsSentence(b.text) {
			// The lede, or a standfirst in sentences over the byline
			// and the date: "Owen Pritchard, Local Democracy Reporter"
			// over "Published: 8 July 2026, 4:15pm".
			if n := nextLine(d, j); n > 0 && bylineOverDate(d, n) {
				d.remove(n, ReasonMetadata)
			} else if n > 0 {
				d.stampBlock(n)
			}
			d.zoneOut = -1
			break
		}
		if d.zoneEcho(h, j, true) {
			h, read = j, 0
			continue
		}
		// A byline whose outlet is on the line under it: "Jane Doe" /
		// "USA TODAY".
		if isNameLine(b.text) {
			if n := nextLine(d, j); n > 0 && outletLine(d.blocks[n]) {
				d.remove(j, ReasonMetadata)
				d.remove(n, ReasonMetadata)
				continue
			}
		}
		if firstOfNumbered(d, j) {
			d.zoneOut = -1
			break
		}
		if isHeaderLine(b) && (hasRoleWord(b.low) || nextToHeaderMatter(d, j) && !d.listGoesOn(h, j)) && !d.headlineUnderMasthead(j) {
			reason := ReasonMetadata
			if !hasRoleWord(b.low) && !writerOrStamp(b) {
				// A label or a menu's entry among them ("Archives",
				// "Contact" under a blog's title line; "Opinion"): the
				// page's navigation, not the article's metadata.
				reason = ReasonNav
			}
			d.remove(j, reason)
		}
	}
}

// firstOfNumbered reports whether block j opens with "1. " or "1) " and a
// block further down with "2. " or "2) ": a numbered list's first item
// (a listicle's first heading, "1. The Beech Ridge loop" over "2.
// Millpond path"), the article's, not a header's label.
func firstOfNumbered(d *doc, j int) bool {
	t := d.blocks[j].text
	if len(t) < 4 || t[0] != '1' || t[1] != '.' && t[1] != ')' || t[2] != ' ' {
		return false
	}
	for k := j + 1; k < len(d.blocks) && k <= j+40; k++ {
		if o := d.blocks[k].text; len(o) > 3 && o[0] == '2' && o[1] == t[1] && o[2] == ' ' {
			return true
		}
	}
	return false
}

// livePost reports whether block j is a live blog's post's time alone on
// its line ("09:40", over the post's heading and text) with another such
// time further down among the kept lines: the posts start there, and the
// first post's time and heading are the article's, not the header's.
func (d *doc) livePost(j int) bool {
	if !isClock(d.blocks[j].text) {
		return false
	}
	for _, b := range d.blocks[j+1:] {
		if b.kept() && isClock(b.text) {
			return true
		}
	}
	return false
}

// stampBlock removes the byline's block starting at kept block n, under a
// standfirst and over the article's first paragraph: short lines that name
// the writer and hold the date or the time, Balkan Insight's "Milica
// Stojanovic" / "BIRN" / "Belgrade" / "December 2, 2026" / "14:15". The run
// is six lines at most, names a writer, has a date (or a line removed as
// one), and a paragraph of prose follows it.
func (d *doc) stampBlock(n int) {
	writer, stamp := false, false
	end := n
	// Lines removed already are not there for a cleaning of the
	// rendering: they are passed over, and not counted (HS's "Juha
	// Korhonen HS" / "5.12. 14:20" over "Päivitetty 15:02", a photo's
	// caption and credit; FuzzClean).
	for k, seen := n, 0; k < len(d.blocks) && seen < 6; k++ {
		b := d.blocks[k]
		if !b.kept() {
			if b.removed == ReasonMetadata && (hasDate(b.text) || isTimeLine(b.low)) {
				stamp = true
			}
			end = k
			continue
		}
		seen++
		if !isHeaderLine(b) || b.md || len(b.segs) != 1 || b.nw > 4 {
			break
		}
		writer = writer || isNameLine(b.text) && !hasPrefixAny(b.low, uiVerbs...)
		stamp = stamp || hasDate(b.text) || isTimeLine(b.low)
		end = k
	}
	next := nextLine(d, end)
	if !writer || !stamp || next < 0 || d.blocks[next].kind != "paragraph" || d.blocks[next].nw < 12 || !endsSentence(d.blocks[next].text) {
		return
	}
	for k := n; k <= end; k++ {
		if d.blocks[k].kept() {
			d.remove(k, ReasonMetadata)
		}
	}
}

// outletLine reports whether a short line names a news outlet alone, as
// under a writer's name: a paper's name ("The Boston Globe"), a wire's
// ("Reuters"), or two to four words in capitals ("USA TODAY").
func outletLine(b *block) bool {
	return b.nw >= 1 && b.nw <= 4 && !endsSentence(b.text) &&
		(paperShaped(b.text) || wireNamed(strings.TrimSpace(b.low)) != "" || b.nw >= 2 && shouted(b.text))
}

// writerOrStamp reports whether a header line names a writer (two
// capitalised words or more, no button's verb) or holds a date or a time:
// the article's metadata.
func writerOrStamp(b *block) bool {
	name := b.text
	if k := strings.IndexByte(name, '('); k > 0 {
		name = strings.TrimSpace(name[:k]) // "Dio Suhenda (The Jakarta Post)"
	}
	if k := strings.Index(name, ", "); k > 0 && isNameLine(name[:k]) {
		name = name[:k] // a guest's company: "Priya Raman, Northwind Analytics"
	}
	return isNameLine(name) && words(name) >= 2 && !hasPrefixAny(b.low, uiVerbs...) || hasDate(b.text) || isTimeLine(b.low) ||
		hasPrefixAny(b.low, "by ", "by: ", "posted", "written by", "words by", "story by", "published", "updated", "last updated", "modified") ||
		isMetadataLine(b.text, b.low, b.nw)
}

// nextLine returns the index of the kept block right after j (past empty
// ones), or -1 when a removed line comes first.
//
//go:noinline
func nextLine(d *doc, j int) int {
	for n := j + 1; n < len(d.blocks); n++ {
		if d.blocks[n].kept() {
			return n
		}
		if d.blocks[n].removed != ReasonEmpty {
			return -1 // a removed line between: not the next line
		}
	}
	return -1
}

// bylineOverDate reports whether kept block n is a byline without "By":
// a short header line naming a newsroom role, with the date line removed
// as metadata right under it.
func bylineOverDate(d *doc, n int) bool {
	b := d.blocks[n]
	// The writer's name alone is a byline there too: CalMatters' "Carolyn
	// Jones" over "December 3, 2026".
	// An agency's acronym alone too: Deccan Herald's "DHNS".
	if !isHeaderLine(b) || !hasRoleWord(b.low) && !(b.nw <= 3 && isNameLine(b.text)) && !(b.nw == 1 && len(b.text) <= 6 && shouted(b.text)) || b.md || len(b.segs) != 1 {
		return false
	}
	for k := n + 1; k < len(d.blocks); k++ {
		if r := d.blocks[k].removed; r != ReasonEmpty {
			return r == ReasonMetadata
		}
	}
	return false
}

// headlineUnderMasthead reports whether block j, in the header zone under a
// masthead taken for the headline ("Punch Newspapers"), is the headline
// itself: four words or more that tell the lede's story in two of them
// ("Tinubu signs 2027 budget into law" over "President Bola Tinubu on
// Monday signed ...").
func (d *doc) headlineUnderMasthead(j int) bool {
	b := d.blocks[j]
	return b.nw >= 4 && parse.LooksLikeHeadline(b.text) && (!hasRoleWord(b.low) && sharedWithLede(d, j, max(d.firstProse(), 0)) >= 2 || d.overByline(j))
}

// overByline reports whether the line under block j is a byline ("By
// Hannah Crowe") the metadata rule removed: block j, headline-shaped, is
// the headline over it, however few words it shares with the lede ("The
// last reporter at the statehouse" under a site's tagline).
func (d *doc) overByline(j int) bool {
	for n := j + 1; n < len(d.blocks); n++ {
		if b := d.blocks[n]; b.removed != ReasonEmpty {
			return b.removed == ReasonMetadata && strings.HasPrefix(b.low, "by ") && b.nw <= 8 && isByline(b.text[3:])
		}
	}
	return false
}

// kickerLines are section labels printed on a line of their own above a
// headline, beyond the kickers a title may start with.
var kickerLines = phrases("live updates|live blog|breaking news|developing story|fact check|news analysis|special report")

// hasKeptParagraphAfter reports whether a kept paragraph of a full
// sentence follows block i: a headline heads a text.
func hasKeptParagraphAfter(d *doc, i int) bool {
	for _, b := range d.blocks[i+1:] {
		if b.kept() && b.kind == "paragraph" && b.nw >= 6 && endsSentence(b.text) {
			return true
		}
	}
	return false
}

// nextToHeaderMatter reports whether the block before or after block j
// (skipping empty ones) was removed as header matter.
func nextToHeaderMatter(d *doc, j int) bool {
	header := func(r string) bool {
		return r == ReasonMetadata || r == ReasonShare || r == ReasonNav || r == ReasonCrumb
	}
	for p := j - 1; p >= 0; p-- {
		if r := d.blocks[p].removed; r != ReasonEmpty {
			if header(r) {
				return true
			}
			break
		}
	}
	for n := j + 1; n < len(d.blocks); n++ {
		if r := d.blocks[n].removed; r != ReasonEmpty {
			return header(r)
		}
	}
	return false
}

// roleWords name a newsroom role in a byline or desk line.
var roleWords = setOf("correspondent correspondents reporter reporters writer writers editor editors journalist journalists columnist contributor contributors staff bureau desk fellow")

// hasRoleWord reports whether a lower-cased short line names a newsroom role.
func hasRoleWord(low string) bool {
	for w := range strings.FieldsSeq(low) {
		if roleWords[strings.Trim(w, ",.;:()")] {
			return true
		}
	}
	return false
}

// isHeaderLine reports whether a block in the header zone is a short label:
// at most six words, no sentence or clause punctuation at its end, no quote.
func isHeaderLine(b *block) bool {
	if b.nw > 6 || endsSentence(b.text) || hasQuoteOrMark(b.text) || bracketedNote(b) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(b.text)
	return last != ',' && last != ';' && last != ':'
}

// bracketedNote reports whether b is a note in brackets of four words or
// more that names no role, the article's own word on where it comes from
// or how to read it: "(Cross-posted from our company's main blog)",
// "(tap the pictures to enlarge them)"; a link's "(view forecast)", a
// menu's "(more | all)" are shorter or barred.
func bracketedNote(b *block) bool {
	t := b.text
	return b.nw >= 4 && len(t) > 2 && t[0] == '(' && t[len(t)-1] == ')' && strings.IndexByte(t, '|') < 0 && !hasRoleWord(b.low)
}

// bioVerbs follow the name at the start of an author bio ("Seewer covers
// environmental and weather stories for The Associated Press.").
var bioVerbs = []string{" covers ", " writes about ", " writes for ", " reports on ", " reports for ",
	" is a reporter", " is a correspondent", " is a senior", " is a staff", " is a writer", " is an editor",
	" is the ", " is a freelance", " is a journalist", " is a columnist", " is a contributing", " has covered ",
	" has reported ", " based in ", " has written about ", " has written for ", " is head of "}

// bioLinks end a bio with a link to the writer's page.
var bioLinks = matcherOf(". more about |. more by |. more from ")

// bioMatcher finds bioVerbs in a line in one pass: a strings.Contains for
// each of them (all opening with a space, which the search's first-byte
// scan finds everywhere) took five times as long on the corpus's lines.
var bioMatcher = newMatcher(bioVerbs...)

// ReasonBio marks an author's box at the end of an article: the writer's
// name over a bio that names them ("Seewer covers environmental and weather
// stories for The Associated Press.").
const ReasonBio = "author bio"

// bioReach is how many blocks before the article's trailing lines
// ruleAuthorBio looks for a bio naming the byline's writer.
const bioReach = 4

// ruleAuthorBio removes an author box at the end of an article: a bare name
// line ("JOHN SEEWER") and the bio that follows it, which names the author
// again ("Seewer covers ... for The Associated Press."). Only blocks after the
// article's last long paragraph count.
func ruleAuthorBio(d *doc) {
	// A bio right under the byline it names: "By Jane Alvarez" / "Jane
	// Alvarez is a columnist covering urban policy."
	// A card's button may stand between them, and the byline may be the
	// name alone: ESPN's "Adam Teicher" / "Close" / "Adam Teicher covers
	// the Kansas City Chiefs for ESPN."
	for i := 1; i < len(d.blocks); i++ {
		b := d.blocks[i]
		if !b.kept() || b.nw > 25 {
			continue
		}
		k := i - 1
		for k > 0 && k >= i-2 && (d.blocks[k].removed == ReasonCrumb || d.blocks[k].removed == ReasonShare) {
			k--
		}
		p := d.blocks[k]
		// The card's name still kept: its button between them says it is
		// a card (a score box above it hid the byline from the header).
		card := k < i-1 && p.kept()
		if !card && p.removed != ReasonMetadata && i+1 < len(d.blocks) && d.blocks[i+1].removed == ReasonMetadata && bioMatcher.anyIn(b) && d.bioOverDate(i) {
			d.remove(i, ReasonMetadata)
			continue
		}
		if d.cardOverDate(i) {
			continue
		}
		if p.removed != ReasonMetadata && !card || !bioMatcher.anyIn(b) && !jobLine(b) {
			continue // the byline first: most lines have none above them
		}
		// (The Heritage Foundation's card: "Diane Porter" / "Research
		// Fellow, Center for Energy" / "Diane is a Research Fellow in
		// Energy Policy.": the bio under the role names the writer by
		// her first name.)
		firstNamed := !card && k > 0 && hasRoleWord(p.low) && isNameLine(d.blocks[k-1].text) && !d.blocks[k-1].kept() &&
			strings.HasPrefix(b.text, strings.Fields(d.blocks[k-1].text)[0]+" is ")
		if strings.HasPrefix(p.low, "by ") && d.bylineNames(b.text) && !card || firstNamed ||
			p.nw >= 2 && p.nw <= 4 && isNameLine(p.text) && wordPrefix(b.text, p.text) {
			d.remove(i, ReasonMetadata)
			if card {
				d.remove(k, ReasonMetadata)
			}
		}
	}
	d.contributors()
	tail := trailingStart(d)
	d.tailNames(tail)
	d.tailBios(tail)
}

// tailBios removes the bios among the article's last blocks, from bioReach
// blocks before block tail on, with the name lines over them.
//
// The last long paragraphs may be bios, when they name the byline's
// writers (below): The New York Times puts a print edition's note
// after them. A bio that names them may stand anywhere after the lede:
// an author box above the comments (Newspack), which only the
// classifier, later, takes for the page's tail.
func (d *doc) tailBios(tail int) {
	reach := max(tail-bioReach, 1)
	for i := max(d.firstProse()+1, 1); i < len(d.blocks); i++ {
		b := d.blocks[i]
		// The New York Times' bio ends with its link: "... covering
		// Japan and the Koreas. More about Motoko Rich" (Newspack's:
		// "More by Dana Whitcombe").
		if !b.kept() || b.nw > 40 || !endsSentence(b.text) && !bioLinks.anyIn(b) && !endsWithEmail(b.text) && !endsWithHandle(b.text) {
			continue
		}
		k := strings.IndexByte(b.text, ' ')
		if k <= 0 || !bioMatcher.anyIn(b) && !jobLine(b) {
			continue
		}
		first := strings.ToLower(b.text[:k])
		named := d.bylineNames(b.text) || d.siteWriter(b) || d.namedOverDate(b.text)
		if (i < tail || i < reach) && !named && !d.cardOfByline(i, first) {
			continue
		}
		if named {
			// "Jane Smith is a congressional reporter for Fox News
			// Digital." under the article "By Jane Smith Fox News" opened,
			// and the author box's name and role over it ("Stephen
			// Clark" / "Space Reporter").
			d.remove(i, ReasonBio)
			for p := i - 1; p >= 0 && p >= i-2; p-- {
				if d.bylineLine(p) && d.blocks[p].nw <= 4 {
					d.remove(p, ReasonBio)
				} else {
					break
				}
			}
			continue
		}
		// The name line before it: kept and bare, or a removed byline;
		// the writer's role may stand between them (Ars Technica's "Jon
		// Brodkin" / "Senior IT Reporter" / "Jon is a Senior IT Reporter
		// for Ars Technica. ...").
		for p := i - 1; p >= 0 && p >= i-3; p-- {
			pb := d.blocks[p]
			if pb.removed == ReasonEmpty {
				continue
			}
			if pb.nw <= 5 && containsWord(pb.low, first) && (pb.removed == ReasonMetadata || pb.removed == ReasonBio || pb.kept() && isNameLine(pb.text)) {
				for x := p; x <= i; x++ {
					d.remove(x, ReasonBio)
				}
				d.cardAbove(p, i)
				break
			}
			if p == i-1 && pb.kept() && pb.nw <= 4 && !endsSentence(pb.text) && hasRoleWord(pb.low) {
				continue
			}
			break
		}
	}
}

// zoneEcho promotes line j of the header's zone under title line h when it
// is the headline the title line gives beside the site's name ("Headline |
// Site" over "Headline"): the title line goes as the page's title, its site
// kept (named the page's site when inZone). It reports whether it did.
// Past the zone's twelve lines too, within twelve kept lines, as the
// rendering a second cleaning reads leaves the removed lines out (FuzzClean
// c916c27d4ca4250f: a menu's ten labels and two lines removed over the
// headline); there the site is left to the rules after (a section's name
// beside it, "Headline | World News | US News", is no site's).
func (d *doc) zoneEcho(h, j int, inZone bool) bool {
	t, b := d.blocks[h], d.blocks[j]
	if t.kind != "title" {
		return false
	}
	site, ok := d.titleOf(t.text).echo(b.text)
	if !ok || lineBelow(d, j, site) && !mastheadAbove(d, j, site) {
		return false
	}
	promoteHeadline(d, j)
	if inZone && d.site == "" && site != "" {
		d.site = site
	}
	if j+12 < len(d.blocks) {
		d.zoneOut = j + 12
	}
	return true
}

// namedOverDate reports whether a bio's first two words, a name ("Karl
// Azzopardi is a journalist at ..."), are a line of their own over the
// article's date above its prose: the byline no rule took yet.
func (d *doc) namedOverDate(text string) bool {
	f := strings.Fields(text)
	if len(f) < 4 || f[2] != "is" || !isNameLine(f[0]+" "+f[1]) {
		return false
	}
	name := f[0] + " " + f[1]
	for i, b := range d.blocks[:max(d.firstProse(), 0)] {
		if b.text == name {
			n := d.nextNonEmpty(i)
			return n > 0 && d.blocks[n].removed == ReasonMetadata && hasDate(d.blocks[n].text)
		}
	}
	return false
}

// contributors removes a contributors' box after the article's first
// paragraph: its label ("Contributors", "About the authors") and the bios
// under it, each opening with a name and "is" (Jacobin's "Ellen Haugen is
// a registered nurse ...", "Matt Corliss is a staff writer at Jacobin.").
func (d *doc) contributors() {
	for i := max(d.firstProse()+1, 1); i < len(d.blocks); i++ {
		b := d.blocks[i]
		if !b.kept() || b.k != "contributors" && b.k != "about the authors" && b.k != "about the contributors" {
			continue
		}
		n := 0
		for j := i + 1; j < len(d.blocks); j++ {
			nb := d.blocks[j]
			if nb.removed == ReasonEmpty || nb.removed == ReasonBio || nb.removed == ReasonMetadata {
				continue
			}
			f := strings.Fields(nb.text)
			if len(f) < 5 || nb.nw > 60 || f[2] != "is" || !isNameLine(f[0]+" "+f[1]) {
				break
			}
			d.remove(j, ReasonBio)
			n++
		}
		if n > 0 {
			d.remove(i, ReasonBio)
		}
		return
	}
}

// tailNames removes the author box's name alone after the article ("Maya
// Castellanos" under Forbes' last paragraph), the byline's writer, from
// block tail on.
//
// Lee's papers sign a story with the writer's name and telephone, then the
// handle: "Kara Lindqvist • 314-555-8210" / "@karalindqvist on X".
func (d *doc) tailNames(tail int) {
	for i := tail; i < len(d.blocks); i++ {
		b := d.blocks[i]
		if !b.kept() {
			continue
		}
		if isNameLine(b.text) && d.bylineHolds(b.text) {
			d.remove(i, ReasonBio)
		} else if name, phone, ok := cutAny(b.text, " • ", " | "); ok && b.nw <= 8 && isNameLine(name) && phoneNumber(phone) && d.bylineHolds(name) {
			d.remove(i, ReasonBio)
			if n := d.nextNonEmpty(i); n > 0 && d.blocks[n].kept() && handleOn(d.blocks[n].low) {
				d.remove(n, ReasonBio)
			}
		}
	}
}

// cutAny cuts s around the first of seps found in it.
func cutAny(s string, seps ...string) (before, after string, found bool) {
	for _, sep := range seps {
		if before, after, found = strings.Cut(s, sep); found {
			return before, after, true
		}
	}
	return s, "", false
}

// phoneNumber reports whether s is a telephone number alone: ten digits or
// more, with spaces, dashes, dots, parentheses or a plus between them.
func phoneNumber(s string) bool {
	n := 0
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r >= '0' && r <= '9':
			n++
		case strings.ContainsRune(" -.()+", r):
		default:
			return false
		}
	}
	return n >= 10 && n <= 13
}

// handleOn reports whether a lower-cased line is a writer's handle and the
// network it is on: "@karalindqvist on x", "@jdoe on twitter".
func handleOn(lw string) bool {
	h, net, ok := strings.Cut(lw, " on ")
	return ok && strings.HasPrefix(h, "@") && !strings.Contains(h, " ") && hasAny("|"+net+"|", "|x|", "|twitter|", "|instagram|", "|threads|", "|bluesky|")
}

// ruleTailNames looks for the author box's name again once the classifier
// has taken the byline the header rules left (the Daily Beast's "Kaitlyn
// Morrow" over "Politics Reporter" under the headline, and alone again at
// the foot over her handle).
//
// The bios there too: a long line kept under them until the classifier
// removed it (a wire's truncated boilerplate, "The Associated Press is an
// independent ...") hid them from ruleAuthorBio, which the rendering leaves
// out and a second cleaning does not (FuzzClean 1caa13d7b1f92b76).
func ruleTailNames(d *doc) {
	tail := trailingStart(d)
	d.tailBios(tail)
	d.tailNames(tail)
}

// bioOverDate reports whether kept block i, a name and what the writer is
// ("Clara Hunt is a writer and editor based in Bristol."), stands over
// the date before the story's prose: UnHerd's byline is its writer's bio.
func (d *doc) bioOverDate(i int) bool {
	f := strings.Fields(d.blocks[i].text)
	return len(f) >= 5 && f[2] == "is" && isNameLine(f[0]+" "+f[1]) && i+1 < len(d.blocks) &&
		d.blocks[i+1].removed == ReasonMetadata && i < d.firstProse()
}

// cardOverDate removes an author's card above the article's date line,
// as CNET prints it under the standfirst: "Dana Whitaker" / "Senior
// Editor" / "Dana Whitaker has reviewed audio gear ..." / "Expertise
// Headphones, Speakers" / the date. The name, the role, the bio opening
// with the name, a short label at most between it and the date; it
// reports whether it did.
func (d *doc) cardOverDate(i int) bool {
	if i < 2 || i+2 >= len(d.blocks) {
		return false
	}
	n, r, b := d.blocks[i-2], d.blocks[i-1], d.blocks[i]
	// (the line opening on the name first: few do)
	if !wordPrefix(b.text, n.text) || !r.kept() || r.nw > 4 || endsSentence(r.text) || !hasRoleWord(r.low) || !n.kept() || !isNameLine(n.text) {
		return false
	}
	end := i + 1
	if l := d.blocks[end]; l.kept() && l.nw <= 6 && !endsSentence(l.text) {
		end++
	}
	if d.blocks[end].removed != ReasonMetadata {
		return false
	}
	for x := i - 2; x < end; x++ {
		d.remove(x, ReasonMetadata)
	}
	// and the lead picture's credit to the writer: "Dana Whitaker/CNET"
	for x := end + 1; x < len(d.blocks) && x <= end+6; x++ {
		if c := d.blocks[x]; c.kept() && c.nw <= 4 && strings.HasPrefix(c.text, n.text+"/") {
			d.remove(x, ReasonCredit)
		}
	}
	return true
}

// siteWriter reports whether kept block b says what a writer does at the
// page's site, a name opening it: "Kyle Wiggers is a senior reporter at
// TechCrunch with ..." on a page whose title line names TechCrunch ("...
// for TechCrunch", "... editor of TechCrunch").
func (d *doc) siteWriter(b *block) bool {
	site := d.titleSite()
	if site == "" {
		return false
	}
	f := strings.Fields(b.text)
	// (or what the writer covers: "Anna Whitfield covers City Hall ...
	// for The Kansas City Star.")
	if len(f) < 4 || !isNameLine(f[0]+" "+f[1]) || !jobLine(b) && f[2] != "covers" && f[2] != "reports" && f[2] != "writes" {
		return false
	}
	site = strings.TrimPrefix(lower(site), "the ")
	// and Notes from Poland's "Daniel Tilles is editor-in-chief of Notes
	// from Poland.", a paper's name after its article: "... for The
	// Kansas City Star", its title line's "Kansas City Star"
	return b.has(" at "+site) || b.has(" for "+site) || b.has(" of "+site) || b.has(" at the "+site) || b.has(" for the "+site) || b.has(" of the "+site)
}

// cardOfByline reports whether kept block i, a bio opening with a first
// name, sits under an author card's name line that the article's byline
// holds, the writer's role between them or not: Ars Technica's "Jon
// Brodkin" / "Senior IT Reporter" / "Jon is a Senior IT Reporter for Ars
// Technica. ..." under the byline "Jon Brodkin – Dec 2, 2026 2:15 PM".
func (d *doc) cardOfByline(i int, first string) bool {
	for p := i - 1; p >= 0 && p >= i-2; p-- {
		pb := d.blocks[p]
		if !pb.kept() {
			return false
		}
		if isNameLine(pb.text) && containsWord(pb.low, first) {
			return d.bylineHolds(pb.text)
		}
		if p < i-1 || pb.nw > 4 || endsSentence(pb.text) || !hasRoleWord(pb.low) {
			return false
		}
	}
	return false
}

// titleSite returns the site's name the page's title line gives
// ("Headline | Site"), or "". An imported HTML page's headline stands
// alone; the line app/ingest writes under it names the site ("Published in
// Kansas City Star on 2026-12-05").
func (d *doc) titleSite() string {
	if d.site != "" {
		return d.site
	}
	if len(d.blocks) == 0 || d.blocks[0].kind != "title" {
		return ""
	}
	if d.imported() {
		site, _ := strings.CutPrefix(d.blocks[1].text[:len(d.blocks[1].text)-len(" on 2026-12-05")], "Published in ")
		return strings.TrimPrefix(site, "Published")
	}
	_, site := d.pageTitle().parts()
	return site
}

// cardAbove removes the lines right above block p that repeat the author
// card's lines p to i-1 (a site that renders the card twice: "Jon
// Brodkin" / "Senior IT Reporter" / "Jon Brodkin" / "Senior IT Reporter").
func (d *doc) cardAbove(p, i int) {
	n := i - p
	if n < 1 || p-n < 0 {
		return
	}
	for x := 0; x < n; x++ {
		if a := d.blocks[p-n+x]; !a.kept() || a.text != d.blocks[p+x].text {
			return
		}
	}
	for x := p - n; x < p; x++ {
		d.remove(x, ReasonBio)
	}
}

// endsWithEmail reports whether text ends with an address to write to, as
// a bio may: "... Reach him via email: bspurr@thestar.ca".
func endsWithEmail(text string) bool {
	k := strings.LastIndexByte(text, ' ')
	return k > 0 && isEmail(strings.TrimRight(text[k+1:], "."))
}

// endsWithHandle reports whether text ends on a social handle after its
// label: Foreign Policy's bio "... national security reporter. X:
// @jdenton".
func endsWithHandle(text string) bool {
	k := strings.LastIndexByte(text, ' ')
	return k > 0 && strings.HasPrefix(text[k+1:], "@") && strings.HasSuffix(text[:k], ":")
}

// roleCues are the roles jobLine reads, as the words of a line hold them.
var roleCues = matcherOf("reporter|correspondent|writer|editor|producer|journalist|columnist|fellow|analyst|researcher|professor|scholar|historian|economist")

// jobLine reports whether a block says what a writer does within its first
// words: "Jane Smith is a congressional reporter for ...".
func jobLine(b *block) bool {
	if !roleCues.anyIn(b) {
		return false // no role's word anywhere: most lines
	}
	is := false
	rest := b.low
	for range 10 { // the first ten words as strings.Fields splits them, not a paragraph's all
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
		if rest == "" {
			break
		}
		k := strings.IndexFunc(rest, unicode.IsSpace)
		if k < 0 {
			k = len(rest)
		}
		w := strings.Trim(rest[:k], ",.")
		rest = rest[k:]
		if k := strings.IndexByte(w, '-'); k > 0 {
			w = w[:k] // "editor-in-chief"
		}
		switch w {
		case "is", "was", "has": // "... has over four years of experience as a journalist"
			is = true
		case "reporter", "correspondent", "writer", "editor", "producer", "journalist", "columnist", "fellow",
			"analyst", "researcher", "professor", "scholar", "historian", "economist": // a think tank's writers
			if is {
				return true
			}
		}
	}
	return false
}

// bylineNames reports whether text opens with the two capitalised words of
// a name that a byline of the article ("By Jane Smith Fox News") holds.
func (d *doc) bylineNames(text string) bool {
	f := strings.Fields(text)
	if len(f) < 3 || !startsUpper(f[0]) || !startsUpper(f[1]) {
		return false
	}
	return d.bylineHolds(f[0] + " " + f[1])
}

// bylineHolds reports whether a byline of the article (a short metadata
// line) holds name.
func (d *doc) bylineHolds(name string) bool {
	name = strings.ToLower(name)
	for _, b := range d.blocks {
		if b.removed == ReasonMetadata && b.nw <= 16 && b.has(name) && (!strings.HasSuffix(b.low, ".") || strings.HasPrefix(b.low, "by ")) {
			return true
		}
	}
	return false
}

// containsWord reports whether the space-separated words of s include w.
func containsWord(s, w string) bool {
	if index(s, w) < 0 {
		return false // no field to split: a field trimmed to w is in s
	}
	for f := range strings.FieldsSeq(s) {
		if strings.Trim(f, ",.;:()") == w {
			return true
		}
	}
	return false
}

// isNameLine reports whether s is a bare personal name: two to four words,
// each capitalised, letters, hyphens, apostrophes and initials only.
func isNameLine(s string) bool {
	var buf [5]string
	f := parse.AppendFields(buf[:0], s, len(buf)) // five: more than a name's
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	for i, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			// a particle inside: "Sanne de Vries", "Ursula von der Leyen"
			if i > 0 && i < len(f)-1 && nameParticles[w] {
				continue
			}
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.' {
				return false
			}
		}
	}
	return true
}

// nameParticles are the small words inside a name (isNameLine).
var nameParticles = setOf("de van von der den da di del dos du ten ter la le")

// trailingStart returns the index after the article's last kept paragraph of
// more than 15 words: the end matter starts there.
//
//go:noinline
func trailingStart(d *doc) int {
	for i := len(d.blocks) - 1; i >= 0; i-- {
		if b := d.blocks[i]; b.kept() && b.nw > 15 {
			return i + 1
		}
	}
	return 0
}

// paywallCues are phrases only subscription and membership pitches use.
var paywallCues = matcherOf("unlimited access|get full access|full access to|ad-free|distraction-free|no ads.|" +
	"for less than $|/week|/month|subscribe to read|to read the full story|to continue reading|" +
	"already a subscriber|free trial|premium content|members-only|member-only|for subscribers|" +
	"subscriber-only|subscribers only|for members only|start your subscription|cancel anytime|become a member|" +
	"become a subscriber|free articles|free article|articles remaining|" +
	"articles left this month|stories remaining|paid subscriber|available to subscribers|" +
	"subscribers can read|subscribers can gift|log in below|login below|sign in below|" +
	"subscribe today!|available exclusively to|have an account? log in|" +
	"already have an account? log in|keep reading with|continue reading with|" +
	"subscribe to keep reading|subscribe to continue|" +
	// An offer page in place of the article: "Keep reading for $1",
	// "Explore more offers.", "Complete digital access to quality FT
	// journalism ...", "Check whether you already have access via your
	// university or organisation.", "Discover all the plans currently
	// available in your country".
	"keep reading for $|keep reading for £|keep reading for €|more offers|" +
	"complete digital access|already have access via|all the plans|pay to read|" +
	"per month. complete|subscribe to unlock|" +
	// The Japan Times' comment box: "With your current subscription plan you
	// can comment on stories. However, ... your subscriber account page."
	"your current subscription|subscriber account|" +
	// Caixin's "Unlock exclusive discounts with a Caixin group subscription".
	"group subscription|" +
	// Postmedia's: "You can save this article by registering for free
	// here.", "Exclusive articles by ...", "Unlimited online access to ...".
	"by registering for free|exclusive articles by|unlimited online access|" +
	"subscribe for as little as") // The Citizen's "... Subscribe for as little as R50 per month."

// rulePaywall removes the lines of a subscription or membership pitch ("Get
// unlimited access to the best of Medium for less than $1/week.", "Subscribe
// to NK Pro to read the full story"): a short block with one of the pitch's
// phrases and an imperative or offer shape.
func rulePaywall(d *doc) {
	for i, b := range d.blocks {
		if !b.kept() || b.nw > 60 || b.kind == "title" {
			continue
		}
		m := paywallCues.maskIn(b, false)
		if m == 0 && !priceOffer(b.low, b.nw) && !accessPitch(b.low) || d.titleEchoed(i) {
			continue // (the headline the title line holds is the story's: "Dockside Monthly Passes 3,000 Paid Subscribers")
		}
		if b.nw > 30 && bits.OnesCount64(m) < 2 && !(b.nw <= 50 && accessPitch(b.low)) {
			// A longer pitch tells two of its offers (the Scotsman's "Did
			// you know with a Digital Subscription to The Scotsman, you
			// can get unlimited access to the website including our
			// premium content, ...") or opens with a call to subscribe to
			// get access (accessPitch).
			continue
		}
		// A pitch addresses the reader or is a slogan, not a report about a
		// company's subscriptions: no quote, no "said".
		if hasQuote(b.text) || b.hasAny(" said", " says", " told ") {
			continue
		}
		d.remove(i, ReasonDonation)
	}
	appealLeadIns(d)
}

// accessPitch reports whether a lower-cased line opens with a call to
// subscribe to a product that gives access, as the Inquirer's "Subscribe
// to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other
// 70+ titles, ...".
func accessPitch(low string) bool {
	return strings.HasPrefix(low, "subscribe to ") && strings.Contains(low, " to get access")
}

// priceOffer reports whether a short lower-cased line is a subscription's
// price: "$45 per month", "Only $1 for 4 weeks", "£2.99 a week". The price
// opens it, or follows "only", "then", "just", "from" or "for".
func priceOffer(low string, nw int) bool {
	if nw > 8 {
		return false
	}
	k := currencyAt(low)
	if k < 0 {
		return false
	}
	switch strings.TrimSpace(low[:k]) {
	case "", "only", "then", "just", "from", "for":
	default:
		return false // "Rents rose to $2,000 a month.": the article's
	}
	rest := low[k:]
	if _, n := utf8.DecodeRuneInString(rest); n < len(rest) && (rest[n] < '0' || rest[n] > '9') {
		return false
	}
	return hasAny(low, " per month", " per week", " per year", " a month", " a week", " a year", " weeks", " months") && !strings.Contains(low, " said")
}

// currencyAt returns the index of the first "$", "£" or "€" in s, or -1:
// one pass of bytes (the signs' lead bytes first), not IndexAny's search of
// the set for each rune nor IndexFunc's decoding of each.
func currencyAt(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '$':
			return i
		case 0xc2: // "£" is C2 A3
			if i+1 < len(s) && s[i+1] == 0xa3 {
				return i
			}
		case 0xe2: // "€" is E2 82 AC
			if i+2 < len(s) && s[i+1] == 0x82 && s[i+2] == 0xac {
				return i
			}
		}
	}
	return -1
}

// appealLeadIns removes the line that leads into a subscription or donation
// appeal the rules above removed ("In a time of both misinformation and too
// much information, quality journalism is more crucial than ever." over "By
// subscribing, you can help us get the story right."; "... shut down our
// sources of funding. Meduza's survival depends on your help." over "Support
// Meduza"): a short paragraph about journalism, or asking for money in two
// ways, right over the appeal's first line.
func appealLeadIns(d *doc) {
	for i := 1; i < len(d.blocks); i++ {
		b, p := d.blocks[i], d.blocks[i-1]
		if callToJoin(b) && p.kept() && p.kind == "paragraph" && p.nw <= 30 && appealScore(p) >= 2 && !hasQuote(p.text) {
			// "Kyiv Post has been covering Ukraine since 1995. Your
			// support helps us stay independent." over "Join Kyiv Post".
			d.remove(i-1, ReasonDonation)
			d.remove(i, ReasonDonation)
			continue
		}
		// Stuff's "Stuff's journalism is free to read, but not free to
		// produce. Support Stuff by making a contribution today." over
		// its "Contribute" button.
		if (b.removed == ReasonDonation || b.removed == ReasonNewsletter || b.removed == ReasonCrumb && donateButtons[b.k]) && p.kept() && p.kind == "paragraph" && p.nw <= 30 &&
			(strings.Contains(p.low, "journalism") || appealScore(p) >= 2) && !hasAny(p.low, " said", " says", " told ") {
			// (quotes around a label are no speech: Mediazona's "We were
			// labeled a “foreign agent” ... Your donations help us keep
			// working." over "Donate")
			d.remove(i-1, ReasonDonation)
		}
		// The appeal's label: the Kyiv Independent's "Note from the
		// author:" over "Hi, this is ...".
		if b.removed == ReasonDonation && p.kept() && p.nw <= 5 && strings.HasSuffix(p.text, ":") {
			d.remove(i-1, ReasonDonation)
		}
	}
}

// ruleTrailingBox removes a short line left between two removed lines of end
// matter (appeal, newsletter, crumb, share, navigation, related or metadata;
// below the line, an advertisement's label too: Ukrainska Pravda's tags
// between its appeal and "Advertisement:"), after the article's last long
// paragraph: the unlabelled text of a box
// ("Organize your knowledge with lists and highlights." between membership
// buttons, an author's one-line bio between "312 Followers" and "Help"), or a
// run of up to eight link-like lines (at most four words, no full stop) in a
// footer menu ("Culture", "Music", "Podcasts & Shows" between "News" and
// "Terms of Use").
func ruleTrailingBox(d *doc) {
	tail := trailingStart(d)
	if tail == 0 {
		return
	}
	endMatter := func(r string) bool {
		switch r {
		case ReasonDonation, ReasonNewsletter, ReasonCrumb, ReasonShare, ReasonNav, ReasonRelated, ReasonMetadata, ReasonCopyright, ReasonCookie:
			return true
		}
		return false
	}
	for i := tail; i < len(d.blocks); i++ {
		b := d.blocks[i]
		if !b.kept() || b.nw > 12 || b.md {
			continue
		}
		prev := ""
		for p := i - 1; p >= 0; p-- {
			if r := d.blocks[p].removed; r != ReasonEmpty {
				prev = r
				if d.blocks[p].k == "article content" {
					prev = "label" // Postmedia's label over each of the article's paragraphs: no end matter
				}
				break
			}
		}
		// Right under the last long paragraph, only a run of link-like
		// lines a share row or a list closes: the Lowy Interpreter's
		// topics ("Australia" / "Southeast Asia" / "Timor-Leste" over
		// "Share").
		under := prev == "" && i == tail
		if !endMatter(prev) && !under {
			continue
		}
		// The run of kept lines from i, and what closes it.
		end, next, n := i, "", 0
		linkLike := true
		for j := i; j < len(d.blocks); j++ {
			r := d.blocks[j].removed
			if r == ReasonEmpty {
				continue
			}
			if r != "" {
				next = r
				break
			}
			nb := d.blocks[j]
			if n++; n > 8 || nb.nw > 12 || nb.md {
				next = "kept"
				break
			}
			if nb.nw > 4 || endsSentence(nb.text) || under && strings.Contains(strings.TrimSuffix(nb.text, ":"), ":") {
				linkLike = false // (a topic has no colon: "Philip Karlberg: Plaza Figurines" is a picture's)
			}
			end = j
		}
		if next == "" && n > 1 && linkLike && !under {
			next = prev // links to the page's end: allAfrica's topics under its notes
		}
		if !endMatter(next) && next != ReasonAd || n > 1 && !linkLike || under && (n < 2 || !linkLike || next != ReasonShare && next != ReasonRelated) {
			continue
		}
		if under {
			prev = ReasonTags
		}
		// A sentence after a one-line teaser ("Read more: ...") or a
		// sign-up box is the article going on: teasers and boxes sit
		// between paragraphs (the Mirror's box over "West Yorkshire
		// Police said it was investigating.").
		if n == 1 && (prev == ReasonRelated || prev == ReasonNewsletter) && endsSentence(d.blocks[i].text) && d.blocks[i].nw >= 6 {
			continue
		}
		for j := i; j <= end; j++ {
			d.remove(j, prev)
		}
		i = end
	}
}

// titleEcho reports whether line is the headline part of the page title
// line t: t is the line and more on either side of a title separator, the
// site's name and section labels ("Madonna spends NY in India - ABC News
// (Australian Broadcasting Corporation)", "KalingaTimes.com: Move over Orkut,
// here comes India's BigAdda", "Northwest Herald - Local News - To USC,
// Williams poses threat"). site is the site's name when the rest, or its part
// next to the line, reads as one (see siteName), else "". The line is three
// words or more, and without a name beside it, longer than the rest: a blog's
// title line ("Life as a Healthcare CIO: On the Road in China") holds the
// blog's name and a post's title, which is no name.
func titleEcho(t, line string) (site string, ok bool) {
	ts := titleSplit{t: t}
	return ts.echo(line)
}

// titleOf returns the titleSplit of the title line t: the page's own,
// split once, when t is the text of its first line.
func (d *doc) titleOf(t string) *titleSplit {
	if len(d.blocks) > 0 && d.blocks[0].text == t {
		return d.pageTitle()
	}
	return &titleSplit{t: t}
}

// titleSplit is a page title line and its parts (splitTitle), split on
// first use: a page's lines are matched against its title one by one.
type titleSplit struct {
	t, head, site string
	split         bool
	key           string // textKey(head), once keyed
	keyed         bool
}

// parts returns the title line's headline and site parts (splitTitle),
// split on first use.
//
//go:noinline
func (ts *titleSplit) parts() (head, site string) {
	if !ts.split {
		ts.head, ts.site = splitTitle(ts.t)
		ts.split = true
	}
	return ts.head, ts.site
}

// headKey returns textKey of the title line's headline part, made on
// first use (rules compare it with line after line).
func (ts *titleSplit) headKey() string {
	if !ts.keyed {
		head, _ := ts.parts()
		ts.key, ts.keyed = textKey(head), true
	}
	return ts.key
}

// echo is titleEcho(ts.t, line).
func (ts *titleSplit) echo(line string) (site string, ok bool) {
	t := ts.t
	if len(line) >= len(t) || blockWords(line) < 3 {
		return "", false
	}
	if head, s := ts.parts(); s != "" && strings.EqualFold(line, head) {
		return s, true
	}
	for _, sep := range echoSeparators {
		var other, near, far string // far: the part at the title's other end
		switch {
		case len(t) > len(line)+len(sep) && strings.EqualFold(t[:len(line)], line) && t[len(line):len(line)+len(sep)] == sep:
			other = strings.TrimSpace(t[len(line)+len(sep):])
			near, far = other, other
			if k := strings.Index(other, sep); k > 0 {
				near = other[:k]
				far = other[strings.LastIndex(other, sep)+len(sep):]
			}
		case len(t) > len(line)+len(sep) && strings.EqualFold(t[len(t)-len(line):], line) && t[len(t)-len(line)-len(sep):len(t)-len(line)] == sep:
			other = strings.TrimSpace(t[:len(t)-len(line)-len(sep)])
			near, far = other, other
			if k := strings.LastIndex(other, sep); k > 0 {
				near = other[k+len(sep):]
				far = other[:strings.Index(other, sep)]
			}
		default:
			continue
		}
		if name := siteName(other); name != "" {
			return name, true
		}
		if name := siteName(strings.TrimSpace(near)); name != "" && near != other {
			return name, true
		}
		// The site's name at the title's other end, a section's long
		// label between ("Northwest Herald - Local News and Video for
		// McHenry County, Illinois - To USC, Williams poses threat").
		if name := siteName(strings.TrimSpace(far)); name != "" && far != other && sep != ": " && namesSection(near) {
			return name, true
		}
		if words(line) >= 5 && words(line) > words(other) {
			return "", true
		}
	}
	// A kicker's colon in the title line's headline part, which the
	// rendering writes as its title: "0 0 - Kicker: Headline" over
	// "Headline" is read as a cleaning of the rendering reads "Kicker:
	// Headline" over it, the line longer than the kicker (FuzzClean
	// a564a7511a1e9ea0).
	if head, s := ts.parts(); s != "" && len(head) > len(line)+2 {
		k := len(head) - len(line)
		if head[k-2:k] == ": " && strings.EqualFold(head[k:], line) && words(line) >= 5 && words(line) > words(head[:k-2]) {
			return s, true
		}
	}
	return "", false
}

// namesSection reports whether a part of a title line names one of the
// site's sections ("Local News and Video for McHenry County").
func namesSection(part string) bool {
	for _, w := range strings.Fields(strings.ToLower(part)) {
		if sectionWords[strings.Trim(w, ",.:;")] {
			return true
		}
	}
	return false
}

// echoSeparators are the separators titleEcho splits a title line at.
var echoSeparators = append(titleSeparators[:len(titleSeparators):len(titleSeparators)], ": ", "_", "｜")

// siteName returns s when it reads as a site's name: a domain
// ("KalingaTimes.com") or a proper name of at most six words and not a
// section label, a bracket after it aside ("ABC News (Australian
// Broadcasting Corporation)"); else "".
func siteName(s string) string {
	if !strings.Contains(s, " ") && strings.Count(s, ".") >= 1 && len(s) >= 5 {
		return s
	}
	name := s
	if k := strings.Index(s, " ("); k > 0 && strings.HasSuffix(s, ")") {
		name = s[:k]
	}
	if r, _ := utf8.DecodeRuneInString(name); !unicode.IsLetter(r) {
		return "" // a date or a count ("1/21/2008")
	}
	if words(name) > 6 || kickers[strings.ToLower(name)] || properName(name) != name {
		return ""
	}
	return s
}

// mastheadAbove reports whether a line between the title line and block j
// reads site: the masthead, which the page's foot may repeat (Nikkei Asia's
// "Nikkei Asia" over its paywall) without making it a headline.
func mastheadAbove(d *doc, j int, site string) bool {
	for _, b := range d.blocks[1:j] {
		if strings.EqualFold(b.text, site) {
			return true
		}
	}
	return false
}

// lineBelow reports whether one of the lines after block j reads text: a
// blog's name above its post's title, which the title line holds both of.
//
//go:noinline
func lineBelow(d *doc, j int, text string) bool {
	return indexBelow(d, j, text) >= 0
}

// indexBelow returns the first of the lineBelowSpan lines after block j
// that reads text, or -1.
func indexBelow(d *doc, j int, text string) int {
	for k := j + 1; k < len(d.blocks) && k <= j+lineBelowSpan; k++ {
		if strings.EqualFold(d.blocks[k].text, text) {
			return k
		}
	}
	return -1
}

// lineBelowSpan is how many lines lineBelow reads.
const lineBelowSpan = 40

// callToJoin reports whether a kept block is an appeal's button: a few
// capitalised words opening with "Join", "Support", "Donate to" or "Become"
// ("Join Kyiv Post", "Become a member").
func callToJoin(b *block) bool {
	return b.kept() && b.nw >= 2 && b.nw <= 4 && !endsSentence(b.text) && hasPrefixAny(b.low, "join ", "support ", "donate ", "become ")
}

// listGoesOn reports whether block j, in the header zone under headline h,
// carries on a kept line on the line right above it, the two set apart
// from the headline by a blank line (their own group): the second of a
// release's highlights ("Revenue rose 14% to $212.4 million" / "Company
// raises full-year outlook"), not a header's label. A page written one
// line a block, all in one group, tells nothing by it.
func (d *doc) listGoesOn(h, j int) bool {
	p := d.blocks[j-1]
	return j-1 > h && p.kept() && p.group == d.blocks[j].group && p.group != d.blocks[h].group
}
