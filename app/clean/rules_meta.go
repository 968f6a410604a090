package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/parse"
)

// metaPrefixes start a metadata line: dates, bylines, wire-service trailers,
// copyright and tag lines.
var metaPrefixes = []string{
	"published:", "published ", "posted:", "posted ", "updated:", "updated ", "last updated",
	"last modified", "first published", "date:", "dated ", "by ", "written by", "words by",
	"reporting by", "(reporting by", "additional reporting by", "editing by", "writing by",
	"compiled by", "edited by", "text by", "story by", "with reporting by", "(with reporting by",
	"with inputs from", "(with inputs from", "with agency inputs", "(with agency inputs", "contributing:",
	"— with assistance from", "-- with assistance from", "--with assistance from", "with assistance from", // Bloomberg's contributors
	"this article appeared in ", "this piece originally appeared", "this piece appeared in ", // the think tanks' notes on where a commentary ran (Cato's, Heritage's)
	"this story can be republished", "use our content", // KFF Health News' republishing note
	"with reports from ", // Mexico News Daily's sources
	"reporting from ", "news provided by", "a version of this article appears in ", "a version of this article appeared ", "© ", "(c) ", "copyright ",
	"tags:", "topics:", "filed under", "categories:", "category:", "keywords:", "source:", "sources:",
	"topic:", "region:", // The National Interest's "Topic: Security" / "Region: Americas"
	"our standards:", "contact the author", "contact:", "email:", "e-mail:", "follow the author",
	"this article was originally published", "this article was first published",
	"this story was originally published", "this article originally appeared",
	"this story originally appeared", "this commentary originally appeared",
	"this article first appeared", "this story first appeared", // The Edge's note on its weekly's issue
	"edited translation from", "read the original article", "this story was originally featured", "originally published", "correction:", "corrections:", "copyright(c)",
	"copyright ©", "this article is more than", "this story has been updated", "this article has been updated",
	"this story was updated", "this article was updated", "this post has been updated",
	"about the author", "about the writer", "sobre la firma", "word count:", "(attn:", "writer:", "author:", "authors:", "article by:", "reported by ", "photos by ", "photos and text by ", "this article was produced by", "this article was produced for", "this story was produced by", "this story was produced for", "photography by ",
	"this article is republished from", "this article was republished from", "republished from ",
	"publié le ", "mis à jour le ", "publicado el ", "actualizado el ", "publicado em ", "atualizado em ",
	"pubblicato il ", "aggiornato il ", "veröffentlicht am ", "aktualisiert am ", "опубликовано ", "обновлено ",
	"автор:", "автори:", "авторы:", "теги:", "тэги:", "мітки:", "метки:", // Ukrainian and Russian bylines and tags
	"translation of an original article", "republish this story", "republish this article",
	"this work is licensed under", "creative commons license", "republish our articles", "thank you for your interest in republishing",
	"our stories may be republished", "this segment aired on ", "audio will be available later today", // States Newsroom's, WBUR's
	"(japanese original by ",                              // the Mainichi's translator's note
	"(this article was written by ",                       // the Asahi Shimbun's
	"interview conducted by ",                             // Der Spiegel's
	"(translated from ",                                   // Nippon.com's "(Translated from Japanese. Banner photo: ...)"
	"if you have a complaint about the editorial content", // a British regulator's (IPSO) note: "..., then please contact the editor here."
	// A partner's credit under the story (The Ferret's "This story was
	// published in partnership with The Herald."), a release's contacts'
	// labels, a reporter's address for feedback (the Fiji Sun's
	// "Feedback: name@fijisun.com.fj"), a fact-checker's offer to
	// republish.
	"this story was published in partnership with", "this article was published in partnership with",
	"this story is published in partnership with", "this article is published in partnership with",
	"this story was produced in partnership with", "this article was produced in partnership with",
	"media contact:", "media contacts:", "investor contact:", "investor contacts:", "press contact:", "press contacts:",
	"feedback:", "republish our content",
}

var metaIndex = indexPrefixes(metaPrefixes)

// tagPrefixes start a line of the site's tags or categories ("Tags: Google,
// Search", "Filed under: Politics"): links to the site's other pages, not
// the article's byline or date, though the metadata rule finds them.
var tagPrefixes = []string{"tags:", "tags ", "tagged:", "tagged ", "topics:", "topic:", "region:", "filed under", "categories:", "category:", "keywords:", "labels:", "теги:", "тэги:", "мітки:", "метки:"}

// isTagLine reports whether a line (lower case) lists tags or categories.
func isTagLine(low string) bool {
	if hasPrefixAny(low, tagPrefixes...) {
		return true
	}
	// "Hot tags: sport, australia, ...", "News Tags: ...", "Post Tags:":
	// a word naming the list before its label.
	k := strings.Index(low, " tags:")
	return k > 0 && k <= 12 && !strings.ContainsRune(low[:k], ' ')
}

// bylineLabels label a byline's name on the line under them ("Text by:").
var bylineLabels = phrases("by|text by|words by|written by|author|authors|reporter|reporters|published by|interview by|review by") // The Citizen's "Published by", Jacobin's "Interview by" over the writer's name

// ruleMetadataLine removes lines that carry metadata rather than text —
// bylines, dates, copyright, tags, wire trailers — so the date and publisher can
// be read from them.
func ruleMetadataLine(d *doc) {
	for i, b := range d.blocks {
		// What a glued date leaves ("2026-12-02 Contact: a@b.org") is
		// read as a cleaning of the rendering sees it (FuzzClean).
		kp := b
		if b.kept() && b.nw <= 40 {
			kp = keptPart(b)
		}
		if b.kept() && !(i == 0 && b.kind == "title" && datedHeadline(b)) && (b.nw <= 40 && (metadataLine(b.text, b.low, b.nw, b.pairs()) || kp != b && metadataLine(kp.text, kp.low, kp.nw, kp.pairs()) ||
			d.placeDateline(i) || d.bylineOfSite(b)) ||
			b.nw <= 80 && hasPrefixAny(b.low, "a version of this article appears in print", "a version of this article appears in the print", "a version of this article appeared in print", "our stories may be republished")) {
			// The print edition's note runs long with its headline: "A
			// version of this article appears in print on Jan. 11, 2026,
			// Section A, Page 4 of the New York edition with the headline:
			// ...", and so does States Newsroom's republishing note with
			// its word on photos and graphics.
			reason := ReasonMetadata
			if isTagLine(b.low) {
				reason = ReasonTags
			} else if copyrightNotice(b) {
				reason = ReasonCopyright
			}
			d.remove(i, reason)
		}
		// Lawfare's partner credit: "Published by The Lawfare Institute"
		// / "in Cooperation With" / "Brookings".
		if b.kept() && b.k == "in cooperation with" && i > 0 && i+1 < len(d.blocks) && strings.HasPrefix(d.blocks[i-1].low, "published by ") &&
			d.blocks[i-1].nw <= 6 && d.blocks[i+1].nw <= 3 {
			d.remove(i-1, ReasonMetadata)
			d.remove(i, ReasonMetadata)
			d.remove(i+1, ReasonMetadata)
		}
		// A byline's label alone, its name under it: "Text by:" /
		// "FRANCE 24"; without its colon, over a person's name (UNITED24
		// Media's author box: "Author" / "Oleksandr Shevchenko"; the NZ
		// Herald's "By" / "Lena Whitford", the name in its own case, not
		// a letter's "TO KEVIN WILLIAMSON").
		if bylineLabels[b.k] && i+1 < len(d.blocks) && (strings.HasSuffix(b.text, ":") || (b.k != "by" || ownCaseName(d.blocks[i+1].text)) && isNameLine(d.blocks[i+1].text)) &&
			d.blocks[i+1].kept() && d.blocks[i+1].nw <= 4 && capitalised(d.blocks[i+1].text) && !endsSentence(d.blocks[i+1].text) {
			d.remove(i, ReasonMetadata)
			d.remove(i+1, ReasonMetadata)
		}
		// The writer's role under the byline: the IISS's "By Henrik
		// Larsen" / "Senior Fellow for European Defence".
		if b.kept() && i > 0 && d.blocks[i-1].removed == ReasonMetadata && strings.HasPrefix(d.blocks[i-1].low, "by ") &&
			isHeaderLine(b) && hasRoleWord(b.low) && capitalised(b.text) {
			d.remove(i, ReasonMetadata)
		}
		// ... or under the name alone, under the date: TheJournal.ie's
		// "Stephen McDermott" / "Fact Check Editor".
		if n := i + 1; b.kept() && i > 0 && n < len(d.blocks) && d.blocks[i-1].removed == ReasonMetadata && b.nw <= 4 && isNameLine(b.text) &&
			d.blocks[n].kept() && isHeaderLine(d.blocks[n]) && hasRoleWord(d.blocks[n].low) && capitalised(d.blocks[n].text) {
			d.remove(i, ReasonMetadata)
			d.remove(n, ReasonMetadata)
		}
		// The Conversation's "Disclosure statement" over the writer's
		// funding: "Maria Rossi receives funding from ...".
		if b.k == "disclosure statement" && i+1 < len(d.blocks) && d.blocks[i+1].nw <= 60 {
			d.remove(i, ReasonMetadata)
			d.remove(i+1, ReasonMetadata)
		}
	}
	// The section's label between the byline and its date: The Star's "by
	// MAURICE ALAL" / "Counties" / "05 December 2026 - 14:10".
	for i, b := range d.blocks {
		if b.kept() && b.nw <= 16 && namesList(b.text) {
			// The writers' names, listed without "By", over the byline's
			// date, above the story: ISW's "Christina Harward, Nate
			// Trotter, and Olivia Gibson" / "December 5, 2026, 6:45 pm
			// ET".
			if n := d.nextNonEmpty(i); n > 0 && d.stampLine(n) && !d.proseAbove(i) {
				d.remove(i, ReasonMetadata)
			}
			continue
		}
		if !b.kept() || b.nw > 2 || endsSentence(b.text) || !capitalised(b.text) {
			continue
		}
		p, n := d.prevNonEmpty(i), d.nextNonEmpty(i)
		if p >= 0 && n > 0 && d.blocks[p].removed == ReasonMetadata && strings.HasPrefix(d.blocks[p].low, "by ") &&
			d.blocks[n].removed == ReasonMetadata && firstDate(d.blocks[n].text) != "" {
			d.remove(i, ReasonMetadata)
		}
	}
}

// proseAbove reports whether a paragraph of the story (twelve words or
// more, ending its sentence) is kept above block i.
func (d *doc) proseAbove(i int) bool {
	for _, p := range d.blocks[:i] {
		if p.kept() && p.kind == "paragraph" && p.nw >= 12 && endsSentence(p.text) {
			return true
		}
	}
	return false
}

// stampLine reports whether block i is a line of the byline's dates: a
// line of eight words at most holding a date, or one the metadata rule
// took.
func (d *doc) stampLine(i int) bool {
	b := d.blocks[i]
	return b.removed == ReasonMetadata || b.nw <= 8 && firstDate(b.text) != ""
}

// nameDashDate reports whether text is a writer's (or an agency's) name, a
// dash and a date, as Ars Technica's byline: "Jon Brodkin – Dec 2, 2026
// 2:15 PM | 112" (the comments' count after the stamp).
func nameDashDate(text string) bool {
	if strings.IndexByte(text, '-') < 0 && strings.IndexByte(text, "–"[0]) < 0 {
		return false // no dash: one fast scan, not three
	}
	for _, sep := range []string{" – ", " — ", " - "} {
		if name, rest, ok := strings.Cut(text, sep); ok {
			n := parse.DateLen(rest)
			// Kyodo's "KYODO NEWS - Dec 2, 2026 - 18:22 | Japan, World":
			// the sections after a bar.
			tail, _, _ := strings.Cut(rest[n:], " | ")
			return n > 0 && isNameLine(name) && timeOnly(tail)
		}
	}
	return false
}

// clockLine reports whether a short line is a time of day on a 12-hour
// clock alone, with its zone, or stamped: a live blog's entries ("10.55am
// AEDT", "Updated at 11.45am AEDT", "9:40 a.m. ET").
func clockLine(text, lw string) bool {
	for _, p := range []string{"updated at ", "updated ", "posted at "} {
		if strings.HasPrefix(lw, p) {
			text, lw = text[len(p):], lw[len(p):]
			break
		}
	}
	n := leadingDigits(lw)
	if n < 1 || n > 2 || len(lw) < n+3 || lw[n] != ':' && lw[n] != '.' || leadingDigits(lw[n+1:]) != 2 {
		return false
	}
	rest := strings.TrimSpace(text[n+3:])
	return hasPrefixAny(lower(rest), "am", "pm", "a.m.", "p.m.") && timeOnly(rest)
}

// timeOnly reports whether what follows a date is a time, a zone or a
// count ("2:15 PM | 112", "7:33 AM ET"), not words ("Hour 2": a podcast's
// episode, "NFL Fantasy Live – November 6, 2012 Hour 2").
func timeOnly(s string) bool {
	for _, f := range strings.Fields(s) {
		switch {
		case !strings.ContainsFunc(f, unicode.IsLetter):
		case hasPrefixAny(lower(f), "am", "pm", "a.m.", "p.m."):
		case len(f) <= 4 && strings.ToUpper(f) == f: // "ET", "GMT"
		default:
			return false
		}
	}
	return true
}

// placeDateline reports whether block i is a dateline's place on a line of
// its own ("ANKARA", "ISLAMABAD:"): a word or three in capitals, right under a metadata
// line (the byline or the date) or the headline, and over the article's
// first paragraph.
func (d *doc) placeDateline(i int) bool {
	b := d.blocks[i]
	// The Express Tribune's "ISLAMABAD:" ends its place with a colon.
	place := strings.TrimSuffix(b.text, ":")
	// The Gulf Daily News' "Manama, Dec. 6": the place and its day; not
	// a weekday and its day ("Monday, October 29", a digest's heading
	// for the day: dev dragnet/R260 kept it under a paragraph and took
	// it right under the title in the rendering).
	if p, md, ok := strings.Cut(place, ", "); ok && b.nw <= 4 && startsUpper(p) && words(md) == 2 && !weekdayWords[lower(p)] {
		if m, _ := datelineMonthDay(md); m > 0 {
			place = strings.ToUpper(p)
		}
	}
	// The New Humanitarian's "ADRE, Chad": the place in capitals, then
	// its country.
	if p, c, ok := strings.Cut(place, ", "); ok && b.nw <= 3 && shouted(p) && words(c) == 1 && capitalised(c) {
		place = p
	}
	if i == 0 || i+1 >= len(d.blocks) || b.nw > 3 || !shouted(place) || !strings.ContainsFunc(place, unicode.IsLetter) ||
		strings.ContainsFunc(place, func(r rune) bool { return !unicode.IsLetter(r) && r != ' ' && r != ',' && r != '.' && r != '-' }) {
		return false
	}
	// An ad marker between ("Advertisement"), which a later rule takes
	// away, is not there for a cleaning of the rendering (FuzzClean), nor
	// is a line removed already: the header zone's menu entry under the
	// place ('AA' / '0 0 0 0 0' / the lede; FuzzClean), read again by
	// ruleDatelineAgain.
	n := i + 1
	for n+1 < len(d.blocks) && (!d.blocks[n].kept() || adMarker(keptPart(d.blocks[n]))) {
		n++
	}
	next := d.blocks[n]
	if !(d.blocks[i-1].removed == ReasonMetadata || d.underHeadline(i) && cityName(place)) || !next.kept() || next.kind != "paragraph" || next.nw < 12 || !endsSentence(next.text) {
		return false
	}
	// Only over the article's first paragraph: "COMMENTS" over the first
	// comment is a heading.
	for _, p := range d.blocks[:i] {
		if p.kept() && p.kind == "paragraph" && p.nw >= 12 && endsSentence(p.text) {
			return false
		}
	}
	return true
}

// ruleDatelineAgain reads the place datelines again once the rules after
// ruleMetadataLine have taken the lines above a short headline (a donation
// appeal over it), and once more when the title is chosen (a section's
// label over it goes then): the headline is then the first line kept, as
// it is in the rendering, where ruleMetadataLine sees it first (FuzzClean:
// 'Support 0' / '0 000000' / 'AA' / ...; '0A' / '00 0 0 A' / 'A' / ...).
func ruleDatelineAgain(d *doc) {
	for i, b := range d.blocks {
		if b.kept() && b.nw <= 3 && b.kind != "title" && d.placeDateline(i) {
			d.remove(i, ReasonMetadata)
		}
	}
}

// editorsNote reports whether text names only who edited or translated
// the story: Euractiv's "[Edited by Nathalie Weatherald]", People's Daily
// Online's "(Web editor: Zhang Kaiwei, Liang Jun)", Radio Free
// Asia's "Translated by Anna Vu. Edited by Malcolm Foster.".
func editorsNote(text string) bool {
	t := strings.Trim(text, "[](). ")
	if !hasPrefixAny(t, editorLabels...) {
		return false // the first sentence names no editor: most lines
	}
	parts := strings.Split(t, ". ")
	for _, p := range parts {
		name, ok := "", false
		for _, l := range editorLabels {
			if name, ok = strings.CutPrefix(p, l); ok {
				break
			}
		}
		if !ok || words(name) > 5 || !isByline(name) {
			return false
		}
	}
	return len(parts) > 0
}

// editorLabels open each sentence of an editors' note (see editorsNote).
var editorLabels = []string{"Edited by ", "Translated by ", "Translation by ", "Copy edited by ", "Produced by ", "Editor: ", "Web editor: "}

// underHeadline reports whether block i sits right under the page's
// headline, the first line or a kept one of five words or more that reads
// as a headline: Japan Today's "TOKYO" under "Tokyo to offer free daycare
// for second children from April".
func (d *doc) underHeadline(i int) bool {
	// The line kept over it, past the lines removed, as the rendering
	// leaves them out (FuzzClean fa5399014371590a: the site's name under
	// the title line, "... - N" over "N" over "A").
	p := i - 1
	for p > 0 && !d.blocks[p].kept() {
		p--
	}
	h := d.blocks[p]
	// The page's first line is its title line even where a date glued to
	// it kept the parse from making it one, as a cleaning of the
	// rendering, which has the date cut, does: when what is left of it
	// reads as a headline (FuzzClean: 'dAte 0000-0-0 A00000 00' over 'A';
	// not '0' over 'A').
	// So is the first line kept, the lines above it gone ('#00000000'
	// over '0 000000' over 'AA'; FuzzClean).
	return h.kept() && !endsSentence(h.text) && (h.kind == "title" || (p == 0 && cutInside(h) || d.firstKept(p)) && parse.LooksLikeHeadline(h.keptText()) ||
		h.nw >= 5 && parse.LooksLikeHeadline(h.text))
}

// cityName reports whether a place in capitals is written as a city's
// name is, letters in one or two words ("TOKYO", "KUALA LUMPUR"), not a
// broadcaster's ("CNN-IBN") nor a wire's credit ("THE ASSOCIATED PRESS").
func cityName(place string) bool {
	return words(place) <= 2 && !strings.ContainsFunc(place, func(r rune) bool { return !unicode.IsLetter(r) && r != ' ' }) &&
		wireNamed(lower(place)) == ""
}

// tipCallIndex holds the openings of a call for tips (see isMetadataLine).
var tipCallIndex = indexPrefixes(strings.Split("have a news tip|got a news tip|have a story tip|got a story tip|do you have a news tip|"+
	"have a confidential tip|got a confidential tip|do you have a tip|have a tip|have you been affected|were you affected|do you have information", "|"))

// contributorNotes credit a report's contributors (see isMetadataLine).
var contributorNotes = matcherOf("contributed to this report|contributed reporting|contributed to this story")

// contactNotes give a reporter's addresses (see isMetadataLine).
var contactNotes = matcherOf(" contact her at | contact him at | contact them at |follow her on |follow him on |follow them on |contact this reporter ")

// isMetadataLine reports whether a whole block is a metadata line.
func isMetadataLine(text, lw string, w int) bool { return metadataLine(text, lw, w, nil) }

// metadataLine is isMetadataLine with the pairs of bytes of lw, or nil (see
// maskWith).
func metadataLine(text, lw string, w int, ps *pairSet) bool {
	if w > 40 || w == 0 {
		return false
	}
	if fourDigits(text) { // a doubled stamp holds a year
		if u := undoubled(text); len(u) < len(text) {
			return isMetadataLine(u, lower(u), words(u))
		}
	}
	if w == 4 && deptLine(lw) {
		return true
	}
	if place, rest, ok := strings.Cut(text, ", "); ok && w <= 14 && words(place) <= 3 && capitalised(place) && hasPrefixAny(lw[len(place)+2:], "updated ", "published ", "posted ") {
		// The Tribune's "Ludhiana, Updated At : 02:15 AM Dec 05, 2026
		// IST": the place, then the stamp.
		return metadataLine(rest, lw[len(place)+2:], words(rest), nil)
	}
	if rest, ok := strings.CutPrefix(text, "| "); ok && w <= 8 && parse.DateLen(rest) > 0 {
		// The date the byline's bar parts from it, on a line of its own:
		// The Salt Lake Tribune's "By Ellen Barrow" / "| Dec. 5, 2026,
		// 4:12 p.m.".
		return metadataLine(rest, lw[2:], w-1, ps)
	}
	if w <= 5 && wordDateAfterNumeric(text) != "" {
		return true // "12/02/2026December 2, 2026": a date in figures and in words, glued
	}
	if n := parse.DateLen(text); n > 0 {
		rest := strings.TrimSpace(text[n:])
		// The Intercept's "December 3 2026, 11:15 a.m.": the time's
		// points end no sentence.
		if rest == "" || rest == "." || words(rest) <= 4 && (!endsSentence(rest) || hasSuffixAny(lw, "a.m.", "p.m.") || clockStop(rest)) || strings.HasSuffix(lw, " ago") ||
			w <= 12 && (holdsAny(lw, ps, "updated", "atualizado", "actualizado", "mis à jour", "modifié", "aktualisiert", "aggiornato") ||
				strings.HasSuffix(lw, " min read") || strings.HasSuffix(lw, " minute read")) {
			// "November 29, 2026 at 9:40 PM UTC · 4 min read".
			return true
		}
		if _, by, ok := strings.Cut(rest, "|"); ok && w <= 12 {
			if name, ok := strings.CutPrefix(strings.TrimSpace(by), "by "); ok && isByline(name) {
				return true // The Copenhagen Post's "December 5th, 2026 2:45 pm| by Søren Vestergaard"
			}
		}
	}
	if holds(lw, ps, "all rights reserved") || strings.HasPrefix(text, "©") {
		return true
	}
	if w <= 14 && len(lw) > 3 && strings.HasPrefix(lw, "le ") && lw[3] >= '0' && lw[3] <= '9' {
		// Le Parisien's "Le 5 décembre 2026 à 14h20, modifié le ...".
		return metadataLine(text[3:], lw[3:], w-1, nil)
	}
	if w <= 8 && strings.Count(text, " - ") == 2 {
		if t := undashedDate(text); t != text {
			return isMetadataLine(t, lower(t), words(t))
		}
	}
	if w <= 4 && clockLine(text, lw) {
		return true
	}
	if w <= 16 && strings.HasPrefix(lw, "this report by ") && contains(lw, " was first published ") {
		return true // The Canadian Press's "This report by The Canadian Press was first published Dec. 4, 2026."
	}
	if strings.HasPrefix(lw, "filed ") && w <= 4 && isTimeLine(strings.TrimPrefix(lw[6:], "at ")) {
		return true // The Marshall Project's "Filed 6:00 a.m."
	}
	if w <= 8 && roleBasedIn(text) {
		return true
	}
	if strings.HasPrefix(lw, "by: ") && w <= 14 && nameDashDate(text[4:]) {
		return true // States Newsroom's "By: Amy Lin - December 2, 2026 5:00 am"
	}
	if strings.HasPrefix(lw, "by ") {
		name, _, _ := strings.Cut(text[3:], " | ")
		if a, e, ok := strings.Cut(text[3:], " edited by "); ok && isByline(a) && isByline(e) {
			return true // Scientific American's "By Jack Tamisiea edited by Sarah Lewin Frasier"
		}
		if who, role, ok := strings.Cut(text[3:], ", "); ok && w <= 20 && isByline(who) && hasPrefixAny(role, "a ", "an ", "the ") && hasRoleWord(lower(role)) {
			return true // Foreign Policy's "By Jack Denton, a Pentagon and national security reporter at Foreign Policy."
		}
		if who, when, ok := strings.Cut(text[3:], " // "); ok && w <= 14 && isByline(who) && hasDate(when) {
			return true // Devex's "By Sara Jerving // 04 December 2026"
		}
		return isByline(text[3:]) || bylineStamped(text[3:]) || isByline(name) && stampLast(text, lw, w, " | ")
	}
	if w <= 14 && nameDashDate(text) {
		return true
	}
	if ps.mayHold(" by ") {
		if k, _, ok := strings.Cut(lw, " by "); ok && kickers[k] {
			return isByline(text[len(k)+4:]) // CSIS's "Commentary by Elena Marsh", CNN's "Analysis by ..."
		}
	}
	if w <= 14 && strings.IndexByte(text, '/') >= 0 {
		if _, r, ok := strings.Cut(text, " / By "); ok {
			// L'Orient Today's "L'Orient Today / By Nada Maucourant, 02
			// December 2026 10:00": the site, then the byline.
			return isMetadataLine("By "+r, "by "+lower(r), words(r)+1)
		}
	}
	// "Por Carla Menezes — Santa Luzia do Norte" (Spanish, Portuguese),
	// "Par ..." (French), "Von ..." (German), "di ..." (Italian), "door
	// ..." (Dutch); and Libération's "par Julie Moreau, correspondante à
	// Nantes": the name, then the reporter's post.
	if k := strings.IndexByte(lw, ' '); k > 0 && k <= 4 && hasPrefixAny(lw, "por ", "par ", "von ", "di ", "door ") && w <= 10 {
		who, _, post := strings.Cut(text[k+1:], ", ")
		return isByline(text[k+1:]) || post && !endsSentence(text) && isByline(who)
	}
	// Kompas' "Penulis Budi Santoso | Editor Siti Rahmawati": the writer
	// ("penulis"), a name, and the editor.
	if rest, ok := strings.CutPrefix(lw, "penulis "); ok && w <= 10 {
		who, _, _ := strings.Cut(text[len(lw)-len(rest):], " | ")
		return isByline(who)
	}
	// Law360's "--Editing by Jay Jackson Jr." under the story: the desk's
	// credit after a dash.
	if t := strings.TrimLeft(lw, "-–— "); len(t) < len(lw) && w <= 14 && hasPrefixAny(t, "editing by ", "reporting by ", "additional reporting by ", "writing by ") {
		return true
	}
	for _, p := range metaIndex.of(lw) {
		if strings.HasPrefix(lw, p) {
			switch p {
			case "published ", "posted ", "updated ", "dated ", "publié le ", "mis à jour le ", "publicado el ", "actualizado el ",
				"publicado em ", "atualizado em ", "pubblicato il ", "aggiornato il ", "veröffentlicht am ", "aktualisiert am ",
				"опубликовано ", "обновлено ":
				// "Published in Dawn": a masthead's line, or the one
				// app/ingest writes for a page's og:site_name
				return hasDate(text) || holds(lw, ps, " ago") || isTimestampLine(lw, w, ps) ||
					// Blogger's "Posted by Tom Harker at 8:15 PM" under the post
					p == "posted " && strings.HasPrefix(lw, "posted by ") && w <= 10 && isByline(text[len("posted by "):]) ||
					p == "published " && strings.HasPrefix(lw, "published in ") && w <= 7 && !endsSentence(text) && startsUpper(text[len("published in "):])
			case "source:", "sources:":
				return w <= 8
			case "reporting from ":
				// "Reporting from Santiago, Chile"; "Reporting from the
				// front line is dangerous, she said." is a sentence
				return w <= 6 && !endsSentence(text)
			case "correction:", "corrections:":
				return false
			}
			return w <= 30 || hasPrefixAny(lw, "copyright", "this article", "this story", "originally", "our stories")
		}
	}
	// A byline and its outlet split by a middle dot: "Peter Zimonjic · CBC
	// News".
	if w <= 8 {
		if name, outlet, ok := strings.Cut(text, " · "); ok && isNameLine(name) &&
			(paperShaped(outlet) || wireNamed(lower(strings.TrimSpace(outlet))) != "") {
			return true
		}
	}
	// A byline and its date split by a bar: "Ahmet Gencturk |02.12.2026 -
	// Update : 02.12.2026".
	// A comment's signature has more ("Matt Jaycox | November 9, 2012
	// 12:13 AM | Reply"): the comment rules read it.
	if name, rest, ok := strings.Cut(text, "|"); ok && w <= 12 && !contains(rest, "|") && !holds(lw, ps, "reply") &&
		(isNameLine(strings.TrimSpace(name)) || bylineInScript(name)) && hasDate(rest) {
		return true
	}
	if stampLast(text, lw, w, " / ") {
		return true
	}
	// "Write to Nick Timiraos at nick.timiraos@wsj.com"; "Appeared in the
	// December 3, 2026, print edition as 'Fed Signals Another Cut'."
	if w <= 12 && hasPrefixAny(lw, "write to ", "reach ") && holds(lw, ps, "@") || // Hearst's "Reach Nina Alvarez: nina.alvarez@sfchronicle.com"
		// Advance Local's "Ryan Kessler may be reached at rkessler@...",
		// "-- Tom Becker covers Portland City Hall. Reach him at ...".
		w <= 30 && holds(lw, ps, "@") && holdsAny(lw, ps, "reach him at ", "reach her at ", "reach them at ", "may be reached at ", "can be reached at ") && !hasQuote(text) ||
		w <= 30 && strings.HasPrefix(lw, "appeared in the ") && holds(lw, ps, "print edition") ||
		w <= 40 && hasPrefixAny(lw, "this article appeared in", "this article appears in") && holdsAny(lw, ps, "print edition", "print issue") { // IEEE Spectrum's "... in the February 2027 print issue as ..."
		return true
	}
	// A call for tips with the newsroom's address: "Have a news tip? Email
	// news@courier.example or call 555-0142.", "Have you been affected by
	// waiting times? Email ...".
	if w <= 30 && tipCallIndex.any(lw) &&
		(holds(lw, ps, "@") || holds(lw, ps, "email") || holds(lw, ps, "contact") ||
			holds(lw, ps, "we want to hear from you") || holds(lw, ps, "get in touch") || holds(lw, ps, "submit it")) {
		// and Bloomberg's "Have a confidential tip for our reporters? Get
		// in Touch"
		return true
	}
	// A newsroom's call for stories closing a regional page: "... or tell
	// us about a story you think we should be covering here.", "Send your
	// story ideas to ...".
	if w <= 40 && holdsAny(lw, ps, "story you think we should be covering", "send your story ideas") {
		return true
	}
	// A syndication notice: "(Except for the headline, this story has not
	// been edited by NDTV staff and is published from a syndicated feed.)"
	if w <= 40 && holds(lw, ps, "from a syndicated feed") {
		return true
	}
	// A copyright notice: "No part of this content may be reproduced ...
	// without prior written permission".
	if w <= 40 && (holds(lw, ps, "may not be reproduced") || holds(lw, ps, "may be reproduced") && holds(lw, ps, "without")) {
		return true
	}
	// Contributor and contact lines: "Jane Doe contributed to this report.",
	// "John Smith can be reached at ...", obfuscated addresses, hashtags.
	if w <= 30 && (contributorNotes.maskWith(lw, ps, false) != 0 ||
		w <= 10 && withFilesFrom(lw) ||
		holds(lw, ps, " can be reached at ") || w <= 10 && holds(lw, ps, "[email protected]")) {
		return true
	}
	if w <= 16 && editorsNote(text) {
		return true
	}
	// A reporter's contact line, as the USA Today network's papers close
	// a story: "Contact Dan Whitley at dw@... or 555-0142.", "Reach Maria
	// Ortiz at ...", "... covers schools. Contact her at ... or follow her
	// on X @handle."
	// Caixin's "Contact reporter Han Wei (weihan@caixin.com) and editor
	// ..."; Daily NK's "Please direct any comments or questions about
	// this article to ...@...".
	if holds(lw, ps, "@") && (hasPrefixAny(lw, "contact ", "reach ") && holdsAny(lw, ps, " at ", " (") ||
		strings.HasPrefix(lw, "please direct ") || contactNotes.maskWith(lw, ps, false) != 0) {
		return true
	}
	if w <= 4 && strings.HasPrefix(text, "#") && !strings.HasPrefix(text, "# ") && !codeDirective(text) {
		return true
	}
	// KCNA's address and its stamp in the Juche calendar: "www.kcna.kp
	// (Juche115.12.2.)".
	if w == 2 && strings.HasPrefix(lw, "www.") && holds(lw, ps, "(juche") {
		return true
	}
	// "3 hours ago", "Updated 2 hours ago", Torstar's "Article was updated
	// 3 hrs ago".
	if (w <= 4 || w <= 6 && contains(lw, "updated ")) && strings.HasSuffix(lw, " ago") || w <= 6 && relativeStamp(lw) {
		return true
	}
	// A bare URL or e-mail address, or an embedded post's picture link.
	// (The address after a dash, as New Era signs its stories off: "–
	// name@paper.com.na".)
	if w == 2 && hasPrefixAny(lw, "– ", "— ", "- ") && isEmail(lw[strings.IndexByte(lw, ' ')+1:]) {
		return true
	}
	if w == 1 && (strings.HasPrefix(lw, "http://") || strings.HasPrefix(lw, "https://") || strings.HasPrefix(lw, "www.") ||
		strings.HasPrefix(lw, "pic.twitter.com/") || strings.Count(lw, "@") == 1 && holds(lw, ps, ".")) {
		return true
	}
	return isPostSignature(text, w) || isTimestampLine(lw, w, ps) || isDatedLabel(text, lw, w) || wireDateline(text, w) || gluedByline(text, w)
}

// relativeStamp reports whether the lower-case line lw says how long ago
// a story was published in another language than English, a number of
// minutes, hours or days: "Publisert for 2 timer siden", "vor 2 Stunden",
// "il y a 3 heures", "hace 2 horas", "há 5 minutos", "2 ore fa", "2 uur
// geleden", "för 3 timmar sedan" (not "vor 50 Jahren", a kicker).
func relativeStamp(lw string) bool {
	if !hasDigit(lw) {
		return false // no number: no stamp (and no words split for the lines of every page that have none)
	}
	n, last := 0, ""
	for w := range strings.FieldsSeq(lw) {
		n, last = n+1, w
	}
	if n < 2 || !strings.Contains("|siden|sedan|geleden|fa|", "|"+last+"|") && !spacedIn(lw, " vor ") &&
		!strings.Contains(lw, "il y a ") && !spacedIn(lw, " hace ") && !spacedIn(lw, " há ") {
		return false
	}
	prev := ""
	for w := range strings.FieldsSeq(lw) {
		if prev != "" && strings.Trim(prev, "0123456789") == "" && len(w) >= 3 && strings.Contains(" min stu tag tim uur heu hor ore dag dia dí jou gio ", " "+w[:3]+" ") {
			return true // the number and its unit: "2 timer", "12 min."
		}
		prev = w
	}
	return false
}

// spacedIn is strings.Contains(" "+s, w) for w that opens with a space,
// without making " "+s.
func spacedIn(s, w string) bool {
	return strings.HasPrefix(s, w[1:]) || index(s, w) >= 0
}

// stampLabels label a date that a page's markup glues to them: Mint's
// "Published2 Dec 2026, 07:41 PM IST".
var stampLabels = phrases("published|updated|last updated|posted|first published|published on|updated on")

// gluedByline reports whether a short line is a writer's name with the date
// run on, as a scraper joins a byline's elements with no space between them:
// "Lukas Amberg1 December 2026", "Naomi FeldJune 2, 2026 at 6:00 a.m. EDT".
func gluedByline(text string, w int) bool {
	return w >= 2 && w <= 10 && gluedDateAt(text) > 0
}

// gluedDateAt is where the date of a glued byline starts (see gluedByline),
// or -1.
func gluedDateAt(text string) int {
	for i := 1; i < len(text); i++ {
		p, c := text[i-1], text[i]
		glued := p >= 'a' && p <= 'z' && (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')
		if !glued {
			continue
		}
		if n := parse.DateLen(text[i:]); n > 0 && (isNameLine(text[:i]) || stampLabels[lower(text[:i])]) {
			if rest := strings.TrimSpace(text[i+n:]); rest == "" || words(rest) <= 4 && !endsSentence(rest) {
				return i
			}
			return -1
		}
	}
	return -1
}

// isDatedLabel reports whether a short line is a section label with its
// date and time: "All News 09:48 March 07, 2024" — a full date, and at most
// three other words, none ending a sentence.
func isDatedLabel(text, lw string, w int) bool {
	if w > 8 || endsSentence(text) || !hasDate(text) {
		return false
	}
	if hasRoleWord(lw) && capitalised(text) {
		return true // "Health Correspondent Ravi Chaudhry 12 Nov 2026"
	}
	other := 0
	for _, f := range strings.Fields(lw) {
		if stampWord(f) == stampOther {
			other++
		}
	}
	return other <= 3
}

// datedHeadline reports whether block b, the page's first line parsed as
// its title, reads as a headline that names a day ("Day in pictures: 24
// July 2012", "The Week: July 20, 2012"): a dated label (isDatedLabel)
// whose other words are a name's, not a stamp's ("Updated", a time) or a
// role's, and no title line's parts ("Site – The Briefing, Friday,
// November 9, 2012" names a series' issue beside its site). A section's
// dated label sits among a page's menus; the first line is the page's
// title, and the rendering writes the title first: a second cleaning took
// the headline the first kept (its title line naming it) for a date (dev,
// dragnet/267 and /304).
func datedHeadline(b *block) bool {
	if !isDatedLabel(b.text, b.low, b.nw) || hasRoleWord(b.low) || parse.DateLen(b.text) > 0 {
		return false
	}
	for _, sep := range titleSeparators {
		if strings.Contains(b.text, sep) {
			return false
		}
	}
	other := 0
	for _, f := range strings.Fields(b.low) {
		switch stampWord(f) {
		case stampFiller, stampTime:
			return false
		case stampOther:
			other++
		}
	}
	return other > 0
}

// isTimestampLine reports whether a short lower-cased line is only a
// timestamp: a word such as "updated" or "from", and a time or a date, with
// a zone ("updated at 10.02 gmt", "from 5 mar 2024 09:31 gmt") or a city in
// parentheses.
func isTimestampLine(lw string, w int, ps *pairSet) bool {
	// (two stamps parted by a bar may run longer: the Express's "16:05 ET,
	// Fri, Dec 4, 2026 | UPDATED: 16:20 ET, Fri, Dec 4, 2026")
	if w > 12 && (w > 16 || !holds(lw, ps, " | ")) || stampFillerWords.maskWith(lw, ps, false) == 0 {
		return false // no word of it can be a filler
	}
	times, dates, fillers, place := 0, 0, 0, false
	for f := range strings.FieldsSeq(lw) {
		switch stampWord(f) {
		case stampFiller:
			fillers++
		case stampDate:
			dates++
		case stampTime:
			times++
		case stampOther:
			// The zone as a city: "Published today at 6:05 pm (Paris),
			// updated at 7:30 pm".
			if place || !strings.HasPrefix(f, "(") || !strings.HasSuffix(strings.TrimRight(f, ",;"), ")") {
				return false
			}
			place = true
		}
	}
	// A bare date or time may be the article's own (a match preview's
	// "Tuesday, 1 March" / "2000 GMT"): only a stamp's word makes it one.
	return fillers > 0 && (times > 0 || dates >= 2)
}

// stampKind is what a word of a timestamp line is.
type stampKind uint8

const (
	stampOther   stampKind = iota // not a timestamp's word
	stampNeutral                  // "at", "on", a zone, "am", "pm"
	stampFiller                   // "updated", "from", "posted", ...
	stampDate                     // a month, a weekday, a day or year number
	stampTime                     // "09:31", "10.02", "9.41am"
)

// stampFillers introduce a timestamp ("From 5 Mar 2024 09:31 GMT",
// "Updated at 10.02 GMT").
var stampFillers = setOf(stampFillerList)

// (and the words for updated and published of Finnish, Norwegian, Swedish,
// Danish, Turkish and Indonesian stamps: HS's "Päivitetty 15:02")
const stampFillerList = "from updated posted published last edited modified issued today yesterday " +
	"päivitetty julkaistu oppdatert publisert uppdaterad publicerad opdateret publiceret güncelleme yayınlanma diperbarui"

// stampFillerWords finds the fillers in a line in one pass: a line without
// one is no timestamp line, whatever its words (most lines isTimestampLine
// reads have none, and splitting them into words cost more).
var stampFillerWords = newMatcher(strings.Fields(stampFillerList)...)

// timeZones are the zones news sites print after a time.
var timeZones = setOf("gmt bst utc est edt cst cdt pst pdt et pt ct cet cest kst jst ist aest msk hkt sgt")

// weekdayWords are the days of the week and their short forms.
var weekdayWords = setOf("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun")

// stampWord classifies a lower-cased word of a possible timestamp line.
func stampWord(f string) stampKind {
	f = strings.Trim(f, ",;:()|")
	d := strings.TrimSuffix(f, ".")
	switch {
	case f == "" || f == "at" || f == "on" || timeZones[f] || f == "am" || f == "pm" || f == "a.m." || f == "p.m." || f == "-" || f == "–" || f == "—" || f == "·":
		return stampNeutral
	case stampFillers[f]:
		return stampFiller
	case monthNum[d] != 0 || weekdayWords[d] || allDigits(f) && len(f) <= 4 || len(f) >= 8 && strings.ContainsAny(f, "/.") && parse.DateLen(f) == len(f):
		// "02/12/2026" and "28.12.2013" are dates too
		return stampDate
	case isClock(f):
		return stampTime
	}
	return stampOther
}

// isClock reports whether f is a time of day: "09:31", "10.02", "9.41am".
func isClock(f string) bool {
	f = strings.TrimSuffix(strings.TrimSuffix(f, "am"), "pm")
	k := strings.IndexAny(f, ":.")
	if k < 1 || k > 2 || len(f)-k-1 != 2 {
		return false
	}
	return allDigits(f[:k]) && allDigits(f[k+1:])
}

// isPostSignature reports whether text is the signature line of an embedded
// social-media post: "— Jane Doe (@janedoe) November 1, 2024".
func isPostSignature(text string, w int) bool {
	if w > 14 || !hasPrefixAny(text, "— ", "– ", "- ") {
		return false
	}
	at := strings.Index(text, "(@")
	if at < 0 {
		return false
	}
	end := strings.IndexByte(text[at:], ')')
	return end > 2 && hasDate(text[at+end:])
}

// hasDate reports whether text states a full date somewhere in its first 80 bytes.
//
//go:noinline
func hasDate(text string) bool {
	return firstDate(text[:min(len(text), 120)]) != ""
}

// isByline reports whether s (after "By ") is a list of names, optionally with
// an outlet or a date: "John Smith and Jane Doe, Reuters", "JOHN SMITH | AP".
func isByline(s string) bool {
	// "Jane Doe on August 9, 2012 at 10:15 am", a blog's byline with its
	// date and time.
	if name, date, ok := strings.Cut(s, " on "); ok && words(name) <= 4 && hasDate(date) && isByline(name) {
		return true
	}
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 14 {
		return false
	}
	names := 0
	for _, w := range f {
		t := strings.Trim(w, ",;|·•()")
		if t == "" {
			continue
		}
		switch strings.ToLower(t) {
		case "and", "&", "in", "for", "the", "of", "at", "de", "van", "von", "al", "bin", "and,", "staff", "reporter", "correspondent", "writer", "editor",
			"—", "–", "-", "do", "da", "dos", "das", "del", "di", "du", "des", // "Por Carla Menezes — Santa Luzia do Norte"
			"la", "le", "der", "den", // "By Alejandro de la Garza"
			"/", "with": // "By Chen Yun and Jake Chung / Staff reporter, with staff writer"
			continue
		}
		r, _ := utf8.DecodeRuneInString(t)
		if unicode.IsUpper(r) || unicode.IsDigit(r) || r == '@' || isEmail(t) {
			names++ // an address: "By Kim Yoon-mi (yoonmi@heraldcorp.com)"
			continue
		}
		return false
	}
	// "By Staff Writer", "By Staff Reporter": a role alone.
	return names > 0 && !strings.HasSuffix(strings.TrimSpace(s), ".") || names > 0 && len(f) <= 4 ||
		names == 0 && len(f) <= 3 && onlyRoles(f)
}

// isEmail reports whether w is an e-mail address: a name, "@", a domain.
func isEmail(w string) bool {
	at := strings.IndexByte(w, '@')
	return at > 0 && strings.Contains(w[at+1:], ".") && !strings.ContainsAny(w, " /")
}

// onlyRoles reports whether every word is a newsroom role ("Staff Writer").
func onlyRoles(f []string) bool {
	for _, w := range f {
		if !roleWords[strings.ToLower(strings.Trim(w, ",;|·•()"))] {
			return false
		}
	}
	return true
}

// bylineOfSite reports whether b is a byline naming the writer and the site
// the page's title line names: "Carmen Ruiz-Hale, The Plainsman" under
// "... - The Plainsman", or the site's own report: "Saudi Gazette report".
func (d *doc) bylineOfSite(b *block) bool {
	if b.nw < 3 || b.nw > 9 || len(d.blocks) < 2 || b == d.blocks[0] {
		return false
	}
	// (The site the first line names, its masthead's, on a page without
	// its title line. The title line is read only for the few lines that
	// may name its site: siteOfTitle is costly on every line.)
	if s, ok := cutSuffixFold(b.text, " report"); ok {
		if strings.EqualFold(s, d.blocks[0].text) {
			return true
		}
		if site := d.firstLineSite(); site != "" && strings.EqualFold(s, site) {
			return true
		}
	}
	name, outlet, ok := strings.Cut(b.text, ", ")
	if !ok || !isNameLine(name) {
		return false
	}
	site := d.firstLineSite()
	return site != "" && strings.EqualFold(strings.TrimSpace(outlet), site)
}

// bylineInScript reports whether s, before a byline's bar, is a writer's
// name and address in a script without capitals: "김지훈 기자
// jihoon@haean.example" (a name, "reporter", an e-mail address). Five words
// at most, no sentence's end, letters of such a script and an address.
func bylineInScript(s string) bool {
	s = strings.TrimSpace(s)
	if words(s) > 5 || endsSentence(s) || !strings.Contains(s, "@") {
		return false
	}
	other, _ := letterShare(s)
	return other >= 2
}

// withFilesFrom reports whether the lower-cased line lw credits wire copy
// the story drew on: "With files from The Canadian Press", "— With files
// from Reuters", "(With input from Xinhua)".
func withFilesFrom(lw string) bool {
	lw = strings.TrimLeft(lw, "-–—*( ")
	return strings.HasPrefix(lw, "with files from ") || strings.HasPrefix(lw, "with input from ") ||
		strings.HasPrefix(lw, "with inputs from ")
}

// deptLine reports whether the lower-cased line lw is the joke department
// Slashdot and Techdirt file a story under, below its byline: "from the
// posner-south dept.".
func deptLine(lw string) bool {
	mid, ok := strings.CutPrefix(strings.TrimSpace(lw), "from the ")
	if !ok {
		return false
	}
	mid, ok = strings.CutSuffix(mid, " dept.")
	if !ok {
		mid, ok = strings.CutSuffix(mid, " dept")
	}
	return ok && mid != "" && !strings.Contains(mid, " ")
}

// undoubled returns s with its tail written twice, glued, once ("Published
// On 2 Dec 20262 Dec 2026", a stamp a page renders twice, for screens and
// for readers of screens, gives "Published On 2 Dec 2026"); s itself when
// no tail of ten bytes or more is doubled.
//
//go:noinline
func undoubled(s string) string {
	if len(s) > 120 || len(s) < 20 {
		return s
	}
	for i := 0; i+20 <= len(s); i++ {
		if i > 0 && s[i-1] != ' ' {
			continue
		}
		r := s[i:]
		if h := len(r) / 2; len(r)%2 == 0 && r[:h] == r[h:] {
			return s[:i] + r[:h]
		}
	}
	return s
}

// stampLast reports whether a byline's parts end on its stamp, split by
// slashes or bars: "TOI News Desk / TIMESOFINDIA.COM / Updated: Dec 2,
// 2026, 14:15 IST", China Daily's "By Zhang Yi | chinadaily.com.cn |
// Updated: 2026-12-02 15:26", the Inquirer's "Philippine Daily Inquirer /
// 05:12 AM December 02, 2026". The last part labels a date, opens with
// one, or is a time and a date alone; not a comment's signature ("...
// | Reply"). Bars (sep) part a byline's only when it opens with "By" and
// names (the caller's test): a related list's "Cher In Twitter Meltdown
// Tammy | August 7, 2012" is a teaser's.
func stampLast(text, lw string, w int, sep string) bool {
	if w > 16 || strings.Contains(lw, "reply") {
		return false
	}
	k := lastIndex(text, sep)
	if k <= 0 {
		return false
	}
	last := strings.TrimSpace(lw[k+3:])
	return hasDate(last) && (hasPrefixAny(last, "updated", "published", "posted", "last updated") || parse.DateLen(last) > 0 ||
		parse.DateLen(afterClock(last)) > 0)
}

// afterClock returns the lower-cased s past the time of day that opens it
// and its "am" or "pm" ("05:12 am december 02, 2026": "december 02,
// 2026"), or "" when no time opens it.
func afterClock(s string) string {
	f := strings.Fields(s)
	if len(f) < 2 || !isClock(f[0]) {
		return ""
	}
	f = f[1:]
	switch f[0] {
	case "am", "pm", "a.m.", "p.m.":
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// bylineStamped reports whether s (after "by ") is a byline's names and
// then its stamp, run together: "Mira Santos December 2, 2026 2:15 PM 2
// min read". The names are those before the first date.
//
// The Boston Globe's "Taylor Dolven Globe Staff,Updated December 3, 2026,
// 5:12 p.m.": the stamp's label after the names, glued to their comma,
// and the stamp ending on its time of day.
func bylineStamped(s string) bool {
	s = strings.Replace(s, ",Updated ", ", Updated ", 1)
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 16 || endsSentence(s) && !hasSuffixAny(s, " a.m.", " p.m.") {
		return false
	}
	at := 0
	for k := 1; k < len(f) && k <= 5; k++ {
		at += len(f[k-1]) + 1
		for at < len(s) && s[at] == ' ' {
			at++
		}
		if parse.DateLen(strings.TrimPrefix(s[at:], "Updated ")) > 0 {
			return isByline(strings.TrimSpace(s[:at]))
		}
	}
	return false
}

// copyrightNotice reports whether a metadata line is the page's copyright
// or reuse notice ("Copyright 2012 The Associated Press. All rights
// reserved. This material may not be published, ..."): the site's legal
// footer, not the article's byline or date.
func copyrightNotice(b *block) bool {
	if b.has("all rights reserved") || b.has("may not be published") || strings.HasPrefix(b.text, "©") {
		return true
	}
	rest, ok := strings.CutPrefix(b.low, "copyright ")
	if !ok {
		rest, ok = strings.CutPrefix(b.low, "(c) ")
	}
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "© "), "(c) ")
	return ok && rest != "" && isDigit(rest[0])
}

// ownCaseName reports whether a name line is written in its own case, not
// in capitals, and opens with no word a letter's address does ("To").
func ownCaseName(s string) bool {
	return strings.ContainsFunc(s, unicode.IsLower) && !strings.HasPrefix(s, "To ")
}

// clockStop reports whether the rest of a date line is its time and a
// full stop, as Matangi Tonga stamps a story ("Thursday, December 3, 2026
// - 17:20."): a clock's figures end no sentence.
func clockStop(rest string) bool {
	t, ok := strings.CutSuffix(rest, ".")
	t = strings.TrimSpace(strings.TrimLeft(t, "-–—| "))
	return ok && len(t) >= 4 && len(t) <= 5 && t[len(t)-3] == ':' && leadingDigits(t[len(t)-2:]) == 2 && leadingDigits(t) == len(t)-3
}
