package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// relatedIntros introduce a list of links to other stories.
var relatedIntros = map[string]bool{
	"related": true, "related stories": true, "related articles": true, "related article": true, // Nine's label over one teaser
	"recommended from editorial": true, // Postmedia's
	"related content":            true,
	"related coverage":           true, "related news": true, "related topics": true, "related links": true,
	"read more": true, "read also": true, "also read": true, "see also": true, "more on this story": true,
	"more on this topic": true, "you may also like": true, "you might also like": true,
	"check also": true, "also check": true, "also see": true, "you may also read": true,
	"web stories": true, "visual stories": true, "now playing": true,
	"you may be interested in": true, "you may also be interested in": true, "you may also be interested in the news": true, "recommended": true, "recommended for you": true,
	"recommended stories": true, "most read": true, "most popular": true, "trending": true,
	"top stories": true, "latest stories": true, "more stories": true, "editor's picks": true,
	"editors' picks": true, "recommended reading": true, "related reading": true, "don't miss": true, "what to read next": true, "read next": true,
	"more from": true, "more to explore": true, "explore more": true, "further reading": true, "explore further": true, // Science X's teasers
	"popular now": true, "around the web": true, "from around the web": true, "latest news": true,
	"more news": true, "in case you missed it": true, "also on": true, "more in": true,
	"articles with issue keywords": true, "most liked": true, "most saved": true, "most commented": true,
	"most emailed": true, "most watched": true, "recent news": true, "recent stories": true,
	"popular stories": true, "most viewed": true, "check out our other content": true, "keep reading": true, "explore more on these topics": true, "most shared": true, "the latest": true,
	"for members": true, "more in this section": true, // The Local's teasers of its members' stories, the Irish Examiner's
	// Other languages' (German, Russian, French, Spanish, Portuguese,
	// Italian): "Lesen Sie auch", "Читайте также".
	"lesen sie auch": true, "das könnte sie auch interessieren": true, "mehr zum thema": true, "meistgelesen": true,
	"читайте также": true, "по теме": true, "популярное": true, "самое читаемое": true,
	"последние новости": true, "останні новини": true, "читайте також": true, "популярне": true, // and Ukrainian
	"lire aussi": true, "à lire aussi": true, "sur le même sujet": true, "les plus lus": true,
	"lee también": true, "te puede interesar": true, "lo más leído": true, "leia também": true, "mais lidas": true,
	"leggi anche": true, "i più letti": true, // more in rules_crumbs_foreign.go
}

// tagIntros label a list of topic tags.
var tagIntros = phrases("tags|topics|keywords|related topics|explore more on these topics|more on these topics|filed under|categories|topics in this article|in this article|related tags|more on|" +
	"теги|мітки|schlagworte|mots-clés|etiquetas|argomenti|tópicos|tematy|tagi|lees meer over|meer over dit onderwerp")

// startsUpperOrHash reports whether s starts with a capital letter, a digit or
// "#" (a tag).
func startsUpperOrHash(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '#'
}

// relatedPrefixes start a one-line link to another story ("Read more: ...").
var relatedPrefixes = []string{
	"read more:", "read more -", "read more –", "read also:", "also read:", "related:", "related news:", "see also:",
	"more:", "read:", "also:", "recommended:", "related article:", "related story:", "read next:", "next story:", "up next:",
	"watch:", "listen:", "more from", "click here to", "click here for", "tap here to",
	"follow our live coverage", "follow live updates", "get the latest", "download our app",
	"related video:", "related video above:", "related coverage:", "related reading:", // Hearst's "Related video above: ..."
	"related article ", "related story ", "read more about", "explore more on", "more articles by", "find out more about our ",
	"read more on ", "read more here", "read the full story", "read the full article", "read the story here",
	"photo gallery:", "gallery:", "slideshow:", "video:", "in pictures:", "in photos:", "go deeper:",
	"tagged:", "tagged with:", "lesen sie auch:", "mehr zum thema:", "читайте также:", "по теме:", "lire aussi :", "lire aussi:", "à lire aussi :",
	"à lire aussi:", "lee también:", "leia também:", "leggi anche:",
	"te puede interesar:", "lea también:", "leer más:", "relacionado:", "relacionada:", "leia mais:", "veja também:",
	"saiba mais:", "читайте также", "اقرأ أيضا:", "اقرأ أيضاً:",
	"материалы по теме:", "читайте також:", "a lire aussi :", "a lire aussi:", "mirá también:", "lees ook:",
	"czytaj także:", "czytaj też:", "zobacz także:", "zobacz też:",
	"editor's choice:", "editors' choice:", "editor’s choice:", "editors’ choice:", "editor's pick:", "editor’s pick:", // Tempo's "Editor's Choice: ..." in the story
}

// relatedStart reports whether a lower-cased line opens with one of
// relatedPrefixes.
//
//go:noinline
func relatedStart(lw string) bool { return relatedIndex.any(lw) }

var relatedIndex = indexPrefixes(relatedPrefixes)

// teaserIntros open a one-line teaser when a bar or an arrow follows them:
// "ALSO READ | Mumbai rains: ...", "Read more » ...".
//
// The Hindustan Times' bare "Read | GRAP stage 3 curbs return ..." last:
// the longer intros that open with the word come first.
var teaserIntros = []string{"also read", "read also", "read more", "see also", "related", "must read", "also watch", "read next", "read"}

// teaserBar reports whether the lower-cased line opens with a teaser's
// intro and a bar or an arrow (the intros with a colon or a dash are
// relatedPrefixes).
func teaserBar(lw string) bool {
	for _, p := range teaserIntros {
		if strings.HasPrefix(lw, p) {
			rest := strings.TrimLeft(lw[len(p):], " ")
			return hasPrefixAny(rest, "|", "»", "›", ">", "::") && len(rest) > 2
		}
	}
	return false
}

// ruleRelated removes related-story lists and one-line teasers ("Read more: ...",
// "Click here to subscribe").
func ruleRelated(d *doc) {
	for i := 0; i < len(d.blocks); i++ {
		b := d.blocks[i]
		k := b.k
		if !b.kept() && !(tagIntros[k] && b.removed != ReasonEmpty || b.removed == ReasonNav && relatedIntros[k]) {
			continue
		}
		lw := b.low
		if tagIntros[k] {
			// A topic tag list: "Tags" / "Explore more on these topics" and
			// short tags, one a line.
			if b.kept() {
				d.remove(i, ReasonRelated)
			}
			for j := i + 1; j < len(d.blocks); j++ {
				nb := d.blocks[j]
				if !nb.kept() {
					if nb.removed == ReasonEmpty {
						continue
					}
					break
				}
				if nb.nw > 4 || endsSentence(nb.text) || !startsUpperOrHash(nb.text) || d.titleEchoed(j) {
					break // (the headline under the tags: "Tags" / "Subscribe (RSS)" / "Flood's Legacy: Neighbourhood Repairs")
				}
				d.remove(j, ReasonRelated)
				i = j
			}
			continue
		}
		// A teaser's intro and its headline on one line ("Read more: ...");
		// the intro alone ("Read more:", RTÉ's) heads a list, below.
		if b.nw <= 30 && (relatedStart(lw) || teaserBar(lw) || b.nw <= 8 && strings.HasPrefix(lw, "read more at ") && !b.has(":") || strings.HasPrefix(lw, "[") && strings.HasSuffix(lw, "]") && relatedStart(lw[1:])) && !(strings.HasPrefix(lw, "more from") && (b.nw > 8 || b.nw <= 6)) && !d.titleEchoed(i) && !relatedIntros[k] &&
			!d.labelledHeadline(i) {
			if i == 0 && b.nw >= 5 && hasPrefixAny(lw, "editor's pick:", "editor’s pick:", "editor's choice:", "editor’s choice:") && !d.echoedBelow(b.text) {
				// The text's title, an editor's pick's label before its
				// headline, when no line below repeats it: the rendering's
				// "Editor's Pick: Balenciaga by ...", which the page's
				// title line named further down (dev dragnet/R299).
				continue
			}
			if hasPrefixAny(lw, "watch:", "listen:", "more:", "read:", "also:", "video:", "gallery:", "photo gallery:", "slideshow:", "in pictures:", "in photos:") {
				if i == 0 && b.nw >= 5 && !d.echoedBelow(b.text) {
					// The page's own title line, its kind and its
					// headline ("In pictures: The week's best wildlife
					// photos"), when no line below repeats it as the
					// headline.
					continue
				}
				// "WATCH:" in capitals is a teaser label; "Watch: ..." only
				// on a short line that is not a sentence; "Read:" and
				// ZDNet's "Also:" before a longer headline too
				// (MarketWatch's "Read: Here's why gasoline prices may not
				// fall as fast as oil this winter").
				caps := strings.HasPrefix(b.text, strings.ToUpper(b.text[:strings.IndexByte(b.text, ':')]))
				long := b.nw > 12 && (b.nw > 18 || !hasPrefixAny(lw, "read:", "also:"))
				if !caps && (long || endsSentence(b.text)) {
					continue
				}
			}
			d.remove(i, ReasonRelated)
			continue
		}
		intro := relatedIntros[k] || strings.HasPrefix(k, "more from ") && b.nw <= 6 ||
			strings.HasPrefix(k, "more in ") && b.nw <= 4 && !endsSentence(b.text) && capitalised(b.text) || // the Chicago Tribune's "More in Transportation"
			strings.HasPrefix(k, "don't miss ") && b.nw <= 8 && !endsSentence(b.text) || // "Don't miss these insights from CNBC PRO"
			strings.HasPrefix(k, "read more from ") && b.nw <= 7 || // "Read more from Sky News:" over its list
			strings.HasPrefix(k, "popular on ") && b.nw <= 5 && !endsSentence(b.text) || // "Popular on Variety"
			strings.HasPrefix(k, "related ") && b.nw <= 6 && !endsSentence(b.text) || // "Related posts worth a look"
			strings.HasPrefix(k, "more on ") && b.nw <= 5 && strings.HasSuffix(b.text, ":") ||
			// China Daily's "Most Viewed in 24 Hours", "Most Read This
			// Week": a ranking's label and its span, no more (a post's
			// "Most Popular Post (Surprise, Surprise!):" over its list).
			hasPrefixAny(k, "most viewed ", "most read ", "most popular ", "most shared ", "most commented ") && b.nw <= 6 &&
				!endsSentence(b.text) && !strings.ContainsAny(b.text, ",!?():")
		if !intro && moreSection(d, i) {
			// "More Opinion" over its links: a section's list.
			intro = true
		}
		if !intro {
			continue
		}
		colon := strings.HasSuffix(strings.TrimSpace(b.text), ":")
		d.remove(i, ReasonRelated)
		if k == "related article" {
			// Nine's one teaser inside the article: "Related Article" /
			// its section ("Schools") / its headline.
			for j, n := i+1, 0; j < len(d.blocks) && n < 2; j++ {
				nb := d.blocks[j]
				if nb.removed == ReasonEmpty {
					continue
				}
				if !nb.kept() || nb.nw > 14 || endsSentence(nb.text) {
					break
				}
				d.remove(j, ReasonRelated)
				n++
			}
			continue
		}
		if !b.kept() {
			colon = true // an intro the crumbs rule took: a list follows
		}
		// The list: headline-like items right after the intro, each
		// perhaps with its excerpt under it.
		paired := false   // an item's excerpt was followed by another item
		lastItem := false // the line before was an item, not an excerpt
		for j := i + 1; j < len(d.blocks); j++ {
			nb := d.blocks[j]
			if !nb.kept() {
				continue
			}
			sameGroup := nb.group == b.group
			if !(sameGroup || colon || relatedIntros[k] && k != "read more") {
				break
			}
			if d.titleEchoed(j) {
				break
			}
			if nb.nw == 1 && isClock(nb.text) {
				// Armenpress' "Latest news": each entry's time over it.
				d.remove(j, ReasonRelated)
				continue
			}
			item := looksLikeLinkItem(nb.text)
			if item && d.numberedHeading(j) {
				break // the listicle's next entry, not the list's
			}
			if !item {
				// An excerpt under an item: the list goes on past it when
				// another item follows it, or after such a pair.
				if !lastItem || !teaserExcerpt(nb) {
					break
				}
				if next := d.nextKept(j); !paired && (next < 0 || !d.listItemAt(next)) {
					break // the first excerpt: another item of the list must follow
				}
				paired = true
			}
			lastItem = item
			d.remove(j, ReasonRelated)
			i = j
		}
	}
}

// labelledHeadline reports whether block i, a line opening with a
// picture story's label ("In Pictures: Snow blankets northern England"),
// is the page's headline rather than a teaser: above the article's first
// paragraph of prose, with two words of its story in the lede.
func (d *doc) labelledHeadline(i int) bool {
	b := d.blocks[i]
	if !hasPrefixAny(b.low, "in pictures:", "in photos:", "in pics:", "watch:", "video:", "gallery:", "photos:") {
		return false
	}
	f := d.firstProse()
	return f > i && sharedWords(ledeWords(d, f), b.text) >= 2
}

// titleEchoed reports whether block i is the headline the page's first line
// (its HTML title, "Reading the masters — The Endeavour") holds beside the
// site's name: the page's own story, not a link to another one. A list of
// links under "Most popular" ends there, where the article starts.
func (d *doc) titleEchoed(i int) bool {
	if i == 0 || len(d.blocks) == 0 {
		return false
	}
	if _, ok := d.pageTitle().echo(d.blocks[i].text); ok {
		return true
	}
	// A title line that is the headline alone ("Getting social in the
	// workplace" over the same line), above the article's first paragraph.
	if d.blocks[i].nw < 3 || !sameKey(d.blocks[i].text, d.blocks[0].text) {
		return false
	}
	f := d.firstProse()
	return f < 0 || i < f
}

// looksLikeLinkItem reports whether text reads as a story link in a list: a
// headline (no full stop), not too long.
func looksLikeLinkItem(text string) bool {
	if wordsGT(text, 25) {
		return false
	}
	w := words(text)
	if w < 2 {
		return false
	}
	// (A quote and who said it ends on its quote mark: "\"We knew it
	// would be hard,\" Omondi said. \"We didn't know ...\"" is the story
	// going on.)
	t := strings.TrimSpace(text)
	if strings.HasSuffix(t, ".\"") || strings.HasSuffix(t, ".”") {
		if speechWords.any(lower(t)) {
			t = strings.TrimRight(t, "\"”")
		}
	}
	return !strings.HasSuffix(t, ".") || w <= 12 && strings.Count(t, ". ") == 0 && strings.HasSuffix(t, "...")
}

// teaserExcerpt reports whether b reads as the one-sentence excerpt a list
// of related stories shows under each headline ("The board says hiring 140
// more teachers would cost $11 million a year."); a quote and who said it
// ("“This is a budget of a country at war,” Marchenko said.", under NV's
// "Read also:" teaser) is the story going on.
func teaserExcerpt(b *block) bool {
	return b.kind == "paragraph" && b.nw >= 4 && b.nw <= 20 && endsSentence(b.text) &&
		strings.Count(strings.TrimSpace(b.text), ". ") == 0 && !(hasQuote(b.text) && reportsSpeech(b))
}

// listItemAt reports whether block i reads as a related list's next item:
// a link item, not a sentence, and no teaser with its own label ("WATCH:
// ...", which stands alone).
func (d *doc) listItemAt(i int) bool {
	b := d.blocks[i]
	return looksLikeLinkItem(b.text) && !endsSentence(b.text) && !relatedStart(b.low)
}

// moreSection reports whether block i is a section's label over its links,
// "More Opinion", "More Sports": "More" and a word or two, no sentence, with
// two story links under it (a subhead "More tests" heads paragraphs).
func moreSection(d *doc, i int) bool {
	b := d.blocks[i]
	if !b.kept() || !strings.HasPrefix(b.k, "more ") || b.nw > 3 || endsSentence(b.text) {
		return false
	}
	if f := strings.Fields(b.text); len(f) < 2 || !startsUpper(f[1]) {
		return false
	}
	// Lines removed already between the links are not there for a
	// cleaning of the rendering ('#0000000000', a tag line; FuzzClean).
	n := 0
	for _, nb := range d.blocks[i+1:] {
		if !nb.kept() {
			continue
		}
		if !looksLikeLinkItem(nb.text) {
			break
		}
		if n++; n >= 2 {
			return true
		}
	}
	return false
}

// echoedBelow reports whether a block after the first has the text t.
func (d *doc) echoedBelow(t string) bool {
	k := textKey(t)
	for _, b := range d.blocks[1:] {
		if textKey(b.text) == k {
			return true
		}
	}
	return false
}

// numberedHeading reports whether block i is a numbered heading over a
// paragraph of prose, a listicle's entry ("5. Late checkout is easier on a
// Sunday" over what it says of it): the article going on under a related
// list, not its next link (a link's excerpt is a sentence, see
// teaserExcerpt).
func (d *doc) numberedHeading(i int) bool {
	f := strings.Fields(d.blocks[i].text)
	if len(f) < 2 || !itemNumbered(f[0]) {
		return false
	}
	n := d.nextKept(i)
	if n < 0 {
		return false
	}
	nb := d.blocks[n]
	return nb.kind == "paragraph" && nb.nw >= proseWords && endsSentence(nb.text) && !teaserExcerpt(nb)
}
