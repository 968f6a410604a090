package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is the role of a block in an article.
type Kind string

// The block kinds.
const (
	Title     Kind = "title"
	Heading   Kind = "heading"
	Paragraph Kind = "paragraph"
)

// Block is one unit of the article: a title, a heading or a paragraph.
type Block struct {
	Kind Kind
	// Text is the block's text: trimmed, hard-wrapped lines joined by a space,
	// Markdown markers (#, **, links, list bullets) stripped.
	Text string
	// Start and End are byte offsets into the raw text: raw[Start:End] is the
	// block's source.
	Start, End int
	// Group numbers the blank-line-separated groups of lines; blocks that share a
	// group were on adjacent lines.
	Group int
	// Glued lists the spans of Text that were glued onto the real text (a
	// metadata prefix, a trailing photo credit), in order.
	Glued []Glued
	// Level is the level of a Markdown heading ("## Heading" or a setext
	// underline), 0 for a block that has no Markdown heading marker.
	Level int
	// Bullet is the list sign the block's first line opens with ("- ",
	// "• ", "▪ ", a quote's "> "; see ListMark), or 0. Markdown's and the
	// round bullets are stripped from Text, the others left (listMarks).
	Bullet rune
}

// GluedRole says what a glued span is.
type GluedRole string

// The glued roles.
const (
	GluedMetadata GluedRole = "metadata"
	GluedCredit   GluedRole = "credit"
)

// Glued is a span of a block's Text that is not part of the sentence it was
// glued to. Start and End are byte offsets into Block.Text; a span includes the
// whitespace that separated it from the real text.
type Glued struct {
	Role       GluedRole
	Start, End int
}

type line struct {
	text       string // trimmed
	start, end int    // offsets of the trimmed text in raw
	md         int    // markdown heading level (0 when none)
	indent     bool   // the line starts with white space
}

// Parse splits raw into blocks. Paragraphs are separated by blank lines, or sit
// one per line when the text has no blank lines; hard-wrapped lines are joined.
// The first block is the title when it looks like a headline; short title-case
// lines without end punctuation are headings.
func Parse(raw string) []Block {
	groups := splitGroups(raw)
	n := 0
	for _, g := range groups {
		n += len(g)
	}
	blocks := make([]Block, 0, n)
	for gi, g := range groups {
		k := len(blocks)
		blocks = groupBlocks(blocks, g)
		for i := k; i < len(blocks); i++ {
			blocks[i].Group = gi
		}
	}
	for i := range blocks {
		b := &blocks[i]
		if b.Kind == "" {
			switch {
			case i == 0 && LooksLikeHeadline(b.Text):
				b.Kind = Title
			case LooksLikeHeading(b.Text):
				b.Kind = Heading
			default:
				b.Kind = Paragraph
			}
		}
		if b.Kind != Title {
			b.Glued = findGlued(b.Text)
			if len(b.Glued) > 0 {
				b.Kind = Paragraph
			}
		}
	}
	return blocks
}

// splitGroups splits raw into groups of non-blank lines.
func splitGroups(raw string) [][]line {
	// The groups' lines share one backing array; a group is a full slice
	// expression of it, so appending to one group cannot touch the next.
	lines := min(strings.Count(raw, "\n")+1, 1<<16)
	all := make([]line, 0, lines)
	// A group of a page with blank lines between its paragraphs is every
	// other line: room for them made once (grown, they were over a quarter of
	// splitGroups' time under wasm, speed43).
	groups := make([][]line, 0, lines/2+1)
	gs := 0 // start of the current group in all
	flush := func() {
		if len(all) > gs {
			groups = append(groups, all[gs:len(all):len(all)])
			gs = len(all)
		}
	}
	pos := 0
	for pos <= len(raw) {
		nl := strings.IndexByte(raw[pos:], '\n')
		end := len(raw)
		if nl >= 0 {
			end = pos + nl
		}
		s, e := trimSpan(raw, pos, end)
		if s < e {
			l := line{text: raw[s:e], start: s, end: e, indent: s > pos}
			if isRule(l.text) {
				// A Markdown rule or setext underline: a separator.
				if len(all)-gs == 1 && (l.text[0] == '=' || l.text[0] == '-') && s == pos {
					all[gs].md = 2
				}
				flush()
			} else {
				if len(all) == cap(all) {
					// Grown past the estimate: start a new backing array.
					cur := append([]line(nil), all[gs:]...)
					all = append(make([]line, 0, 2*cap(all)+1), cur...)
					gs = 0
				}
				all = append(all, l)
			}
		} else {
			flush()
		}
		if nl < 0 {
			break
		}
		pos = end + 1
	}
	flush()
	return groups
}

// trimSpan trims Unicode whitespace (and the BOM) from raw[s:e].
func trimSpan(raw string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(raw[s:e])
		if !isSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(raw[s:e])
		if !isSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\ufeff' || r == '\u200b' || r == 0
}

// isRule reports whether s is a Markdown horizontal rule or setext underline.
func isRule(s string) bool {
	if len(s) < 3 {
		return false
	}
	c := s[0]
	if c != '-' && c != '=' && c != '*' && c != '_' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] != c && s[i] != ' ' {
			return false
		}
	}
	return true
}

// groupBlocks turns one group of adjacent lines into blocks, appended to out:
// one per line, except that hard-wrapped lines are joined.
func groupBlocks(out []Block, g []line) []Block {
	for i := range g {
		g[i].md = max(g[i].md, mdHeadingLevel(g[i].text))
	}
	wrapped := looksWrapped(g)
	// A long run of lines that is not hard-wrapped is a page written one
	// block element a line, as a scraper flattens HTML: a line that starts
	// in lower case there is a block of its own ("hanneli.com About /
	// Contact" under the page's title), not the line above continued.
	blockLines := !wrapped && len(g) >= minBlockLines && longestLine(g) > maxWrapWidth
	// Wrapped text whose paragraphs open indented ("    B and W had sales
	// ..." under a wire story's first paragraph): an indented line starts
	// a paragraph.
	indented := wrapped && mixedIndent(g)
	i := 0
	for i < len(g) {
		j := i + 1
		if g[i].md == 0 && !blockLines {
			for j < len(g) && g[j].md == 0 && !(indented && g[j].indent) && joins(g[j-1], g[j], wrapped) {
				j++
			}
		}
		out = append(out, makeBlock(g[i:j]))
		i = j
	}
	return out
}

// mixedIndent reports whether some of g's lines are indented and some
// are not.
func mixedIndent(g []line) bool {
	in := 0
	for _, l := range g {
		if l.indent {
			in++
		}
	}
	return in > 0 && in < len(g)
}

// minBlockLines is how many lines without a blank one between them, not
// hard-wrapped, make a page written one block a line (see groupBlocks).
const minBlockLines = 8

// maxWrapWidth is the longest line hard-wrapped text holds: a run of lines
// with a longer one is not wrapped.
const maxWrapWidth = 150

// longestLine returns the length in characters of g's longest line.
func longestLine(g []line) int {
	n := 0
	for _, l := range g {
		n = max(n, utf8.RuneCountInString(l.text))
	}
	return n
}

// looksWrapped reports whether a group looks hard-wrapped at a fixed width.
func looksWrapped(g []line) bool {
	if len(g) < 3 {
		return false
	}
	maxLen := 0
	for _, l := range g {
		maxLen = max(maxLen, utf8.RuneCountInString(l.text))
	}
	if maxLen < 40 || maxLen > 120 {
		return false
	}
	// A paragraph's last line, which ends its sentence, and a headline in
	// capitals over the text are short in wrapped text too: the lines
	// that count are those the wrapping cut, two in three of them long (a
	// wire story's first line is short where its dateline was cut off).
	long, cut := 0, 0
	for i, l := range g[:len(g)-1] {
		last, _ := utf8.DecodeLastRuneInString(l.text)
		if endsLine(last) || i == 0 && inCapitals(l.text) {
			continue
		}
		cut++
		if utf8.RuneCountInString(l.text)*10 >= maxLen*7 {
			long++
		}
	}
	return cut > 0 && long*3 >= cut*2
}

// joins reports whether line b continues the paragraph of line a.
func joins(a, b line, wrapped bool) bool {
	last, _ := utf8.DecodeLastRuneInString(a.text)
	first, _ := utf8.DecodeRuneInString(b.text)
	// A table's rows, written with cells parted by " | ", are lines of
	// their own, a row opening in lower case too ("parallel, zstd | 38m").
	if isListItem(b.text) || strings.Contains(a.text, " | ") && strings.Contains(b.text, " | ") {
		return false
	}
	// A line in capitals over one that is not is a headline over its
	// story, however long ("ARGENTINE DEBT TALKS DIFFICULT - CENTRAL BANK"
	// over the wire story's first line).
	if inCapitals(a.text) && !inCapitals(b.text) {
		return false
	}
	if unicode.IsLower(first) && !strings.ContainsRune(".!?:;", last) && utf8.RuneCountInString(a.text) >= 25 && !widgetLabels[b.text] &&
		!strings.HasPrefix(b.text, "skip to ") && !strings.HasPrefix(b.text, "jump to ") && !bylineUnder(b.text) && !siteUnder(a.text, b.text) {
		return true
	}
	if wrapped {
		n := utf8.RuneCountInString(a.text)
		if endsLine(last) && n < 40 {
			return false
		}
		return n >= 40
	}
	return false
}

// widgetLabels are a page's buttons that a scraper writes in lower case on
// a line of their own, under a line they do not continue: the Daily Mail's
// share bar repeats the headline over "e-mail". Nor does a skip link
// continue the page's title line ("skip to main | skip to sidebar" under a
// Blogger blog's).
var widgetLabels = wordSet("e-mail email print share tweet comments reply more close menu search")

// bylineUnder reports whether a line opening in lower case is a byline, no
// continuation of the line above: "by Alexander Bolton - 12/02/26 2:15 PM
// ET" under The Hill's headline. "by" and a capitalised word, twelve words
// or fewer, and no sentence's end ("... first reported\nby Reuters on
// Tuesday." continues its sentence).
func bylineUnder(s string) bool {
	rest, ok := strings.CutPrefix(s, "by ")
	if !ok {
		rest, ok = strings.CutPrefix(s, "by: ") // Nexstar's "by: Kyle Morgan"
	}
	if !ok || len(strings.Fields(s)) > 12 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	last, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsUpper(r) && !strings.ContainsRune(".!?", last)
}

// siteUnder reports whether line b, opening in lower case, is a site's
// name under the line a that ends with it or a site's address alone:
// "eKathimerini.com" under "Greek parliament approves 2027 budget |
// eKathimerini.com", no continuation of it.
func siteUnder(a, b string) bool {
	if strings.HasSuffix(a, " "+b) {
		return true
	}
	k := strings.LastIndexByte(b, '.')
	return k > 0 && k < len(b)-2 && !strings.ContainsRune(b, ' ') && strings.IndexFunc(b[k+1:], func(r rune) bool { return r < 'a' || r > 'z' }) < 0
}

// endsLine reports whether r, a line's last character, ends a sentence or
// a quotation there.
//
//go:noinline
func endsLine(r rune) bool { return strings.ContainsRune(".!?:\"”’", r) }

// inCapitals reports whether s has letters, at least two words' worth,
// and none in lower case.
func inCapitals(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 4 && strings.ContainsRune(s, ' ')
}

func makeBlock(ls []line) Block {
	b := Block{Start: ls[0].start, End: ls[len(ls)-1].end}
	if ls[0].md > 0 {
		b.Kind = Heading
		b.Level = ls[0].md
		t := strings.TrimSpace(strings.TrimLeft(ls[0].text, "#"))
		// "# # 0": marks again after the marks would make the
		// rendering's heading a heading again, one level down; a bullet
		// after them ("# * 0") would make it a list's item. Found by
		// FuzzClean.
		b.Text = stripText(t)
		b.Text = strings.TrimSpace(strings.TrimRight(b.Text, "#"))
		if b.Text == "" {
			b.Text = ls[0].text
		}
		return b
	}
	b.Bullet, _ = ListMark(ls[0].text)
	if len(ls) == 1 {
		b.Text = stripText(ls[0].text)
		return b
	}
	parts := make([]string, len(ls))
	for i, l := range ls {
		parts[i] = stripText(l.text)
	}
	b.Text = strings.Join(parts, " ")
	return b
}

// mdHeadingLevel returns the level of an ATX Markdown heading ("## Heading";
// a tab may follow the marks, as CommonMark allows).
func mdHeadingLevel(s string) int {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n >= len(s) {
		return 0
	}
	// Any white space after the marks: the cleanup renders a no-break
	// space as a space, which a second reading takes for a heading's
	// ("#\u00a000"; found by FuzzClean).
	if r, _ := utf8.DecodeRuneInString(s[n:]); !unicode.IsSpace(r) {
		return 0
	}
	return n
}

//go:noinline
func isListItem(s string) bool {
	return stripListMarker(s) != s
}

// stripMarkers removes a line's leading bullets and heading marks, however
// many and in any order: the text of "* # 0" or "# * 0" is "0", so that its
// rendering is not read as a heading or a list's item again (found by
// FuzzClean).
func stripMarkers(s string) string {
	for {
		switch {
		case isListItem(s):
			s = stripListMarker(s)
		case mdHeadingLevel(s) > 0:
			s = strings.TrimSpace(strings.TrimLeft(s, "#"))
		default:
			return s
		}
	}
}

// stripText removes a line's leading markers and its inline Markdown until
// none is left to read again: removing emphasis may bare a heading's marks
// ("#** 0" is "# 0" once stripped, which the rendering's reading takes for a
// heading "0"; found by FuzzClean). A round bares only what the one before
// left at the line's start, so a few rounds settle a line.
func stripText(s string) string {
	for range 4 {
		t := stripInline(stripMarkers(s))
		if t == s {
			break
		}
		s = t
	}
	return s
}

// listMarks are the signs a list's item opens with: Markdown's hyphen,
// asterisk and plus, the bullets a scraper writes for a page's list items,
// and a Markdown quote's ">". The text keeps the first listMarkStripped of
// them; the squares, triangles and dashes after are left in the text as the
// page wrote them, only reported (Block.Bullet): stripping them too moved 21
// dev lines away from their labels and 19 toward, without title lines, at
// clean-267. Each one's first byte is in listMarkStarts.
var listMarks = [...]rune{'-', '*', '+', '>', '•', '·', '▪', '■', '◦', '►', '–'}

// listMarkStripped counts the listMarks stripped from the text.
const listMarkStripped = 6

// listMarkStarts holds the first bytes of listMarks' UTF-8 forms.
const listMarkStarts = "-*+>\xe2\xc2"

// ListMark returns the list sign s opens with, when white space follows it
// (a rendering writes "*\u00a00" with a plain space, which reads as a
// bullet: found by FuzzClean), and s after the sign and the space, trimmed;
// otherwise 0 and s.
func ListMark(s string) (rune, string) {
	_, r, rest := listMark(s)
	return r, rest
}

// listMark is ListMark with the sign's index in listMarks (-1 for none).
func listMark(s string) (int, rune, string) {
	if s == "" || strings.IndexByte(listMarkStarts, s[0]) < 0 {
		return -1, 0, s
	}
	r, n := utf8.DecodeRuneInString(s)
	for i, m := range listMarks {
		if r != m {
			continue
		}
		if sp, k := utf8.DecodeRuneInString(s[n:]); k > 0 && unicode.IsSpace(sp) {
			return i, r, strings.TrimSpace(s[n+k:])
		}
		break
	}
	return -1, 0, s
}

// stripListMarker removes a leading list sign that the text does not keep
// (see listMarks).
func stripListMarker(s string) string {
	if i, _, rest := listMark(s); i >= 0 && i < listMarkStripped {
		return rest
	}
	return s
}

// stripInline removes Markdown emphasis markers and link syntax, keeping the
// visible text: [text](url) → text, ![alt](url) → "", **b** → b. It is linear:
// the positions of the next "]" and ")" are cached across candidates.
func stripInline(s string) string {
	// strings.ContainsAny(s, "*[_") in three byte searches: the wasm's
	// ContainsAny calls a function per byte (the standard library is built
	// without inlining, see the Makefile), 1.4% of the cleanup's time.
	if strings.IndexByte(s, '*') < 0 && strings.IndexByte(s, '[') < 0 && strings.IndexByte(s, '_') < 0 {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	nextClose, nextParen := -2, -2
	checkedT, checkedOK := -1, false
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '*' || c == '_':
			// A run of markers goes whole when it opens or closes
			// emphasis, so that no marker of it is left to open or close
			// it in a second reading ("*_0" is "0", not "*0"); otherwise
			// its pairs go ("a**b" is "ab") and single markers stay
			// ("snake_case", "5 * 3").
			j := i
			for j < len(s) && (s[j] == '*' || s[j] == '_') {
				j++
			}
			if emphasisRun(s, i, j) {
				i = j
				continue
			}
			if r, _ := utf8.DecodeRuneInString(s[j:]); j < len(s) && unicode.In(r, unicode.Mn, unicode.Mc) {
				// A combining mark on the last marker ("A**\u0306"):
				// without the markers it would join the letter before,
				// which NFC composes in a second reading ("Ă"). The run
				// stays. Found by FuzzClean.
				sb.WriteString(s[i:j])
				i = j
				continue
			}
			for i < j {
				if i+1 < j && s[i+1] == s[i] {
					i += 2
					continue
				}
				sb.WriteByte(s[i])
				i++
			}
			continue
		case c == '[' || (c == '!' && i+1 < len(s) && s[i+1] == '['):
			img := c == '!'
			open := i
			if img {
				open++
			}
			if nextClose != -1 && nextClose <= open {
				nextClose = indexFrom(s, open+1, ']')
			}
			t := nextClose
			if t > 0 && t-open <= 400 && t+1 < len(s) && s[t+1] == '(' {
				if nextParen != -1 && nextParen <= t {
					nextParen = indexFrom(s, t+2, ')')
				}
				u := nextParen
				if checkedT != t {
					checkedT = t
					checkedOK = u > 0 && u-t <= 600 && !strings.ContainsAny(s[t+2:u], " \t")
				}
				if checkedOK {
					if !img {
						sb.WriteString(s[open+1 : t])
					}
					i = u + 1
					continue
				}
			}
		}
		sb.WriteByte(c)
		i++
	}
	return strings.TrimSpace(sb.String())
}

// emphasisRun reports whether the run of "*" and "_" markers s[i:j] opens
// or closes emphasis: it starts a word ("*Published", "_la_") or ends one
// ("2024*"), never inside one ("snake_case", "5*3") or alone ("5 * 3").
func emphasisRun(s string, i, j int) bool {
	before := i > 0 && emphasisInner(s[i-1])
	if before && s[i-1] >= 0x80 {
		// A space outside ASCII ("0 \u00a0*00"), which the rendering
		// writes as a space, is no letter inside. Found by FuzzClean.
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		before = !isSpace(r)
	}
	after := j < len(s) && emphasisInner(s[j])
	if after && s[j] >= 0x80 {
		r, _ := utf8.DecodeRuneInString(s[j:])
		after = !isSpace(r)
	}
	return before != after
}

// emphasisInner reports whether c can stand just inside an emphasis
// marker: an ASCII letter or digit, a byte of a multi-byte rune, or the
// closing punctuation of an emphasised phrase ("*in Moscow.*").
//
//go:noinline
func emphasisInner(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80 ||
		c == '.' || c == ',' || c == '!' || c == '?' || c == '"' || c == ')'
}

// indexFrom returns the index of c in s at or after from, or -1.
func indexFrom(s string, from int, c byte) int {
	if from >= len(s) {
		return -1
	}
	if k := strings.IndexByte(s[from:], c); k >= 0 {
		return from + k
	}
	return -1
}
