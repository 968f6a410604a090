package extract

import (
	"strconv"
	"strings"
	"unicode"
)

// writer turns the content tree into plain-text blocks of lines.
type writer struct {
	x            *extractor
	blocks       []string
	lines        []string
	line         strings.Builder
	space        bool
	inList       int
	inPre        int
	counters     []int
	firstHeading string
	// last is the line's last non-space rune; edge is set when an element
	// started or ended after it (see spaceAtEdge); brs counts the <br>
	// elements since the last text.
	last rune
	edge bool
	brs  int
	// links counts the links begun on the line, inLink the open ones;
	// plain is set when the line holds a letter or digit outside them.
	links, inLink int
	plain         bool
}

func (w *writer) text(t string) {
	for _, r := range t {
		switch {
		case r == '\n' && w.inPre > 0:
			w.newLine()
		case isSpaceRune(r):
			w.space = w.line.Len() > 0
		case invisible(r):
		default:
			if w.space || w.edge && spaceAtEdge(w.last, r) {
				w.line.WriteByte(' ')
				w.space = false
			}
			w.edge = false
			w.brs = 0
			w.plain = w.plain || w.inLink == 0 && wordRune(r)
			w.line.WriteRune(r)
			w.last = r
		}
	}
}

// spaceAtEdge reports whether the runes a and b, written one after the
// other with an element's start or end between them and no white space,
// are two words a browser shows apart: elements styled as blocks or
// spaced by CSS ("Government" "Transportation" as category links, "Naomi
// Feld" "June 2, 2026" as a byline's spans) rather than one word styled in
// pieces ("<b>un</b>known", a drop cap "<span>T</span>he", "1<span>st</span>").
// A lower-case letter, upper-case letter or digit before and an upper-case
// letter or digit after are apart, except a capital before a capital; so
// are a sentence's or clause's last mark and a capital (a caption "… in
// December." and its credit "Marta Lind"), not a digit ("1.<i>5</i>").
func spaceAtEdge(a, b rune) bool {
	la, ua, da := unicode.IsLower(a), unicode.IsUpper(a), unicode.IsDigit(a)
	ub, db := unicode.IsUpper(b), unicode.IsDigit(b)
	switch {
	case !(ub || db):
		return false
	case strings.ContainsRune(".!?:;,)”", a):
		return ub
	case !(la || ua || da):
		return false
	case ua && ub:
		return false
	}
	return true
}

// wordRune reports whether r is a letter or a digit, roughly: ASCII's,
// and the runes from U+00C0 on but for the punctuation and symbols
// between U+2000 and U+2BFF ("–", "•").
func wordRune(r rune) bool {
	return r >= '0' && r <= '9' || r|0x20 >= 'a' && r|0x20 <= 'z' || r >= 0xC0 && (r < 0x2000 || r > 0x2BFF)
}

// newLine ends the line. A line of two links or more and nothing but
// separators between them ("Print | Email to a friend") is a row of
// tools or a menu, not written; a list's items and a table's rows are
// marked plain.
func (w *writer) newLine() {
	w.last, w.edge = 0, false
	if l := strings.TrimSpace(w.line.String()); l != "" && l != "•" && !isNumberMark(l) && (w.plain || w.links < 2) {
		w.lines = append(w.lines, l)
	}
	w.line.Reset()
	w.space, w.links, w.plain = false, 0, false
}

func isNumberMark(l string) bool {
	n := strings.TrimSuffix(l, ".")
	_, err := strconv.Atoi(n)
	return err == nil && len(n) < len(l)
}

func (w *writer) endBlock() {
	w.newLine()
	if len(w.lines) > 0 {
		w.blocks = append(w.blocks, strings.Join(w.lines, "\n"))
	}
	w.lines = w.lines[:0]
}

// brk ends the current block, or only the line inside a list item.
func (w *writer) brk() {
	if w.inList > 0 {
		w.newLine()
	} else {
		w.endBlock()
	}
}

// node writes n; top is the content root, exempt from conditional cleaning.
func (w *writer) node(n *node, top bool) {
	if !top && (w.x.noCaptions && caption(n) || w.x.noStamps && stamp(n)) {
		return
	}
	if n.tag == "" {
		w.text(n.text)
		return
	}
	if !top && w.x.clean(n) {
		return
	}
	edge := n.tag != "br" && n.tag != "sup" && n.tag != "sub" && n.tag != "wbr" // a break's place in a word ("Bundes<wbr>regierung")
	w.edge = w.edge || edge
	w.element(n)
	w.edge = w.edge || edge
}

// element writes the element n.
func (w *writer) element(n *node) {
	switch n.tag {
	case "br":
		// Two <br> in a row part paragraphs, as the pages that have no
		// <p> write them ("text<br><br>text").
		if w.brs++; w.brs == 2 {
			w.brk()
		} else {
			w.newLine()
		}
		return
	case "hr":
		w.brk()
		return
	case "ul", "ol":
		w.brk()
		w.inList++
		start, _ := strconv.Atoi(n.attr("start")) // <ol start="4">: its first item is 4.
		w.counters = append(w.counters, max(start-1, 0))
		w.children(n, n.tag == "ol")
		w.counters = w.counters[:len(w.counters)-1]
		w.inList--
		w.brk()
		return
	case "li":
		w.newLine()
		mark := "• "
		if k := len(w.counters); k > 0 && w.counters[k-1] >= 0 {
			w.counters[k-1]++
			mark = strconv.Itoa(w.counters[k-1]) + ". "
		}
		w.line.WriteString(mark)
		w.plain = true
		w.children(n, false)
		w.newLine()
		return
	case "tr":
		w.newLine()
		w.children(n, false)
		w.newLine()
		return
	case "td", "th":
		if w.line.Len() > 0 {
			w.line.WriteString(" | ")
			w.space, w.plain = false, true
		}
		w.children(n, false)
		return
	case "q":
		// A quotation a browser shows in quotation marks.
		w.text("“")
		w.children(n, false)
		w.text("”")
		return
	case "a":
		w.links++
		w.inLink++
		w.children(n, false)
		w.inLink--
		return
	case "pre":
		w.brk()
		w.inPre++
		w.children(n, false)
		w.inPre--
		w.brk()
		return
	}
	if isHeading(n.tag) {
		w.brk()
		w.children(n, false)
		if w.firstHeading == "" {
			w.firstHeading = strings.TrimSpace(w.line.String())
		}
		w.brk()
		return
	}
	if blockTags[n.tag] {
		w.brk()
		w.children(n, false)
		w.brk()
		return
	}
	w.children(n, false)
}

func (w *writer) children(n *node, ordered bool) {
	if !ordered && len(w.counters) > 0 && n.tag == "ul" {
		w.counters[len(w.counters)-1] = -1
	}
	for c := n.first; c != nil; c = c.next {
		w.node(c, false)
	}
}
