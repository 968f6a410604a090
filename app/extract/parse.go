package extract

import "strings"

// parser builds the light tree from the lexer's items. It is tolerant like
// a browser where that matters for text (implied end tags of p, li, td,
// headings; stray end tags ignored; depth capped at maxDepth), and linear
// in the page's length: text pieces are joined once at the end, open
// elements are counted by name so that a stray end tag costs nothing, and
// every other step walks at most maxDepth open elements.
type parser struct {
	lex     *lexer
	d       *doc
	stack   []*node        // open elements, the root first
	open    map[string]int // open elements by tag name
	foreign int            // open svg and math elements
	texts   []*node        // text nodes made, to join at the end
}

// parse builds the light tree of s.
func parse(s string) *doc {
	p := &parser{lex: lex(s), d: &doc{root: &node{tag: "#root"}, meta: map[string]string{}}, open: map[string]int{}}
	p.stack = []*node{p.d.root}
	for {
		it := p.lex.next()
		switch it.typ {
		case itemEOF:
			for _, n := range p.texts {
				n.text = strings.Join(n.parts, "")
				n.parts = nil
			}
			return p.d
		case itemText:
			p.addText(it.val)
		case itemEndTag:
			p.endTag(it.val)
		case itemStartTag:
			p.startTag(it)
		}
	}
}

func (p *parser) top() *node { return p.stack[len(p.stack)-1] }

func (p *parser) push(n *node) {
	p.stack = append(p.stack, n)
	p.open[n.tag]++
	if n.tag == "svg" || n.tag == "math" {
		p.foreign++
	}
}

// popTo closes the open elements from stack[i] up.
func (p *parser) popTo(i int) {
	for _, n := range p.stack[i:] {
		p.open[n.tag]--
		if n.tag == "svg" || n.tag == "math" {
			p.foreign--
		}
	}
	p.stack = p.stack[:i]
}

// closeTo closes up to and including the innermost open element named
// one of names, searching no further than a scope boundary.
func (p *parser) closeTo(names ...string) bool {
	any := false
	for _, n := range names {
		any = any || p.open[n] > 0
	}
	if !any {
		return false
	}
	for i := len(p.stack) - 1; i > 0; i-- {
		t := p.stack[i].tag
		for _, n := range names {
			if t == n {
				p.popTo(i)
				return true
			}
		}
		if scopeTags[t] {
			return false
		}
	}
	return false
}

// addText appends text to the open element, to its last text node when it
// ends with one.
func (p *parser) addText(t string) {
	if t == "" {
		return
	}
	top := p.top()
	if top.last != nil && top.last.tag == "" {
		top.last.parts = append(top.last.parts, t)
		return
	}
	n := &node{parts: []string{t}}
	p.texts = append(p.texts, n)
	top.append(n)
}

func (p *parser) endTag(name string) {
	if name == "template" && p.open[name] == 0 {
		name = "shadowroot"
	}
	if name == "button" && isHeading(p.top().tag) {
		// A heading's text in a button (an accordion's section's,
		// GOV.UK's): the heading's, not a control.
		name = "span"
	}
	switch name {
	case "br":
		p.top().append(&node{tag: "br"})
	case "p":
		p.closeTo("p")
	default:
		if p.open[name] == 0 {
			return
		}
		for j := len(p.stack) - 1; j > 0; j-- {
			if p.stack[j].tag == name {
				p.popTo(j)
				break
			}
		}
	}
}

func (p *parser) startTag(it item) {
	name := it.val
	if name == "template" && (hasAttr(it.attrs, "shadowrootmode") || hasAttr(it.attrs, "shadowroot")) {
		// A shadow root written out (SingleFile saves them so; before
		// 2023 as <template shadowroot="open">): the browser shows it
		// as its host's content.
		name = "shadowroot"
	}
	if name == "button" && isHeading(p.top().tag) {
		// A heading's text in a button (an accordion's section's,
		// GOV.UK's): the heading's, not a control.
		name = "span"
	}
	el := &node{tag: name, attrs: it.attrs}
	// implied end tags
	switch {
	case name == "li":
		p.closeTo("li")
	case name == "dt" || name == "dd":
		p.closeTo("dt", "dd")
	case name == "tr":
		p.closeTo("tr")
	case name == "td" || name == "th":
		p.closeTo("td", "th")
	case name == "option":
		p.closeTo("option")
	case name == "a":
		p.closeTo("a")
	}
	if closesP[name] {
		p.closeTo("p")
	}
	if isHeading(name) && isHeading(p.top().tag) {
		p.popTo(len(p.stack) - 1)
	}
	p.top().append(el)

	if name == "meta" {
		p.meta(el)
	}
	if rawTags[name] {
		switch name {
		case "title":
			if p.d.title == "" {
				p.d.title = unescape(it.raw)
			}
		case "textarea", "xmp":
			el.append(&node{text: unescape(it.raw)})
		case "script":
			typ := strings.ToLower(el.attr("type"))
			if strings.Contains(typ, "ld+json") && len(p.d.ldjs) < 8 {
				p.d.ldjs = append(p.d.ldjs, it.raw)
			} else if stateScript(typ, it.raw) {
				p.d.state = append(p.d.state, it.raw)
			}
		}
		return
	}
	foreign := p.foreign > 0 || name == "svg" || name == "math"
	if voidTags[name] || (it.selfClose && foreign) || len(p.stack) >= maxDepth {
		return
	}
	p.push(el)
}

// meta records a <meta> element's content under its property, name or
// itemprop, the first one met.
func (p *parser) meta(el *node) {
	key := el.attr("property")
	if key == "" {
		key = el.attr("name")
	}
	if key == "" {
		key = el.attr("itemprop")
	}
	key = strings.ToLower(strings.TrimSpace(key))
	if v := strings.TrimSpace(el.attr("content")); key != "" && v != "" {
		if _, ok := p.d.meta[key]; !ok {
			p.d.meta[key] = v
		}
	}
}
