package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// textKey reduces text to lower-case letters and digits, for comparing blocks.
func textKey(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		out := make([]byte, 0, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				out = append(out, c)
			case c >= 'A' && c <= 'Z':
				out = append(out, c+'a'-'A')
			}
		}
		return string(out)
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			sb.WriteRune(unicode.ToLower(r))
		}
	}
	return sb.String()
}

// ruleRepeated removes a repeated lede: a paragraph whose text appears twice.
// When the first copy carried a glued photo credit it is the photo's caption and
// is the one removed; otherwise the later copy goes. A paragraph repeating the
// headline goes too.
func ruleRepeated(d *doc) {
	d.kickerEchoes()
	seen := make(map[uint64]int, len(d.blocks))
	for i, b := range d.blocks {
		if !b.kept() {
			continue
		}
		kt := b.keptText()
		if len(kt) < 30 {
			continue
		}
		h, n := textHash(kt)
		if n < 30 {
			continue
		}
		j, ok := seen[h]
		if !ok || !sameKey(d.blocks[j].keptText(), kt) {
			if !ok {
				seen[h] = i
			}
			continue
		}
		first := d.blocks[j]
		switch {
		case first.kind == "title" && b.kind != "title" && j == 0 && d.short(i) && (i <= maxHeadlineLine || d.leadsArticle(i)) && !runTogether(kt, first.keptText()):
			// The page's title line over the headline that repeats it: the
			// page's own headline is the title, and the title line goes
			// (a scraped page's first line is its HTML title). Past a long
			// menu the headline is the repeat over the article's prose.
			promoteHeadline(d, i)
			seen[h] = i
		case first.kind == "title" && b.kind != "title":
			d.removeRepeat(i, j)
		case first.credit || first.kind != "paragraph" && b.kind == "paragraph":
			d.removeRepeat(j, i)
			seen[h] = i
		case d.inShortRun(j) && (d.leadsSection(i) || d.shareCardTitle(j, i)):
			// The first copy is an entry of the page's table of contents,
			// the repeat the heading of its section; or the first is a
			// share card's ("Share this post" / "Why Vilnius is buying
			// trains, not tanks" / "Copy link") and the repeat the
			// headline over the article's subtitle, byline and prose.
			d.remove(j, ReasonNav)
			seen[h] = i
		default:
			d.removeRepeat(i, j)
		}
	}
}

// maxHeadlineLine is the furthest line from the top a headline sits (past
// the menus of a scraped page).
const maxHeadlineLine = 80

// shortLine is the most words a line of a table of contents or a section
// heading has.
const shortLine = 15

// short reports whether block i is a short line that does not end as a
// sentence ends.
//
//go:noinline
func (d *doc) short(i int) bool {
	b := d.blocks[i]
	return b.nw <= shortLine && !endsSentence(b.text)
}

// inShortRun reports whether block i is a short line with another short
// line next to it: an entry of a list of links such as a table of contents.
func (d *doc) inShortRun(i int) bool {
	return d.short(i) && (i > 0 && d.short(i-1) || i+1 < len(d.blocks) && d.short(i+1))
}

// leadsSection reports whether block i is a short line followed by a
// paragraph of prose: a section heading.
func (d *doc) leadsSection(i int) bool {
	if !d.short(i) || i+1 >= len(d.blocks) {
		return false
	}
	next := d.blocks[i+1]
	return next.kind == "paragraph" && next.nw > shortLine && endsSentence(next.text)
}

// shareCardTitle reports whether block j is a share card's copy of the
// headline i a few lines under it, above the article: both headings, no
// prose above j, and the prose of the article a few short lines under i (a
// subtitle, a byline, a date).
func (d *doc) shareCardTitle(j, i int) bool {
	if i-j > shareCardReach || d.blocks[j].kind == "paragraph" || d.blocks[i].kind == "paragraph" || d.blocks[i].nw < 4 {
		return false
	}
	for k := 0; k < j; k++ {
		if b := d.blocks[k]; b.kept() && b.kind == "paragraph" && b.nw > shortLine && endsSentence(b.text) {
			return false
		}
	}
	return d.leadsArticle(i)
}

// shareCardReach is the most lines between a share card's title and the
// headline it repeats.
const shareCardReach = 12

// leadsArticle reports whether block i is a short line with the prose of
// an article a few short lines under it (a subtitle, a byline, a date).
func (d *doc) leadsArticle(i int) bool {
	if !d.short(i) {
		return false
	}
	for k, n := i+1, 0; k < len(d.blocks) && n < articleReach; k++ {
		b := d.blocks[k]
		if !b.kept() {
			continue
		}
		n++
		if b.kind == "paragraph" && b.nw > shortLine && endsSentence(b.text) {
			return true
		}
		if !d.short(k) {
			return false
		}
	}
	return false
}

// articleReach is how many kept lines under a headline leadsArticle looks
// for the article's first paragraph (past the lines the rules removed: a
// share bar, a byline).
const articleReach = 8

// removeRepeat removes block i as a repeat of block twin, which stays.
//
//go:noinline
func (d *doc) removeRepeat(i, twin int) {
	d.remove(i, ReasonRepeated)
	if d.twins == nil {
		d.twins = map[int]int{}
	}
	d.twins[i] = twin
}

// restoreRepeats brings back a repeat whose copy that stayed has gone since,
// unless keep says no: when a headline repeats one in a menu above it, or
// a heading repeats its table of contents, and the menu goes, the repeat is
// the copy the reader needs.
func (d *doc) restoreRepeats(keep func(i int) bool) {
	for i, twin := range d.twins {
		b := d.blocks[i]
		if b.removed == ReasonRepeated && d.blocks[twin].removed != "" && d.blocks[twin].removed != ReasonRepeated && keep(i) {
			b.removed = ""
		}
	}
}

// textHash returns a 64-bit hash of the first 160 bytes of textKey(s) (a
// multiply and a shift every eight bytes) and their length, without building
// the key. Equal keys hash equal; a hit is confirmed by comparing the keys.
func textHash(s string) (uint64, int) {
	var h, acc uint64 // acc: the key's bytes since the last mix
	n := 0
	add := func(c byte) {
		acc = acc<<8 | uint64(c)
		n++
		if n&7 == 0 {
			h = mix(h ^ acc)
			acc = 0
		}
	}
	for i := 0; i < len(s) && n < 160; {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			default:
				i++
				continue
			}
			add(c)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			var buf [utf8.UTFMax]byte
			k := utf8.EncodeRune(buf[:], unicode.ToLower(r))
			for _, x := range buf[:k] {
				add(x)
			}
		}
	}
	return mix(h ^ acc ^ uint64(n)<<56), n
}

// mix scrambles the bits of x (a multiply and a xor-shift).
func mix(x uint64) uint64 {
	x *= 0x9e3779b97f4a7c15
	return x ^ x>>29
}

// kickerEchoes removes a section's label run into a copy of the headline by
// a bare bar, which a scraper writes from the label and the headline of a
// page's breadcrumb ("Business|Judge Blocks Rule on Overtime Pay for
// of Workers", The New York Times'): a repeat of the headline, never the
// title (on a page scraped without its title line it had been).
func (d *doc) kickerEchoes() {
	var keys map[string]int // kept blocks' keys, made at the first candidate
	for _, b := range d.blocks {
		k := strings.IndexByte(b.text, '|')
		if !b.kept() && !headlineRestorable(b.removed) || k <= 0 || k == len(b.text)-1 || b.text[k-1] == ' ' || b.text[k+1] == ' ' || b.nw > 30 {
			continue
		}
		label, rest := b.text[:k], b.text[k+1:]
		if words(label) > 3 || words(rest) < 4 || strings.ContainsRune(rest, '|') {
			continue
		}
		if keys == nil {
			keys = make(map[string]int, len(d.blocks))
			for _, o := range d.blocks {
				if o.kept() {
					keys[textKey(o.text)]++
				}
			}
		}
		n := keys[textKey(rest)]
		if b.kept() && sameKey(b.text, rest) {
			n-- // the line itself, were its label to key to nothing
		}
		if n > 0 {
			// A repeat of the headline, whatever a rule before took it
			// for: no line the headline's search may bring back.
			b.removed = ReasonRepeated
		}
	}
}
