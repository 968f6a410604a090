package extract

import (
	"errors"
	"sort"
	"strings"
	"unicode/utf8"
)

// Result is what Text finds in a page. Every field is plain text.
type Result struct {
	// Title is the article's headline.
	Title string
	// Byline names the authors, without a leading "By".
	Byline string
	// Published is the publication date the page states, as YYYY-MM-DD, or "".
	Published string
	// SiteName is the publication's name (og:site_name, the JSON-LD publisher).
	SiteName string
	// Text is the article as plain text: the headline line, a blank line, then
	// paragraphs separated by blank lines; headings sit alone on their line,
	// list items on their own lines ("• " or "1. "), <br> breaks lines.
	Text string
}

// Errors Text returns. A page Text cannot read is named by the caller.
var (
	// ErrBinary is returned for input that is not text (NUL bytes).
	ErrBinary = errors.New("extract: not a text file")
	// ErrCharset is returned for a page that is not UTF-8 and declares a
	// charset charset.Decode does not read (an East Asian one), or declares
	// none and reads as neither Windows-1252 nor Windows-1251.
	ErrCharset = errors.New("extract: unsupported charset")
	// ErrNoText is returned when the page holds no readable text.
	ErrNoText = errors.New("extract: no article text found")
)

// minBody is the body length (in characters) under which extraction is
// retried without the class- and id-based pruning.
const minBody = 250

// Text extracts the main content of the HTML page html. It never fetches,
// runs or resolves anything: the output holds only the page's text.
func Text(html []byte) (Result, error) {
	s, err := decode(html)
	if err != nil {
		return Result{}, err
	}
	return FromString(s)
}

// FromString is Text of a page already decoded to UTF-8 (by app/ingest,
// which reads every file the same way).
func FromString(s string) (Result, error) {
	res, body := run(s, false)
	if utf8.RuneCountInString(body) < minBody {
		if r2, b2 := run(s, true); utf8.RuneCountInString(b2) > utf8.RuneCountInString(body) {
			res, body = r2, b2
		}
	}
	if utf8.RuneCountInString(body) < minBody && strings.Contains(s, "<noscript") {
		// A page drawn by script may write its story in <noscript> for
		// readers without script: read the page as they see it.
		s := strings.ReplaceAll(strings.ReplaceAll(s, "<noscript", "<div"), "</noscript>", "</div>")
		if r3, b3 := run(s, false); utf8.RuneCountInString(b3) >= minBody {
			res, body = r3, b3
		}
	}
	if body == "" && res.Title == "" {
		return Result{}, ErrNoText
	}
	var sb strings.Builder
	if res.Title != "" {
		sb.WriteString(res.Title)
		sb.WriteString("\n\n")
	}
	if body != "" {
		sb.WriteString(body)
		sb.WriteString("\n")
	}
	res.Text = strings.ToValidUTF8(sb.String(), "\uFFFD")
	return res, nil
}

// run extracts once; relaxed turns the class/id pruning off.
func run(s string, relaxed bool) (Result, string) {
	d := parse(s)
	x := &extractor{doc: d, relaxed: relaxed, pTotal: -1}
	x.descKey = deckKey(description(d))
	x.noH1 = !hasTag(d.root, "h1")
	x.scan(d.root, false)
	if x.h1 == "" {
		x.h1 = x.siteH1
	}
	res := x.metadata()
	x.prune(d.root)
	measure(d.root)
	x.score(d.root)
	nodes := x.content()
	x.nodes = nodes
	x.furniture(nodes)
	w := &writer{x: x}
	for _, n := range nodes {
		w.node(n, n == x.top)
	}
	w.endBlock()
	blocks := w.blocks
	for i, ab := range [][]string{x.ldBody(), x.stateBody(blocks)} {
		if len(ab) > 0 && (blocksLen(ab) > 2*blocksLen(blocks)+200 || i == 0 && continues(ab, blocks)) {
			// A page whose body the browser draws with script, or a
			// paywalled page that shows a teaser, states the whole text
			// in its JSON-LD for search engines, or in its script's state.
			blocks = ab
		}
	}
	// The headline usually opens the content too: drop that copy.
	for i := 0; i < len(blocks) && i < 3 && res.Title != ""; i++ {
		line, rest, _ := strings.Cut(blocks[i], "\n")
		if sameText(strings.TrimLeft(line, headSeps), res.Title) {
			if rest != "" {
				blocks[i] = rest
			} else {
				blocks = append(blocks[:i:i], blocks[i+1:]...)
			}
			break
		}
	}
	if (res.Title == "" || res.SiteName != "" && sameText(res.Title, res.SiteName)) && len(blocks) > 0 && w.firstHeading != "" && sameText(blocks[0], w.firstHeading) {
		// No headline, or the site's name alone (a page whose <title>
		// is only that, its story under an <h2>): the content's heading.
		res.Title = w.firstHeading
		blocks = blocks[1:]
	}
	if x.deckNode != nil && (x.deck == "" || x.deckNode.tag == "ul" && strings.Contains(collapse(textOf(x.deckNode)), x.deck)) {
		// The deck by its class; a list of bullets whose first one the
		// description repeats, whole (Mail Online's).
		dw := &writer{x: x}
		x.prune(x.deckNode)
		dw.node(x.deckNode, true)
		dw.endBlock()
		n := 1
		if x.deckNode.tag == "ul" {
			n = 4
		}
		if len(dw.blocks) >= 1 && len(dw.blocks) <= n && !holds(blocks, dw.blocks[0]) && !holds(blocks, strings.SplitN(dw.blocks[0], "\n", 2)[0]) {
			blocks = append(dw.blocks, blocks...)
			x.deck = ""
		}
	}
	if x.deck != "" && !holds(blocks, x.deck) {
		blocks = append([]string{x.deck}, blocks...)
	}
	return res, strings.Join(blocks, "\n\n")
}

// continues reports whether the JSON-LD body ab continues the shown one,
// blocks: a quarter longer or more, and holding its first and last
// paragraphs (a metered page shows the body's first half).
func continues(ab, blocks []string) bool {
	if blocksLen(ab)*4 < blocksLen(blocks)*5+800 {
		return false
	}
	var ps []string
	for _, b := range blocks {
		if paragraph(b) {
			ps = append(ps, b)
		}
	}
	all := collapse(strings.Join(ab, " "))
	return len(ps) > 0 && strings.Contains(all, ps[0]) && strings.Contains(all, ps[len(ps)-1])
}

// deckWords in a class or id name a deck (standfirst, summary) under a
// headline ("lead" and "ingress" as Escenic's Nordic papers name it; an
// element with a picture is none: "lead-image").
var deckWords = wordSet("standfirst dek deck subtitle subheadline subhead strapline " +
	"summary excerpt lede lead ingress sapo chapo vorspann intro abstract bullets") // Mail Online's "mol-bullets-with-font"

func deckClass(n *node) bool { return classIn(n, deckWords) }

// classIn reports whether a word of n's class or id is in set.
func classIn(n *node, set map[string]bool) bool {
	for _, w := range classWords(n) {
		if set[w] {
			return true
		}
	}
	return false
}

type extractor struct {
	doc *doc
	// pruning is prune's depth of calls; boxPass numbers the pass the
	// outermost call runs (see buttonBox).
	pruning int
	boxPass uint32
	relaxed bool
	h1      string // first <h1> text, before pruning
	h1s     int    // <h1> elements
	// h1article is the <article> that holds the first h1, or nil.
	h1article *node
	byline    string  // first byline element text
	bylines   []*node // byline elements, removed from the content
	times     []*node // <time datetime> elements
	top       *node
	pTotal    int // pText of the whole page, -1 until needed
	// descKey is the page's description (deckKey of og:description and
	// the like); deck is the text of the element after the h1 that shows
	// it, the standfirst, or "".
	descKey, deck string
	deckTries     int // elements compared with the description: the 6 after the h1
	// deckNode is an element among the 8 after the h1 whose class names a
	// deck ("standfirst", "dek", "subtitle", ...), or nil; afterH1 counts
	// the elements looked at.
	deckNode *node
	// h2Head: the page has no h1 and an h2 the og:title repeats heads it.
	h2Head  bool
	afterH1 int
	// shownDate is the date an element after the h1 shows whose class
	// names a date (see dateShown); dateTries counts the elements after
	// the h1 looked at.
	shownDate string
	dateTries int
	// noCaptions and noStamps are set when the content's captions and
	// its time stamps alone on their line go (see furniture).
	noCaptions, noStamps bool
	// noH1 is set on a page without an <h1>: the shown date is looked
	// for from its start (a print version's "BlogDate").
	noH1 bool
	// logo is the alt text of the site's logo above the h1 (see
	// logoName), or "".
	logo string
	// siteH1 is the text of the first h1 that names the site (see
	// siteHeading), or "".
	siteH1 string
	// nodes are the content's; paras is their paragraphs' text, one a
	// line, read when a pull quote is looked for (see pullQuote), and
	// quoteTries counts the quotes compared with it.
	nodes      []*node
	paras      string
	quoteTries int
}

// scan records, before pruning, what the page chrome may hold: the first h1,
// byline elements, <time> elements and the deck. inLeaf is set under an
// element with no block children, whose text was compared with the
// description already (each text is read once: scan stays linear), and
// only the 6 first such elements after the h1 are compared (a deck is
// the first or second).
func (x *extractor) scan(n *node, inLeaf bool) {
	for c := n.first; c != nil; c = c.next {
		if c.tag == "" {
			continue
		}
		leaf := inLeaf
		if !inLeaf && x.deck == "" && x.descKey != "" && (x.h1 != "" || x.h2Head) && x.deckTries < 6 && !dropTags[c.tag] && !hasBlockChild(c) {
			leaf = true
			x.deckTries++
			if size := textSize(c, 2*len(x.descKey)+200); c.tag != "h1" && size >= len(x.descKey) && size <= 2*len(x.descKey)+200 {
				if t := collapse(textOf(c)); strings.EqualFold(strings.TrimRight(t, ". "), x.descKey) {
					x.deck = t
				}
			}
		}
		if (x.h1 != "" || x.h2Head) && x.deckNode == nil && x.afterH1 < 8 {
			// The deck by its class, when the head states no description
			// or says it otherwise: one of the first elements after the h1,
			// a heading too (JNews' <h2 class="jeg_post_subtitle">).
			x.afterH1++
			if c.tag != "h1" && deckClass(c) && textSize(c, 600) <= 600 && !hasTag(c, "img") {
				x.deckNode = c
			}
		}
		if (x.h1 != "" || x.noH1) && x.shownDate == "" && x.dateTries < maxDateTries {
			x.dateTries++
			x.shownDate = dateShown(c, false)
		}
		switch {
		case c.tag == "h1" && !hidden(c) && x.h1 == "" && siteHeading(c):
			// The site's name in an h1 over the page (WordPress' Twenty
			// Eleven): the headline, if no other h1 comes.
			x.h1s++
			if x.siteH1 == "" {
				x.siteH1 = strings.TrimLeft(collapse(textOf(c)), headSeps)
			}
		case c.tag == "h1" && !hidden(c):
			// A hidden h1 (a screen reader's "Riverside Post" over the
			// page) is no headline.
			if x.h1s++; x.h1 == "" {
				dropKickers(c, false)
				x.h1 = strings.TrimLeft(collapse(textOf(c)), headSeps)
				for p := c.parent; p != nil; p = p.parent {
					if p.tag == "article" {
						x.h1article = p
						break
					}
				}
			}
		case c.tag == "h2" && x.noH1 && !x.h2Head && x.doc.meta["og:title"] != "" && sameText(textOf(c), x.doc.meta["og:title"]):
			// A page without an h1 (Mail Online's) heads its story with
			// an h2 the og:title repeats: the deck is looked for after it.
			x.h2Head = true
		case c.tag == "article":
			c.headed = firstOf(c) > 0
		case c.tag == "img" && x.h1 == "" && x.logo == "":
			x.logo = logoName(c)
		case c.tag == "time" && c.attr("datetime") != "":
			x.times = append(x.times, c)
		case isByline(c):
			if t := collapse(textOf(c)); t != "" && utf8.RuneCountInString(t) <= 100 {
				if x.byline == "" && date(t) == "" {
					x.byline = t
				}
				x.bylines = append(x.bylines, c)
				if (x.h1 != "" || x.noH1) && x.shownDate == "" && x.dateTries < maxDateTries {
					x.shownDate = dateShown(c, true) // "By Jo Doe <span class=date>…</span>"
				}
				continue
			}
		}
		x.scan(c, leaf)
	}
}

// componentName is the names a page's framework gives its components
// beside class and id (BBC's data-component="byline-block", the
// Washington Post's data-qa="subscribe-promo", Reuters'
// data-testid="AuthorByline"): they say what an element is as a class does
// where the classes are hashed ("sc-eb7bd5f6-0", "wpds-c-cYdRxM").
func componentName(n *node) string {
	return n.attr("data-component") + " " + n.attr("data-qa") + " " + n.attr("data-testid")
}

// siteHeading reports whether the h1 h names the site: its class or id
// says so ("site-title", "site-name") or it sits in the page's banner
// (role="banner", "branding", a logo's element), up to three levels
// above it; not a "masthead", which names a story's own header too.
func siteHeading(h *node) bool {
	for n, i := h, 0; n != nil && i < 4; n, i = n.parent, i+1 {
		if strings.EqualFold(n.attr("role"), "banner") {
			return true
		}
		for _, w := range classWords(n) {
			if w == "logo" || w == "brand" || w == "branding" || i == 0 && w == "site" {
				return true
			}
		}
	}
	return false
}

func isByline(n *node) bool {
	if strings.Contains(strings.ToLower(n.attr("rel")), "author") ||
		strings.Contains(strings.ToLower(n.attr("itemprop")), "author") {
		return true
	}
	for _, w := range words(n.attr("class") + " " + n.attr("id") + " " + componentName(n)) {
		if w == "byline" || w == "author" || w == "authors" || w == "dateline" {
			return true
		}
	}
	return false
}

// dropTags never hold article text. A <del> holds text the article no
// longer says: a correction's struck word ("on <del>Tuesday</del>
// <ins>Wednesday</ins>"), an old price; the reader reads what replaced it.
var dropTags = wordSet("script style noscript iframe object embed svg template nav footer " +
	"aside button select textarea input canvas video audio map dialog menu " +
	"math applet frame frameset head title link meta base img picture " +
	"source noembed noframes label option datalist del")

var dropRoles = wordSet("navigation banner contentinfo complementary menu menubar dialog " +
	"alertdialog search alert tablist toolbar")

// unlikelyWords in a class or id mark page chrome.
var unlikelyWords = wordSet("nav navigation navbar menu share sharing sharebar social " +
	"related comment comments newsletter subscribe subscription cookie cookies consent " +
	"gdpr ad ads advert adverts advertisement advertising adslot promo promos promotion " +
	"promoted footer sidebar breadcrumb breadcrumbs popup modal banner sponsor sponsored " +
	"outbrain taboola disqus masthead skip pagination pager signup login shoutbox " +
	"donate donation paywall toolbar tools trending recommended recirculation more " +
	"tiktok instagram " + // social embeds' markup: "View this post on Instagram", "♬ original sound"
	"epic support membership " + // a reader-revenue appeal under the body: "contributions__epic", "field--name-field-support-message"
	"publi publicidad anuncio " + // Spanish ad slots
	"topics tags marketing disclaimer " + // NPR's "Accuracy and availability of NPR transcripts may vary."
	"sisterproject " + // Wikinews' "Find more on Wikipedia."
	"editsection " + // MediaWiki's "[edit]" beside a heading: with it, the heading's box read as links
	"toc " + // a table of contents' box in the body ("ez-toc-container"): its title stayed
	"slot") // a place the page's script fills: "ad-slot", the Guardian's "slot-body-end" (its appeal)

// maybeWords protect an element from unlikelyWords: "subscriber" names
// whom the text is for (TownNews' "subscriber-preview", "subscriber-only"),
// not an appeal to subscribe.
var maybeWords = wordSet("article body content main story entry post text column subscriber")

var negativeWords = wordSet("hidden banner combx comment comments contact foot footer " +
	"footnote masthead media meta outbrain promo related scroll share shoutbox sidebar " +
	"skyscraper sponsor shopping tags tool widget ad ads caption credit")

var positiveWords = wordSet("article body content entry hentry main page post text " +
	"blog story paragraph")

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// words splits a class/id string into lower-case words at non-letters and
// camelCase humps: "ArticleBody share-bar" → article, body, share, bar.
func words(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		var c byte
		if i < len(s) {
			c = s[i]
		}
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		hump := start >= 0 && c >= 'A' && c <= 'Z' && i > 0 && s[i-1] >= 'a' && s[i-1] <= 'z'
		if (!letter || hump) && start >= 0 {
			out = append(out, strings.ToLower(s[start:i]))
			start = -1
		}
		if letter && start < 0 {
			start = i
		}
	}
	return out
}

func classWords(n *node) []string {
	return words(n.attr("class") + " " + n.attr("id"))
}

func classWeight(n *node) float64 {
	if n.attr("hidden") == "until-found" {
		return 0 // an accordion's section ("section-content"): a part of the body, not it
	}
	w := 0.0
	neg, pos := false, false
	prev := ""
	for _, t := range classWords(n) {
		// Drupal's "field--label-hidden": the field's label is hidden,
		// not the field (its body, each paragraph's text).
		neg = neg || negativeWords[t] && !(t == "hidden" && prev == "label")
		pos = pos || positiveWords[t]
		prev = t
	}
	if neg {
		w -= 25
	}
	if pos {
		w += 25
	}
	if strings.EqualFold(n.attr("itemprop"), "articleBody") {
		w += 25
	}
	return w
}

func hidden(n *node) bool {
	// AMP shows an element's placeholder until it loads and its
	// fallback when it fails ("Loading related stories…").
	// React's streamed rendering sends a part of the page (the story,
	// after its data came) last in <div hidden id="S:0">, which its
	// script moves into place: not hidden.
	// An accordion's section closed with hidden="until-found" is
	// found by the browser's search and opened: the page's text (a
	// page saved after its script closed them, GOV.UK's).
	if n.has("hidden") && !strings.HasPrefix(n.attr("id"), "S:") && n.attr("hidden") != "until-found" || n.has("placeholder") || n.has("fallback") {
		return true
	}
	// Screen-reader-only labels ("Image caption, ") are not article text.
	cls := strings.ToLower(n.attr("class"))
	if strings.Contains(cls, "visually-hidden") || strings.Contains(cls, "visuallyhidden") ||
		strings.Contains(cls, "sr-only") || strings.Contains(cls, "screen-reader") ||
		strings.Contains(cls, "element-invisible") { // Drupal's
		return true
	}
	// Off the screen or a pixel wide: a skip link's, a screen reader's
	// ("Opens in a new window"), as an inline style writes it.
	st := strings.ToLower(strings.ReplaceAll(n.attr("style"), " ", ""))
	return strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") ||
		strings.Contains(st, ":-9999") || strings.Contains(st, ":-10000") ||
		strings.Contains(st, "width:1px") && strings.Contains(st, "height:1px")
}

// overlay reports whether n's style fixes it to the window: a consent
// box, a paywall's or a newsletter's overlay, a toolbar, as a snapshot
// (archive.today's, which writes every element's style inline) keeps
// them, without their class names.
func overlay(n *node) bool {
	return strings.Contains(strings.ReplaceAll(n.attr("style"), " ", ""), "position:fixed")
}

func (x *extractor) unlikely(n *node) bool {
	switch n.tag {
	case "body", "html", "article", "main", "#root":
		return false
	}
	bad := false
	if noPrint(n.attr("class")) {
		return true
	}
	names := n.attr("class") + " " + n.attr("id") + " " + componentName(n)
	if strings.Contains(n.tag, "-") {
		// A custom element's name says what it is as a class does:
		// <bsp-newsletter-signup>, <related-stories>, <share-tools>.
		names += " " + n.tag
	}
	for _, tok := range strings.Fields(names) {
		// A word of the article protects the element, unless the same
		// name says chrome too: "post-footer", "entry-footer",
		// "article-tags" are the article's footer, tags, not its text;
		// "consumer-marketing-unit--article-mid-content" an appeal in
		// the article's middle ("more" aside: "more-content" may be
		// the story's rest, under a "Read more" button).
		protect, chrome := false, false
		for _, w := range words(tok) {
			bad1 := unlikelyWords[w]
			for _, p := range unlikelyPrefixes {
				bad1 = bad1 || len(w) > 6 && strings.HasPrefix(w, p) // sharedaddy, relatedposts, newsletterbox
			}
			if maybeWords[w] {
				protect = true
			} else if bad1 {
				bad, protect, chrome = true, false, chrome || w != "more"
			}
		}
		if protect && !chrome {
			return false
		}
	}
	return bad
}

// noPrint reports whether the class names an element the page hides
// when printed ("noprint", "hidden-print", "hide-for-print",
// "d-print-none"): a page's tools, ads, appeals and notices, not its
// story, whatever else the class says.
func noPrint(class string) bool {
	c := strings.ToLower(class)
	for _, k := range []string{"noprint", "no-print", "hidden-print", "hide-for-print", "print-none", "none-print", "print:hidden"} {
		if strings.Contains(c, k) {
			return true
		}
	}
	return false
}

var unlikelyPrefixes = []string{"share", "social", "related", "comment", "newsletter",
	"subscri", "promo", "sidebar", "footer", "advert", "sponsor", "breadcrumb", "cookie",
	"taboola", "outbrain", "recommend", "contribution",
	"licens", "licenc"} // Wikinews' "licensetpl" box under the story

// prune removes what cannot be article text: dropTags, hidden elements, ARIA
// chrome roles, byline elements and (unless relaxed) elements whose class or
// id says chrome. <form> and <header> go unless they hold most of the page's
// paragraph text (ASP.NET pages wrap everything in a form). An element
// left with a label alone when its chrome went is the chrome's box: it
// goes (a "More on this" over related links). prune returns the bytes of
// chrome's text it removed (up to 200 an element).
func (x *extractor) prune(n *node) (cut int) {
	if x.pruning == 0 {
		x.boxPass = boxPasses.Add(1)
	}
	x.pruning++
	defer func() { x.pruning-- }()
	button := false // the element before c is or holds a button
	for c := n.first; c != nil; {
		next := c.next
		if c.tag != "" {
			// aria-hidden on what holds most of the text is a modal
			// dialog's doing, open when the page was saved: the page
			// behind it. Hidden otherwise, it is a paywall's (a page
			// saved by a reader over the limit): read when the page
			// shows too little (relaxed), or the rest of the story
			// under a "Continue reading" button.
			chrome := (overlay(c) || !x.relaxed && x.unlikely(c)) && !x.mostText(c) || commentSection(c)
			drop := chrome || dropTags[c.tag] || classIn(c, toggleWords) && textSize(c, 20) <= 20 || shopCard(c) || ampChrome(c.tag) || hidden(c) && !((x.relaxed || button) && x.mostText(c)) || dropRoles[strings.ToLower(c.attr("role"))] ||
				strings.EqualFold(c.attr("aria-hidden"), "true") && !x.mostText(c) || noteMark(c)
			for _, b := range x.bylines {
				drop = drop || b == c
			}
			if !drop && (c.tag == "form" || c.tag == "header" && !articleHeader(c)) {
				if x.pTotal < 0 {
					x.pTotal = pText(x.doc.root)
				}
				drop = pText(c)*2 < x.pTotal || x.pTotal == 0
			}
			if chrome {
				cut += textSize(c, 200)
			}
			// Whether c is a short box of buttons is asked only where it
			// is read (below for a div or section, and by the next
			// element when it is hidden): walked for every element, it
			// made deep nesting quadratic (TestHostile).
			button = c.tag == "button" || (c.tag == "div" || c.tag == "section" || nextHidden(c)) && x.buttonBox(c)
			if drop {
				c.remove()
			} else if k := x.prune(c); k > 0 && (c.tag == "div" || c.tag == "section") && k > 2*textSize(c, 60) && textSize(c, 60) <= 60 && !hasTag(c, "p") && !hasTag(c, "h1") {
				// Left with a label alone, under half the chrome's
				// text, no paragraph, no headline: the chrome's box.
				c.remove()
				cut += k
			} else if button && c.tag != "button" && (c.tag == "div" || c.tag == "section") && !hasTag(c, "p") && !hasTag(c, "h1") {
				// A short box of buttons, no paragraph, no headline: a
				// tool's, its label left when the buttons went ("Listen",
				// "Save articles to read later ...", "Save"; "Is this
				// page useful?", "Yes", "No").
				c.remove()
			}
		}
		c = next
	}
	return cut
}

// noteMark reports whether n is a link to a note further down the page
// that a browser shows as a raised mark after a word ("a year.¹",
// "[2]", "*"): Substack's "footnote-anchor", a <sup> of Markdown's or
// Wikipedia's. Written, it runs into the sentence ("a year.1 What").
func noteMark(n *node) bool {
	if n.tag != "a" || n.attr("href") != "#" {
		return false
	}
	k := textSize(n, 6)
	return k > 0 && k <= 5 && strings.Trim(textOf(n), "[]()*†‡0123456789 ") == ""
}

// nextHidden reports whether the next element after c among its siblings
// is hidden (whose reading asks whether c holds buttons: see prune).
func nextHidden(c *node) bool {
	for s := c.next; s != nil; s = s.next {
		if s.tag != "" {
			return hidden(s)
		}
	}
	return false
}

// shopCard reports whether c is a product's card in the body: a short
// element whose class names a product, with a link to a shop ("Walnut
// Cabinet Pulls, Set of 10", "Shop Now", "$64 at Hollow Oak").
func shopCard(c *node) bool {
	return classIn(c, shopWords) && textSize(c, 300) < 300 && findTag(c, "a") != nil
}

var shopWords = wordSet("product")

// toggleWords in the class of a short element name a button's "Show" or
// "Hide" label (an accordion's section's, beside its heading).
var toggleWords = wordSet("toggle")

// mostText reports whether n holds at least half the paragraph text of the
// page, 400 bytes or more, and names no comments: no chrome, whatever its class says (a
// metered site wraps the body after its first paragraphs in a "paywall"
// element that the page's script hides for readers over their limit).
func (x *extractor) mostText(n *node) bool {
	if id := strings.ToLower(n.attr("class") + n.attr("id")); strings.Contains(id, "comment") || strings.Contains(id, "disqus") {
		return false
	}
	if x.pTotal < 0 {
		x.pTotal = pText(x.doc.root)
	}
	t := pText(n)
	return t >= 400 && t*2 >= x.pTotal
}

// commentSection reports whether n is a block that opens with a comment
// section's label ("3 Comments", "Comments (12)", "Kommentare"), whatever
// its class names: readers' posts under a short article outweigh it.
func commentSection(n *node) bool {
	switch n.tag {
	case "div", "section", "ol", "ul":
	default:
		return false
	}
	c := n.first
	for c != nil && c.tag == "" && strings.TrimSpace(c.text) == "" {
		c = c.next
	}
	if c == nil || c.tag == "" || hasBlockChild(c) || textSize(c, 300) > 300 {
		return false
	}
	return isCommentLabel(collapse(textOf(c)))
}

// isCommentLabel reports whether t is a comment section's label: a word
// for comments, with or without a count before it or in brackets after it,
// or WordPress' count of comments on the post's quoted title ("6 thoughts
// on “Bridge closure extended”", "One response to “…”").
func isCommentLabel(t string) bool {
	t = strings.ToLower(strings.Trim(t, " :()[]0123456789"))
	if i := strings.IndexAny(t, "“\"‘"); i > 0 && strings.Contains("|one thought on|thoughts on|one response to|responses to|one reply to|replies to|one comment on|comments on|", "|"+strings.TrimSpace(t[:i])+"|") {
		return true
	}
	return t != "" && len(t) <= 60 && strings.Contains(commentLabels, "|"+t+"|")
}

const commentLabels = "|comment|comments|reader comments|readers' comments|join the conversation|" +
	"kommentare|commentaires|comentarios|comentários|commenti|reacties|комментарии|комментариев|коментарі|"

// ampChrome reports whether tag is one of AMP's own elements other than
// those that hold a page's text (amp-fit-text, amp-accordion, a live
// blog's amp-live-list, ...): ads, consent, sidebars, share buttons,
// embeds and media, whose placeholder and fallback text ("Loading ad",
// "Advertisement") is no article text.
func ampChrome(tag string) bool {
	return strings.HasPrefix(tag, "amp-") && !strings.Contains(ampText, "|"+tag+"|")
}

const ampText = "|amp-fit-text|amp-accordion|amp-live-list|amp-list|amp-layout|amp-carousel|amp-selector|amp-story|amp-story-page|amp-story-grid-layer|amp-script|amp-truncate-text|"

// articleHeader reports whether a <header> is an article's own, inside an
// <article> and holding its <h1>: the headline and the standfirst under it
// ("Thousands of families are on the move ..."), not the site's masthead.
func articleHeader(n *node) bool {
	inArticle := false
	for p := n.parent; p != nil; p = p.parent {
		if p.tag == "article" {
			inArticle = true
			break
		}
	}
	return inArticle && hasTag(n, "h1")
}

// hasTag reports whether an element with the tag is under n.
func hasTag(n *node, tag string) bool {
	for c := n.first; c != nil; c = c.next {
		if c.tag == tag || c.tag != "" && hasTag(c, tag) {
			return true
		}
	}
	return false
}

// pText is the length of the text inside <p> elements under n.
func pText(n *node) int {
	t := 0
	for c := n.first; c != nil; c = c.next {
		switch {
		case c.tag == "p":
			t += len(textOf(c))
		case c.tag != "" && !dropTags[c.tag]:
			t += pText(c)
		}
	}
	return t
}

// measure fills the subtree statistics of n and its descendants.
func measure(n *node) {
	n.textLen, n.linkLen, n.commas, n.pCount, n.imgCount, n.liCount, n.inputCount = 0, 0, 0, 0, 0, 0, 0
	if n.tag == "" {
		n.textLen, n.commas = textStats(n.text)
		return
	}
	for c := n.first; c != nil; c = c.next {
		measure(c)
		n.textLen += c.textLen
		n.linkLen += c.linkLen
		n.commas += c.commas
		n.pCount += c.pCount
		n.imgCount += c.imgCount
		n.liCount += c.liCount
		n.inputCount += c.inputCount
	}
	switch n.tag {
	case "a":
		n.linkLen = n.textLen
	case "p":
		n.pCount++
	case "img", "picture":
		n.imgCount++
	case "li":
		n.liCount++
	case "input", "select", "textarea", "button":
		n.inputCount++
	}
}

// textStats counts the characters of t after whitespace collapsing, and its
// commas.
func textStats(t string) (n, commas int) {
	space := true
	for _, r := range t {
		if isSpaceRune(r) {
			if !space {
				n++
			}
			space = true
			continue
		}
		space = false
		n++
		if r == ',' || r == '，' || r == '、' {
			commas++
		}
	}
	return n, commas
}

func linkDensity(n *node) float64 {
	if n.textLen == 0 {
		return 0
	}
	return float64(n.linkLen) / float64(n.textLen)
}

var blockTags = wordSet("address article aside blockquote center dd details dialog div dl dt " +
	"fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main " +
	"nav ol p pre section summary table tbody thead tfoot tr td th ul caption")

func isHeading(tag string) bool {
	return len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6'
}

func baseScore(n *node) float64 {
	s := 0.0
	switch n.tag {
	case "div":
		s = 5
	case "article":
		s = 10 // the brief's <article>/<main> bonus
	case "main":
		s = 8
	case "section":
		s = 3
	case "pre", "td", "blockquote":
		s = 3
	case "address", "ol", "ul", "dl", "dd", "dt", "li", "form":
		s = -3
	case "h1", "h2", "h3", "h4", "h5", "h6", "th":
		s = -5
	}
	return s + classWeight(n)
}

// score gives each paragraph-like element's score to its ancestors, as
// readability does: 1 + commas + one point per 100 characters (at most 3),
// in full to the parent, half to the grandparent, a sixth, a ninth, a
// twelfth above.
func (x *extractor) score(n *node) {
	for c := n.first; c != nil; c = c.next {
		if c.tag == "" {
			continue
		}
		para := false
		switch c.tag {
		case "p", "pre":
			para = true
		case "div", "section", "article", "span", "font", "center", "td":
			para = !hasBlockChild(c)
		}
		if para {
			x.give(c, c.textLen, c.commas)
			if c.tag == "td" || c.tag == "div" || c.tag == "section" || c.tag == "article" {
				x.score(c) // nested p in td, etc.
			}
			continue
		}
		if c.tag == "div" || c.tag == "section" || c.tag == "article" || c.tag == "main" || c.tag == "body" {
			// Text directly in a container with block children is a paragraph too.
			direct, commas := 0, 0
			for t := c.first; t != nil; t = t.next {
				if t.tag == "" || !blockTags[t.tag] {
					direct += t.textLen
					commas += t.commas
				}
			}
			if direct >= 25 {
				x.giveTo(c, 0, direct, commas)
			}
		}
		x.score(c)
	}
}

func hasBlockChild(n *node) bool {
	for c := n.first; c != nil; c = c.next {
		if c.tag != "" && blockTags[c.tag] {
			return true
		}
	}
	return false
}

func (x *extractor) give(p *node, length, commas int) {
	if length < 25 || p.parent == nil {
		return
	}
	x.giveTo(p.parent, 0, length, commas)
}

func (x *extractor) giveTo(a *node, level, length, commas int) {
	s := 1 + float64(commas) + min(float64(length/100), 3)
	for ; a != nil && level < 5; a, level = a.parent, level+1 {
		if a.tag == "#root" {
			return
		}
		if !a.scored {
			a.scored = true
			a.score = baseScore(a)
		}
		div := 1.0
		switch {
		case level == 1:
			div = 2
		case level > 1:
			div = float64(level * 3)
		}
		a.score += s / div
	}
}

// content chooses the content root and returns it with the siblings that
// belong to the article.
func (x *extractor) content() []*node {
	var cands []*node
	var collect func(n *node)
	collect = func(n *node) {
		for c := n.first; c != nil; c = c.next {
			if c.scored {
				c.score *= 1 - linkDensity(c)
				cands = append(cands, c)
			}
			if c.tag != "" {
				collect(c)
			}
		}
	}
	collect(x.doc.root)
	body := findTag(x.doc.root, "body")
	if body == nil {
		body = x.doc.root
	}
	if len(cands) == 0 {
		return []*node{body}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	top := cands[0]
	if top.tag == "tr" {
		top = mainCell(top)
	}
	if top.tag == "body" || top.tag == "html" {
		x.top = top
		return []*node{top}
	}
	// Several near-equal candidates under one ancestor: take the ancestor
	// (not when the row's cell was chosen: the row and its table are
	// among them).
	var alts []*node
	for _, c := range cands[1:min(len(cands), 5)] {
		if top != cands[0] {
			break
		}
		if c.score/top.score >= 0.75 {
			alts = append(alts, c)
		}
	}
	if len(alts) >= 3 {
		for p := top.parent; p != nil && p.tag != "body" && p.tag != "#root"; p = p.parent {
			k := 0
			for _, a := range alts {
				if contains(p, a) {
					k++
				}
			}
			if k >= 3 {
				top = p
				break
			}
		}
	}
	if !top.scored {
		top.scored, top.score = true, baseScore(top)
	}
	// Walk up while the parents score higher.
	last := top.score
	threshold := last / 3
	for p := top.parent; p != nil && p.tag != "body" && p.tag != "#root"; p = p.parent {
		if !p.scored {
			continue
		}
		if p.score < threshold || top.tag == "td" && p.tag == "tr" {
			// A layout table's row is its columns, the menus beside the
			// article's cell: the walk stops at the cell.
			break
		}
		if p.score > last {
			top = p
			break
		}
		last = p.score
	}
	for top.parent != nil && top.parent.tag != "body" && top.parent.tag != "#root" && top.parent.first == top.parent.last {
		top = top.parent
	}
	x.top = top
	// Siblings that belong to the article.
	parent := top.parent
	if parent == nil || top.tag == "td" {
		// The cells beside a layout table's article cell are its
		// columns: menus, rails of other stories.
		return []*node{top}
	}
	var out []*node
	threshold = max(10, top.score*0.2)
	cls := top.attr("class")
	for s := parent.first; s != nil; s = s.next {
		if s == top {
			out = append(out, s)
			continue
		}
		if s.tag == "" || card(s) {
			continue // a teaser beside the article: a linked headline over its excerpt
		}
		bonus := 0.0
		if cls != "" && s.attr("class") == cls {
			bonus = top.score * 0.2
		}
		switch {
		case s.scored && s.score+bonus >= threshold:
			out = append(out, s)
		case s.tag == "p":
			ld := linkDensity(s)
			t := collapse(textOf(s))
			if s.textLen > 80 && ld < 0.25 || s.textLen > 0 && s.textLen <= 80 && ld == 0 && strings.HasSuffix(t, ".") {
				out = append(out, s)
			}
		}
	}
	if a := x.headlineArticle(out); a != nil {
		x.top = a[0]
		return a
	}
	return out
}

// headlineArticle is, when the content holds two <article> elements or
// more side by side, the one that holds the page's h1 and the pieces that
// continue it, or nil: a page that loads the next story as the reader
// scrolls, or lists stories after its own, writes each in an <article> of
// the same class, and only the page's own carries the h1; each other story
// opens with its headline, while a piece of the page's own (its body cut
// by an ad or a "Continue reading" button) opens with a paragraph. Nested
// ones (teasers, comments inside an article) are not counted. With the
// h1 outside them all (in the page's header), the page's own is the first
// when it opens with no headline of its own and the others do, and it is
// no shorter than half the longest of them.
func (x *extractor) headlineArticle(out []*node) []*node {
	if x.h1 == "" {
		return nil
	}
	var arts []*node
	var walk func(n *node)
	walk = func(n *node) {
		if n.tag == "article" {
			if n.textLen > 0 {
				arts = append(arts, n)
			}
			return
		}
		for c := n.first; c != nil; c = c.next {
			if c.tag != "" && len(arts) < 100 {
				walk(c)
			}
		}
	}
	for _, n := range out {
		walk(n)
	}
	if len(arts) < 2 {
		return nil
	}
	var own []*node
	longest := 0
	for _, a := range arts {
		if a == x.h1article || x.h1article == nil && a == arts[0] && !a.headed ||
			own != nil && a.attr("class") == own[0].attr("class") && !a.headed {
			own = append(own, a)
		} else {
			longest = max(longest, a.textLen)
		}
	}
	if x.h1article == nil && (own == nil || own[0].textLen*2 < longest) {
		return nil
	}
	return own
}

// firstOf is 1 if a heading or a <header> comes first under n, -1 if a
// <p> does, 0 if neither is there: a story's headline comes first, under
// its kicker or label if it has one; a piece of a story opens with a
// paragraph.
func firstOf(n *node) int {
	for c := n.first; c != nil; c = c.next {
		switch {
		case isHeading(c.tag) || c.tag == "header":
			return 1
		case c.tag == "p":
			return -1
		case c.tag != "" && !dropTags[c.tag]:
			if k := firstOf(c); k != 0 {
				return k
			}
		}
	}
	return 0
}

// mainCell is the cell of the table row tr with the most text outside
// links, the text of its <p> elements counted twice: an old page's
// layout row holds the menus' columns beside the article's, and a cell
// that is a paragraph gives the row its score; a story is written in
// paragraphs, a column of briefs or links in lines.
func mainCell(tr *node) *node {
	best, most, all := tr, 0, 0
	for c := tr.first; c != nil; c = c.next {
		if c.tag == "td" || c.tag == "th" {
			t := c.textLen - c.linkLen + pText(c)
			if all += t; t > most {
				best, most = c, t
			}
		}
	}
	if best != tr && most*3 < all {
		return tr // no cell holds most of the row's text: a table of data
	}
	return best
}

func contains(a, b *node) bool {
	for ; b != nil; b = b.parent {
		if b == a {
			return true
		}
	}
	return false
}

func findTag(n *node, tag string) *node {
	for c := n.first; c != nil; c = c.next {
		if c.tag == tag {
			return c
		}
		if c.tag != "" {
			if f := findTag(c, tag); f != nil {
				return f
			}
		}
	}
	return nil
}

// clean reports whether a container inside the content root is chrome after
// all, by readability's "clean conditionally" tests.
func (x *extractor) clean(n *node) bool {
	if x.pullQuote(n) {
		return true
	}
	switch n.tag {
	case "table", "ul", "ol", "div", "section", "form", "fieldset", "dl", "figure":
	case "h1", "h2", "h3", "h4", "h5", "h6":
		return classWeight(n) < 0
	case "p":
		// A short paragraph that is mostly a link and no sentence is a
		// pointer to another page, in any language: "Read also: <a>…</a>",
		// "Lesen Sie auch: …", "Читайте также: …".
		return n.textLen < 200 && linkDensity(n) > 0.5 && !endsSentence(collapse(textOf(n)))
	default:
		return false
	}
	w := classWeight(n)
	if n.scored {
		w += n.score
	}
	// A wrapper that holds nearly all the content root's text is the
	// body, whatever its class says: a page builder names each block
	// a "widget" (Elementor's "elementor-widget-container").
	if w < 0 && (x.top == nil || n.textLen*5 < x.top.textLen*4) || teaserList(n) {
		return true
	}
	if n.commas >= 10 {
		return false
	}
	ld := linkDensity(n)
	p, img, li := n.pCount, n.imgCount, n.liCount-100
	list := n.tag == "ul" || n.tag == "ol"
	switch {
	case img > 1 && float64(p)/float64(img) < 0.5:
		return true
	case !list && li > p:
		return true
	case n.inputCount > p/3:
		return true
	case n.textLen < 25 && (img == 0 || img > 2) && !hasHeadingChild(n) && n.pCount == 0:
		return n.textLen == 0 || ld > 0
	case w < 25 && ld > 0.2:
		return true
	case w >= 25 && ld > 0.5:
		return true
	}
	return false
}

// quoteWords in a <div>'s class or id name a pull quote ("pull-quote",
// Substack's "pullquote").
var quoteWords = wordSet("pullquote quote")

// pullQuote reports whether n is a pull quote: a <blockquote>, <figure>,
// <aside> or a <div> named so, under 400 characters whose first paragraph (its text if it
// has none) the content's paragraphs say again, without its quotation
// marks and last stop ("If we did nothing, the next big storm could take
// the quay with it." over the paragraph that quotes it). It goes with
// its cite.
func (x *extractor) pullQuote(n *node) bool {
	if n.tag != "blockquote" && n.tag != "figure" && n.tag != "aside" && !(n.tag == "div" && classIn(n, quoteWords)) || n.textLen > 400 || x.quoteTries >= 50 {
		return false
	}
	x.quoteTries++
	p := findTag(n, "p")
	if p == nil {
		p = n
	}
	t := strings.Trim(collapse(textOf(p)), "“”\"'‘’«». ,!?")
	if len(t) < 30 {
		return false
	}
	if x.paras == "" {
		var sb strings.Builder
		var walk func(*node)
		walk = func(n *node) {
			for c := n.first; c != nil; c = c.next {
				if c.tag == "p" {
					sb.WriteString(collapse(textOf(c)) + "\n")
				} else if c.tag != "" {
					walk(c)
				}
			}
		}
		for _, c := range x.nodes {
			walk(c)
		}
		x.paras = sb.String() + "\n"
	}
	return strings.Count(x.paras, t) >= 2 || p == n && strings.Contains(x.paras, t)
}

// endsSentence reports whether t ends as a sentence does: with a full
// stop, question or exclamation mark, an ellipsis, or one of them and a
// closing quote or bracket.
func endsSentence(t string) bool {
	t = strings.TrimRight(t, "\"'’”»)]")
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == '.' || r == '!' || r == '?' || r == '…' || r == '。' || r == '।' // Hindi's danda
}

func hasHeadingChild(n *node) bool {
	for c := n.first; c != nil; c = c.next {
		if isHeading(c.tag) {
			return true
		}
	}
	return false
}

// textSize is the number of bytes of text under n, or a number over max
// when there are more: it reads no more than that.
func textSize(n *node, max int) int {
	size := 0
	var walk func(*node) bool
	walk = func(n *node) bool {
		for c := n.first; c != nil; c = c.next {
			if size += len(c.text); size > max || c.tag != "" && walk(c) {
				return true
			}
		}
		return false
	}
	walk(n)
	return size
}

// textOf is the raw text of n's subtree.
func textOf(n *node) string {
	if n.tag == "" {
		return n.text
	}
	var sb strings.Builder
	var last rune // the last rune written
	edge := false // an element started or ended since (see spaceAtEdge)
	var walk func(*node)
	walk = func(n *node) {
		for c := n.first; c != nil; c = c.next {
			if c.tag == "" {
				if r, _ := utf8.DecodeRuneInString(c.text); edge && spaceAtEdge(last, r) {
					sb.WriteByte(' ')
				}
				if c.text != "" {
					last, _ = utf8.DecodeLastRuneInString(c.text)
					edge = false
				}
				sb.WriteString(c.text)
			} else if !dropTags[c.tag] {
				if c.tag == "br" || blockTags[c.tag] {
					sb.WriteByte(' ')
					last = ' '
				}
				tight := c.tag == "sup" || c.tag == "sub" || c.tag == "wbr"
				edge = edge || !tight
				walk(c)
				edge = edge || !tight
			}
		}
	}
	walk(n)
	return sb.String()
}

func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// invisible runes are dropped from the output.
func invisible(r rune) bool {
	switch r {
	case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x200E, 0x200F:
		return true
	}
	return r < 0x20 || r == 0x7F
}

// collapse normalises whitespace to single spaces, trims, and drops invisible
// characters.
func collapse(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case isSpaceRune(r):
			space = sb.Len() > 0
		case invisible(r):
		default:
			if space {
				sb.WriteByte(' ')
				space = false
			}
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

func sameText(a, b string) bool {
	return strings.EqualFold(collapse(a), collapse(b))
}
