package extract

import (
	"strconv"
	"strings"
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
			if w.space {
				w.line.WriteByte(' ')
				w.space = false
			}
			w.line.WriteRune(r)
		}
	}
}

func (w *writer) newLine() {
	if l := strings.TrimSpace(w.line.String()); l != "" && l != "•" && !isNumberMark(l) {
		w.lines = append(w.lines, l)
	}
	w.line.Reset()
	w.space = false
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
	if n.tag == "" {
		w.text(n.text)
		return
	}
	if !top && w.x.clean(n) {
		return
	}
	switch n.tag {
	case "br":
		w.newLine()
		return
	case "hr":
		w.brk()
		return
	case "ul", "ol":
		w.brk()
		w.inList++
		w.counters = append(w.counters, 0)
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
			w.space = false
		}
		w.children(n, false)
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
