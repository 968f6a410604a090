package clean

import (
	"strings"
	"unicode"

	"github.com/dossierapp/dossier/app/boiler"
)

// A headline the classifier doubted stands over the line the layout gave
// instead: its standfirst ("Gale to drive Nationwide" over "After driving
// three circuits last season, Mobilian to focus on former Busch Series"), a
// picture's caption, or a teaser between it and the article, past the
// byline, the date and the share buttons. The story repeats the
// headline's words; a menu entry or a section's label over a headline does
// not, nor a share button, a tag list or a teaser for another story the
// layout gave when the headline stands further up.

// climbReach is how many lines of three words or more above the chosen
// line headlineAbove reads: a byline, a date, a credit and the headline.
const climbReach = 6

// storyParas is how many of the article's first paragraphs headlineAbove
// reads for the headline's words.
const storyParas = 5

// headlineAbove returns the headline over line h, the one the layout gave,
// when the first line above it that is neither a byline, a date, a credit
// nor a short button is shaped as a headline and tells the story of the
// article from block body on: two of its story words at least and half of
// them recur in the first paragraphs, a greater share than of line h's
// (see echoOf), or line h is its longer deck. It returns -1 when there is
// none.
func headlineAbove(d *doc, h, body int) int {
	if h <= 0 || h >= body {
		return -1
	}
	story := paragraphWords(d, storyStart(d, body), storyParas)
	hs, ho := echoOf(story, d.blocks[h].text)
	for k, n := h-1, 0; k >= 0 && k >= h-2*climbReach && n < climbReach; k-- {
		b := d.blocks[k]
		if b.nw <= 2 {
			continue
		}
		n++
		shared, own := echoOf(story, b.text)
		if bylineOrDate(b) || b.nw <= 4 && shared == 0 {
			continue
		}
		if !b.kept() && !headlineRestorable(b.removed) || !oneHeadline(b) || d.scoreOverHeadline(k) {
			return -1
		}
		// A section's label ("More Harbour News") names one word of the
		// story at most.
		if shared >= 2 && d.firstLongLine(k) && d.nextNonEmpty(k) == h && !endsSentence(d.blocks[h].text) && !d.listEntry(k) {
			// The first line of four words or more on the page, over the
			// line chosen, a deck right under it: the headline, though its
			// deck tells the lede's words better (Nikkei Asia's, UnHerd's
			// under their menus).
			return k
		}
		// A deck in sentence case, three words or more longer than the
		// line over it, also in sentence case, retells more of the lede
		// than its headline ("Storm wall 'neglected for years'" over
		// "Inspector says the harbour wall ... had missed repairs"): the
		// share of the story's words does not weigh then, and a headline
		// of four words or more may name the story by one name of two
		// story words ("Marsh raring to go again" over a caption naming
		// the lede's "Jo Marsh", "launch", "Cowes"; not "Skip to main
		// content"). (Dev, CV by site: a label or a caption over
		// a headline in capitals is no headline over its deck.)
		deck := d.blocks[h].nw >= b.nw+3 && !capitalised(d.blocks[h].text) && !capitalised(b.text)
		if shared < 2 && !(deck && shared == 1 && own == 2 && b.nw >= 4 && namesStory(story, b.text)) || 2*shared < own || !deck && (shared*ho < hs*own || shared*ho == hs*own && !shorterSentence(b, d.blocks[h])) || d.listEntry(k) {
			return -1
		}
		return k
	}
	return -1
}

// firstLongLine reports whether block k is the page's first line of four
// words or more, every line above it a menu's or a masthead's few words.
func (d *doc) firstLongLine(k int) bool {
	for _, b := range d.blocks[:k] {
		if b.nw >= 4 {
			return false
		}
	}
	return d.blocks[k].nw >= 4
}

// echoOf counts the story words of s (see storyWords) past the function
// words and the words the classifier learned as a page's furniture
// ("facebook", "gallery", "login"), and how many of them story holds.
func echoOf(story map[string]bool, s string) (shared, own int) {
	vocab := boiler.Default().Vocab
	seen := map[string]bool{}
	for _, f := range strings.FieldsFunc(lower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		w := storyWords(f)
		if len(w) == 0 || seen[w[0]] || functionWords[w[0]] || vocab[noApostrophe.Replace(f)] >= furnitureOdds {
			continue
		}
		seen[w[0]] = true
		own++
		if story[w[0]] {
			shared++
		}
	}
	return shared, own
}

// noApostrophe writes a word as the classifier's vocabulary does
// ("companys").
var noApostrophe = strings.NewReplacer("'", "", "’", "")

// furnitureOdds is the log-odds of boilerplate from which a word of the
// classifier's vocabulary names a page's furniture, not its story.
const furnitureOdds = 1

// functionWords are English words of four letters or more that tell no
// story, cut as storyWords cuts them ("befor", "throu"). Written cut: a
// package variable may not call storyWords, which reads the spin table
// before its init has loaded it.
var functionWords = setOf("about above after again also been befor being could does down each from have here into just more most much only other over said says same some such than that their them then there these they this those throu under until very were what when where which while will with would your")

// storyEchoReach is how many lines above the article's first paragraph
// headlineByEcho reads.
const storyEchoReach = 25

// headlineByEcho returns the line that tells the story of the article from
// block body on best, when line h, the one chosen so far, names less than a
// third of its words (a share button, a tag list, a section's link, a
// teaser for another story that shares a word with it): among the
// headline-shaped lines of the storyEchoReach lines above body, the one
// whose story words recur most in the first paragraphs, as a share of its
// own and in number, two at least, half its own and a greater share than
// line h's (see echoOf); a line removed as the repeat of a link to it the
// classifier takes for boilerplate counts too (see repeatOfTeaser). When
// line h names one story word of three or more (see weakEcho), only a line
// that tells the story (see strongEcho), and alone, may take its place. It
// returns -1 when there is none.
func headlineByEcho(d *doc, h, body int, decisions []boiler.Decision) int {
	story := paragraphWords(d, storyStart(d, body), storyParas)
	hs, ho := 0, 1
	if h >= 0 {
		if hs, ho = echoOf(story, d.blocks[h].text); ho == 0 || isWireDateline(d.blocks[h]) || creditShaped(d.blocks[h]) || dashEnd(d.blocks[h].text) || listLine(d.blocks[h]) {
			// No story word at all ("Email this to a friend"), or a
			// dateline's, a credit's ("RENO, Nev. --", "Marcos
			// Baghdatis (AAP)"), a tag list's.
			hs, ho = 0, 1
		}
		if 3*hs >= ho && !weakEcho(hs, ho) {
			return -1
		}
	}
	best, bs, bo := -1, 0, 1
	weak := h >= 0 && 3*hs >= ho // h names a word of the story, a third of its own (see weakEcho)
	strong := 0                  // the lines that tell the story then (see strongEcho)
	reach := storyEchoReach
	if hs == 0 {
		// A line telling none of the story ("Send Mail close this
		// form"): the headline may stand past a long form or menu.
		reach *= 3
	}
	for k := max(body-reach, 0); k < body; k++ {
		b := d.blocks[k]
		if !b.kept() && !headlineRestorable(b.removed) && !d.repeatOfTeaser(k, decisions) || b.nw < 3 || !oneHeadline(b) || bylineOrDate(b) || d.listEntry(k) {
			continue
		}
		shared, own := echoOf(story, b.text)
		if shared < 2 || 2*shared < own || shared*ho <= hs*own || k < body-storyEchoReach && !d.farHeadline(k) ||
			weak && !strongEcho(shared, own) {
			continue
		}
		if weak {
			strong++
		}
		if shared*bo > bs*own || shared*bo == bs*own && shared >= bs {
			best, bs, bo = k, shared, own
		}
	}
	if strong > 1 {
		// Two lines or more telling the story alike: a list of the
		// site's pages on it ("..., Part 1", "..., Part 2"), no headline.
		return -1
	}
	return best
}

// oneHeadline reports whether b reads as one headline: shaped as one, of
// twenty-five words at most (a press release's are long), no sentence ended inside it nor a full stop at its
// end, not cut short ("…"), and no list (a trail, a menu's " | ", three commas or
// more: "Friday's Best Deals: Books, Lamps, Pillows, and More"), no
// credit's field.
func oneHeadline(b *block) bool {
	t := strings.TrimRight(b.text, " ")
	return b.nw <= 25 && headlineShaped(b) && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "…") && !trail(t) &&
		!strings.Contains(t, " | ") && strings.Count(t, ",") < 3 && !sentenceInside(t) && !creditField(t)
}

// creditField reports whether s is a credit's field, a role of two words
// at most and a person's name ("Director: Andrew Piddington", "Art
// Director: Gail Bichler"), as a film's or a magazine's page lists them;
// not a headline's kicker and title ("Who's Who: The Twitter Help Desk").
func creditField(s string) bool {
	role, name, ok := strings.Cut(s, ": ")
	return ok && words(role) <= 2 && words(name) <= 3 && !strings.HasPrefix(name, "The ") && isNameLine(name)
}

// sentenceInside reports whether a sentence ends inside s: a full stop, a
// question or an exclamation mark, then a space and a capital ("See a
// sample reprint in PDF format. Order a reprint ...").
func sentenceInside(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if (s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i+1] == ' ' && 'A' <= s[i+2] && s[i+2] <= 'Z' && (s[i] != '.' || !abbrevBefore(s[:i])) {
			return true
		}
	}
	return false
}

// abbrevBefore reports whether s ends with an abbreviation's letters
// ("Mr", "St", "U.S", "No"): a word of one or two letters.
func abbrevBefore(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && len([]rune(strings.ReplaceAll(f[len(f)-1], ".", ""))) <= 2
}

// storyStart returns where the article's story starts for its words: block
// body, the first paragraph of prose, or the short statements kept right
// above it, a lede too short to count as prose ("Australian actress Toni
// Collette has given birth to a baby girl."; not a question, which a
// standfirst asks).
//
//go:noinline
func storyStart(d *doc, body int) int {
	for body > 0 {
		b := d.blocks[body-1]
		if !b.kept() || b.kind != "paragraph" || b.nw < 6 || !strings.HasSuffix(b.text, ".") {
			break
		}
		body--
	}
	return body
}

// dashEnd reports whether s ends with a dash, the place of a dateline cut
// from the sentence it opens ("RENO, Nev. --", "LAS VEGAS--(BUSINESS
// WIRE)--").
func dashEnd(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, "--") || strings.HasSuffix(s, "—") || strings.HasSuffix(s, "–")
}

// shorterSentence reports whether headline b, as much of the story as line
// h, reads as its shorter telling: five words or more, fewer than h's, and
// a word that joins a sentence ("Bank charge case in court" over "Bank
// charges: Fees unfair?"); a tag list has none ("Doomsday Preppers G5
// Games natgeo tv tiny tower").
func shorterSentence(b, h *block) bool {
	if b.nw < 5 || b.nw >= h.nw {
		return false
	}
	for _, w := range strings.Fields(b.low) {
		if joinWords[w] {
			return true
		}
	}
	return false
}

// namesStory reports whether a capitalised word of s, a name, is a story
// word of story (see storyWords).
func namesStory(story map[string]bool, s string) bool {
	for _, w := range strings.Fields(s) {
		if upperWord(w) {
			if sw := storyWords(w); len(sw) > 0 && story[sw[0]] {
				return true
			}
		}
	}
	return false
}

// joinWords are short English words that join a sentence's parts.
var joinWords = setOf("a an the of to in on at for by with from as and or is are was")

// listLine reports whether b, not the page's title line, is a list of
// three commas or more, a credit's field or a trail ("Hot tags: sport,
// australia, tennis, cricket"): its words name the story's subjects, it
// tells no story.
func listLine(b *block) bool {
	return b.kind != "title" && (strings.Count(b.text, ",") >= 3 || creditField(b.text) || trail(b.text))
}

// farHeadline reports whether block k, further above the article than
// storyEchoReach, reads as its headline: five words or more, not in
// capitals, no comma (a blog's tagline, "Tips, tricks, and help for ...",
// a name and its role) nor a trail's mark, and its byline ("By Jane Doe")
// within the next lines, which a teaser for another story has not.
func (d *doc) farHeadline(k int) bool {
	b := d.blocks[k]
	if b.nw < 5 || shouted(b.text) || strings.ContainsAny(b.text, ",»") {
		return false
	}
	for i := k + 1; i < len(d.blocks) && i <= k+3; i++ {
		if o := d.blocks[i]; strings.HasPrefix(o.low, "by ") && !strings.HasPrefix(o.low, "by the ") && o.nw <= 8 && isByline(o.text[3:]) {
			return true
		}
	}
	return false
}
