package clean

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/boiler"
	"github.com/dossierapp/dossier/app/parse"
)

// PipelineVersion identifies the cleanup output; it changes whenever Clean's
// output for some input changes, so it can key caches of cleaned articles.
const PipelineVersion = "clean-272"

// Removal reasons, as shown to the reader.
const (
	ReasonDonation   = "donation appeal"
	ReasonNewsletter = "newsletter box"
	ReasonCrumb      = "payment/UI crumb"
	ReasonAd         = "ad marker"
	ReasonCaption    = "photo caption"
	ReasonCredit     = "photo credit"
	ReasonNav        = "navigation"
	ReasonRelated    = "related stories"
	ReasonShare      = "share widget"
	ReasonCookie     = "cookie notice"
	ReasonRepeated   = "repeated lede"
	ReasonMetadata   = "metadata line"
	ReasonAdClause   = "injected ad clause"
	ReasonSignoff    = "wire sign-off"
	ReasonTags       = "tag list"
	ReasonCopyright  = "copyright notice"
	ReasonEmpty      = "empty"
)

// Result is a cleaned article.
type Result struct {
	// Title is the headline; TitleInferred is true when the source has none and
	// Title was made from the first sentence.
	Title         string
	TitleInferred bool
	// Publisher is the publication named by the text ("The Moscow Times"), or "".
	Publisher string
	// Date is the publication date stated by the text, "YYYY-MM-DD", or "".
	Date string
	// Blocks holds every block of the source in order, kept and removed.
	Blocks []Block
	// Spin is how spun the text looked, from 0 (natural) to 1.
	Spin float64
}

// Block is one block of the source.
type Block struct {
	// Kind is "title", "heading" or "paragraph".
	Kind string
	// Removed is "" when the block is kept, else the reason it was removed.
	Removed string
	// Segments is the block's text as runs: plain text, repaired words (Original
	// set) and spans removed inside a kept block (Removed set).
	Segments []Segment
}

// Segment is a run of a block's text.
type Segment struct {
	// Text is the run's (clean) text.
	Text string
	// Original is the spun word a repair replaced, or "".
	Original string
	// Removed is "" when the run is kept, else the reason it was removed.
	Removed string
}

// Text returns the block's clean text: its kept segments joined.
func (b Block) Text() string {
	if len(b.Segments) == 1 && b.Segments[0].Removed == "" {
		return b.Segments[0].Text
	}
	n := 0
	for _, s := range b.Segments {
		if s.Removed == "" {
			n += len(s.Text)
		}
	}
	var sb strings.Builder
	sb.Grow(n) // once, not a growth a segment
	for _, s := range b.Segments {
		if s.Removed == "" {
			sb.WriteString(s.Text)
		}
	}
	return tidySpace(sb.String())
}

// Source returns the block's full text as it appeared, removed runs included and
// repaired words in their original form.
func (b Block) Source() string {
	if len(b.Segments) == 1 && b.Segments[0].Original == "" {
		return strings.TrimSpace(b.Segments[0].Text)
	}
	var sb strings.Builder
	for _, s := range b.Segments {
		if s.Original != "" {
			sb.WriteString(s.Original)
		} else {
			sb.WriteString(s.Text)
		}
	}
	return strings.TrimSpace(sb.String())
}

// Body returns the kept heading and paragraph blocks.
func (r Result) Body() []Block {
	out := make([]Block, 0, len(r.Blocks)) // one array, not one per doubling
	for _, b := range r.Blocks {
		if b.Removed == "" && b.Kind != string(parse.Title) && b.Text() != "" {
			out = append(out, b)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// Render returns the rendered clean text: the title (inferred or not), a blank
// line, then the kept body blocks separated by blank lines. Cleaning the
// rendered text again yields the same rendered text.
func (r Result) Render() string {
	var sb strings.Builder
	body := r.Body()
	// An inferred title that is the whole paragraph it was inferred from (the
	// first) is not repeated: it would read as a repeated lede when the
	// rendering is cleaned again.
	echo := false
	if r.Title != "" && r.TitleInferred {
		for _, b := range body {
			if b.Kind == string(parse.Paragraph) {
				echo = sameKey(r.Title, b.Text())
				break
			}
		}
	}
	if r.Title != "" && !echo {
		sb.WriteString(r.Title)
		sb.WriteString("\n\n")
	}
	for i, b := range body {
		if i > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(b.Text())
	}
	return strings.TrimSpace(sb.String()) + "\n"
}

// Repairs returns the spun words repaired, in order.
func (r Result) Repairs() []Segment {
	var out []Segment
	for _, b := range r.Blocks {
		if b.Removed != "" {
			continue
		}
		for _, s := range b.Segments {
			if s.Original != "" && s.Removed == "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// block is the working form of a Block while the rules run.
type block struct {
	kind    string
	removed string
	text    string // tidy full text, glued spans included
	low     string // text lower-cased
	k       string // key(text)
	nw      int    // blockWords(text): words, Chinese and Japanese by their characters
	toks    []token
	arena   *[]token // where toks is carved from (see tokens), or nil
	lows    *[]byte  // where low is lowered into while it has room (see scanText), or nil
	segs    []Segment
	ps      pairSet // low's pairs of bytes, once psOK (see pairs)
	group   int
	swap    bool // low holds a word of functionSwaps (see scanText)
	tokOK   bool // toks is set
	psOK    bool // ps is set
	credit  bool // a photo credit was glued onto it
	md      bool // a Markdown heading
	bullet  rune // the bullet sign the block's source opens with (parse.Block's Bullet), or 0
}

func (b *block) kept() bool { return b.removed == "" }

// setText sets the block's text and the forms the rules match on, computed
// once per block. It reports whether t is tidy (see tidySpace).
func (b *block) setText(t string) bool {
	b.text = t
	var tidy bool
	b.low, b.nw, b.swap, tidy = scanText(t, b.lows)
	b.toks, b.tokOK, b.psOK = nil, false, false
	switch {
	case len(t) > 200:
		b.k = ""
	case tidy:
		b.k = trimKey(b.low)
	default:
		b.k = key(t)
	}
	return tidy
}

// pairs returns the pairs of bytes of the block's lower-cased text, made
// once for the matchers that read it (maskIn).
//
//go:noinline
func (b *block) pairs() *pairSet {
	if !b.psOK {
		b.ps, b.psOK = linePairs(b.low), true
	}
	return &b.ps
}

// tokens returns the words of the block's plain segments, tokenized once and
// shared by the steps that need them.
func (b *block) tokens() []token {
	if !b.tokOK {
		if b.arena == nil {
			b.toks = tokenize(b.segs, b.text, b.low)
		} else {
			a := *b.arena
			start := len(a)
			a = appendTokens(a, b.segs, b.text, b.low)
			b.toks, *b.arena = a[start:len(a):len(a)], a
		}
		b.tokOK = true
	}
	return b.toks
}

// keptText is the text of the block's kept segments.
//
//go:noinline
func (b *block) keptText() string {
	return Block{Segments: b.segs}.Text()
}

// doc is the article while the rules run.
type doc struct {
	blocks []*block
	// templates are the lines the page's site repeats on other pages, with
	// the number of pages (see Templates), or nil.
	templates map[string]int
	// site is the site name a page title gave ("Headline | Site"), or "".
	site string
	// echo is the index of the first line when it is the inferred title of
	// a rendered clean text (see dropEchoTitle), else -1.
	echo int
	// echoOf is the paragraph the echo was inferred from, or -1.
	echoOf int
	// twins holds, for a block removed as a repeat, the copy that stayed
	// (see ruleRepeated and restoreRepeats).
	twins map[int]int
	// learned holds the blocks the classifier removed (see ruleLearned),
	// whatever reason it named: a menu's and a related list's are the
	// named rules' reasons too.
	learned map[int]bool
	// learnedP is the classifier's first verdict on each block (see
	// ruleLearned), nil where it did not judge the page.
	learnedP []boiler.Decision
	// learnedKeep is what ruleLearned's rounds spared (on a page the
	// classifier judged unscraped, the title alone; see
	// rescoreUnderTitle), nil where it did not judge the page.
	learnedKeep func(i int, p float32) bool
	// keptLearned is how many blocks were kept when ruleLearned ended.
	keptLearned int
	// posts is set where the page is a thread of posts rather than one
	// article (see keepThread): its kept lines far down are its own (see
	// ruleTailIsland).
	posts bool
	// title0 is the first line's split as a page title (see pageTitle).
	title0 titleSplit
	// furniture is the removed lines' letters and digits, for mentions
	// (nil until it first counts).
	furniture []string
	// lede is the last ledeWords: its paragraphs, their texts and words.
	lede struct {
		at    [2]*block
		texts [2]string
		words map[string]bool
	}
	// overHeadline holds the lines chooseTitle took for the page's header
	// over the headline that tells the story ("In Pictures"): no masthead.
	overHeadline map[*block]bool
	// zoneOut is the last line headerZone read when it ran out of lines
	// to read before the zone ended, else -1 or 0.
	zoneOut int
	// zoned says headerZone read a zone under some headline.
	zoned bool
	// overLede is the headline headlineOverLede found right above the
	// article's prose, on a page whose other lines told nothing of it.
	overLede *block
	// deckHead is the headline headlineOverDeck found over its deck,
	// which tells the story the headline shares no word of.
	deckHead *block
	// goneBeforeDonation marks the lines removed before ruleDonation ran
	// (see ruleDonationKept).
	goneBeforeDonation []bool
	// column is the post's headline that repeats the page's title line,
	// under a blog's side column (see ruleColumn), or 0.
	column int
	// commentsAt is where the comment section under a short post starts,
	// found before the classifier judged the page (see bodyOverComments),
	// or 0.
	commentsAt int
}

// pageTitle returns the first line as a page title line, split on first
// use and again when the line changed.
//
//go:noinline
func (d *doc) pageTitle() *titleSplit {
	if t := d.blocks[0].text; d.title0.t != t {
		d.title0 = titleSplit{t: t}
	}
	return &d.title0
}

// firstLineSite is siteOfTitle of the first line, split once (see
// pageTitle); titleSite is the site a title line gives.
func (d *doc) firstLineSite() string {
	_, site := d.pageTitle().parts()
	return site
}

// titleHeadKey is textKey(titlePart) of the first line, made once (see
// pageTitle).
func (d *doc) titleHeadKey() string { return d.pageTitle().headKey() }

// repanic makes Clean panic instead of falling back to its best-effort
// result, so that tests see the bugs the fallback would hide.
var repanic bool

// Clean cleans a raw article. It never panics and runs in linear time.
func Clean(raw string) Result { return clean(raw, nil) }

// clean is Clean with the page's site's template lines (see Templates).
func clean(raw string, templates map[string]int) (res Result) {
	defer func() {
		if p := recover(); p != nil {
			if repanic {
				panic(p)
			}
			// Best effort: the whole text as one kept paragraph.
			t := tidySpace(sanitize(raw))
			res = Result{TitleInferred: true, Title: inferTitle(t)}
			if t != "" {
				res.Blocks = []Block{{Kind: string(parse.Paragraph), Segments: []Segment{{Text: t}}}}
			}
		}
	}()
	text := sanitize(raw)
	pbs := parse.Parse(text)
	d := &doc{blocks: make([]*block, 0, len(pbs)), templates: templates, echo: -1, echoOf: -1}
	sp := blockStores.Get().(*[]block)
	store := *sp
	if cap(store) < len(pbs) {
		store = make([]block, len(pbs))
	}
	store = store[:len(pbs)]
	segs := make([]Segment, len(pbs)) // the blocks' single segments, one allocation for the page
	arena := tokenArenas.Get().(*[]token)
	// The blocks' lowered texts, one allocation for the page: about the
	// text's length (a block with room short lowers into its own).
	lows := make([]byte, 0, len(text))
	for i, pb := range pbs {
		store[i].lows = &lows
		d.blocks = append(d.blocks, newBlockIn(&store[i], pb, segs[i:i+1:i+1], i == 0))
		store[i].arena = arena
	}
	d.markBullets(pbs)
	d.dropEchoTitle()
	res.Spin = repairSpin(d)
	for _, r := range rules {
		r.apply(d)
	}
	d.dropHollow()
	d.nameShareBars()
	kept := d.keptCount()
	res.Title, res.TitleInferred = chooseTitle(d)
	d.headlineOutOfList(res.TitleInferred)
	res.Title, res.TitleInferred = dropLineOverEcho(d, res.Title, res.TitleInferred)
	if t := headerZoneAgain(d, res.TitleInferred); t != "" {
		res.Title = t
	}
	labelOverTitle(d, res.Title, res.TitleInferred)
	siteUnderTitleLine(d, res.Title, res.TitleInferred)
	ruleDatelineAgain(d) // under the title chosen, the lines over it gone
	d.rescoreUnderTitle(kept)
	res.Publisher = findPublisher(d, res.Title)
	res.Date = findDate(d)
	if !res.TitleInferred {
		d.headlineAtArticle()
	}
	if !res.TitleInferred {
		res.Title = withoutColonKicker(res.Title)
	}
	res.Blocks = make([]Block, 0, len(d.blocks))
	for _, b := range d.blocks {
		res.Blocks = append(res.Blocks, Block{Kind: b.kind, Removed: b.removed, Segments: b.segs})
	}
	putTokenArena(arena)
	putBlockStore(sp, store)
	return res
}

// tokenArenas hold the slices the blocks' tokens are carved from, reused
// from article to article: the tokens live only while Clean runs.
var tokenArenas = sync.Pool{New: func() any { return new([]token) }}

// blockStores hold the arrays a page's blocks are made in, reused from
// article to article: no block outlives Clean (Result's blocks are copies,
// their segments apart). Made for each article, they were a tenth of the
// bytes a cleaning allocated (speed43).
var blockStores = sync.Pool{New: func() any { return new([]block) }}

// maxStore is the most blocks a store keeps when it goes back to the pool.
const maxStore = 1 << 12

func putBlockStore(sp *[]block, store []block) {
	if cap(store) > maxStore {
		return
	}
	clear(store) // let the article's text go
	*sp = store[:0]
	blockStores.Put(sp)
}

// maxArena is the most tokens an arena keeps when it goes back to the pool.
const maxArena = 1 << 16

func putTokenArena(a *[]token) {
	if cap(*a) > maxArena {
		return
	}
	clear(*a) // let the article's text go
	*a = (*a)[:0]
	tokenArenas.Put(a)
}

func newBlock(b *block, pb parse.Block) *block { return newBlockIn(b, pb, make([]Segment, 1), true) }

// newBlockIn is newBlock with the block's segment, if it has one, written
// in one, a slice of one segment; first says it is the page's first block.
func newBlockIn(b *block, pb parse.Block, one []Segment, first bool) *block {
	*b = block{kind: string(pb.Kind), group: pb.Group, md: pb.Level > 0, lows: b.lows}
	if len(pb.Glued) == 0 {
		// The common case: one plain segment.
		if !b.setText(pb.Text) {
			b.setText(tidySpace(pb.Text))
		}
		if b.text != "" {
			one[0] = Segment{Text: b.text}
			b.segs = one
		} else {
			b.removed = ReasonEmpty
		}
		return b
	}
	pos := 0
	add := func(s, reason string) {
		if s == "" {
			return
		}
		b.segs = append(b.segs, Segment{Text: s, Removed: reason})
	}
	for _, g := range pb.Glued {
		if g.Start < pos || g.End > len(pb.Text) {
			continue
		}
		add(tidySpace(pb.Text[pos:g.Start]), "")
		reason := ReasonMetadata
		if g.Role == parse.GluedCredit {
			reason = ReasonCredit
			b.credit = true
		}
		add(" "+tidySpace(pb.Text[g.Start:g.End])+" ", reason)
		pos = g.End
	}
	add(tidySpace(pb.Text[pos:]), "")
	// Keep glued spans' spacing out of the edges.
	if n := len(b.segs); n > 0 {
		b.segs[0].Text = strings.TrimLeft(b.segs[0].Text, " ")
		b.segs[n-1].Text = strings.TrimRight(b.segs[n-1].Text, " ")
	}
	b.setText(b.source())
	if b.keptText() == "" && len(b.segs) > 0 && b.segs[0].Removed != "" {
		b.removed = b.segs[0].Removed
	}
	if len(b.segs) == 0 {
		b.removed = ReasonEmpty
	}
	// What is left of a paragraph once its glued metadata is cut stands
	// alone in the rendering, where parse may read it as a heading ("Date
	// 2024-03-01 A000" leaves "A000"): it is read so now too, as a second
	// cleaning will read it. Found by FuzzClean. (Parse reads a line alone
	// as the page's title when it looks like a headline: under the page's
	// first line it is a heading when it looks like one, "0 0 0 0A (0000
	// a/PA)"; FuzzClean f3cecfc0a24eadb1. The page's first line stays a
	// paragraph: the title inferred from it is its echo.)
	if kept := b.keptText(); b.kind == string(parse.Paragraph) && kept != "" && kept != b.text {
		if pbs := parse.Parse(kept); len(pbs) == 1 && (pbs[0].Kind == parse.Heading || !first && pbs[0].Kind == parse.Title && parse.LooksLikeHeading(pbs[0].Text)) {
			b.kind = string(parse.Heading)
		}
	}
	return b
}

//go:noinline
func (b *block) source() string {
	return Block{Segments: b.segs}.Source()
}

// dropHollow removes a kept block that has a removed span and nothing left
// but punctuation ("!" after an injected ad clause), with the span's reason:
// cleaning its rendering would remove the punctuation as a crumb.
func (d *doc) dropHollow() {
	for i, b := range d.blocks {
		if !b.kept() || len(b.segs) < 2 {
			continue
		}
		reason := ""
		for _, s := range b.segs {
			if s.Removed != "" {
				reason = s.Removed
			}
		}
		if reason == "" {
			continue
		}
		if strings.IndexFunc(b.keptText(), func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
			d.remove(i, reason)
		}
	}
}

// dropEchoTitle removes a first line (parsed as a title, a heading or, when
// it does not look like one, a paragraph) that is exactly the headline
// inferTitle makes from the first paragraph after it: the inferred title of a rendered clean
// text. Cleaning the rendering then sees what the first cleaning saw (one
// paragraph, no headline) and infers the same title, so Render is idempotent.
func (d *doc) dropEchoTitle() {
	first := -1
	var next []int // the paragraphs under it chooseTitle may have inferred a title from
	under := false // a kept line under the first was seen
	for i, b := range d.blocks {
		if !b.kept() {
			continue
		}
		if first < 0 {
			first = i
			continue
		}
		// The first paragraph, or one after a few short lines the first
		// cleaning read as headings and this one, under a title, as
		// paragraphs ("0 said!"); or the line right under the first when
		// it is a heading saying more than the first: a paragraph whose
		// metadata prefix the first cleaning cut reads as one alone
		// ("date 2000-1-1 AAA 00! 00000 0000000000"; found by FuzzClean).
		// (Render leaves out an inferred title that says no less.)
		if b.kind == "paragraph" || b.kind == "heading" && !under && !sameKey(b.text, d.blocks[first].text) {
			next = append(next, i)
			if len(next) == echoReach || b.nw > 14 {
				break
			}
		}
		under = true
	}
	if first < 0 {
		return
	}
	t := d.blocks[first]
	// An inferred title is a run of the paragraph's first 400 bytes with its
	// first letter capitalised: a cheap test before inferring one.
	_, n := utf8.DecodeRuneInString(t.text)
	if t.nw > 14 {
		return
	}
	for _, k := range next {
		p := d.blocks[k]
		if contains(p.text[:min(len(p.text), 400)], t.text[n:]) && t.text == inferTitle(p.keptText()) {
			d.remove(first, ReasonRepeated)
			d.echo, d.echoOf = first, k
			return
		}
	}
}

// echoReach is how many paragraphs under a first line dropEchoTitle reads
// for the one its title was inferred from.
const echoReach = 3

// remove marks block i removed with reason, if it is still kept.
//
//go:noinline
func (d *doc) remove(i int, reason string) {
	if i >= 0 && i < len(d.blocks) && d.blocks[i].kept() {
		d.blocks[i].removed = reason
	}
}
