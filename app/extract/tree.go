package extract

import "strings"

// node is an element or a text node of the light tree. Only the attributes
// extraction looks at are kept; URLs (href, src, ...) never are.
type node struct {
	tag    string // lower case; "" for a text node
	text   string // a text node's decoded text
	attrs  []attr
	parent *node
	first  *node
	last   *node
	next   *node
	prev   *node

	// statistics over the subtree, computed by measure
	textLen, linkLen, commas              int
	pCount, imgCount, liCount, inputCount int
	score                                 float64
	scored                                bool
}

type attr struct{ key, val string }

func (n *node) attr(key string) string {
	for _, a := range n.attrs {
		if a.key == key {
			return a.val
		}
	}
	return ""
}

func (n *node) has(key string) bool {
	for _, a := range n.attrs {
		if a.key == key {
			return true
		}
	}
	return false
}

func (n *node) append(c *node) {
	c.parent = n
	if n.last == nil {
		n.first, n.last = c, c
		return
	}
	c.prev = n.last
	n.last.next = c
	n.last = c
}

func (n *node) remove() {
	p := n.parent
	if p == nil {
		return
	}
	if n.prev != nil {
		n.prev.next = n.next
	} else {
		p.first = n.next
	}
	if n.next != nil {
		n.next.prev = n.prev
	} else {
		p.last = n.prev
	}
	n.parent, n.prev, n.next = nil, nil, nil
}

// keptAttrs are the attributes the tree keeps.
var keptAttrs = map[string]bool{
	"class": true, "id": true, "itemprop": true, "rel": true, "datetime": true,
	"pubdate": true, "hidden": true, "aria-hidden": true, "style": true,
	"role": true, "type": true, "property": true, "name": true, "content": true,
	"charset": true, "http-equiv": true, "data-component": true,
}

var voidTags = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "param": true,
	"source": true, "track": true, "wbr": true, "keygen": true, "image": true,
}

// rawTags hold raw text up to their end tag; rcdata ones decode references.
var rawTags = map[string]bool{
	"script": true, "style": true, "xmp": true, "iframe": true, "noembed": true,
	"noframes": true, "noscript": true, "textarea": true, "title": true,
	"plaintext": true,
}

// closesP are the start tags that close an open <p>.
var closesP = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true,
	"details": true, "div": true, "dl": true, "fieldset": true, "figcaption": true,
	"figure": true, "footer": true, "form": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "header": true, "hr": true, "main": true,
	"menu": true, "nav": true, "ol": true, "p": true, "pre": true, "section": true,
	"table": true, "ul": true, "li": true, "dd": true, "dt": true, "center": true,
	"summary": true, "hgroup": true,
}

// scopeTags bound the search for an element an implied end tag closes.
var scopeTags = map[string]bool{
	"table": true, "td": true, "th": true, "caption": true, "html": true,
	"template": true, "object": true, "button": true, "marquee": true,
	"applet": true, "body": true,
}

const maxDepth = 200

// doc is a parsed page: the tree and the head metadata met on the way.
type doc struct {
	root  *node
	title string
	meta  map[string]string // lower-cased property/name/itemprop → first content
	ldjs  []string          // application/ld+json blocks
}

// parse builds the light tree of s. It is tolerant like a browser where that
// matters for text (implied end tags of p, li, td, headings; stray end tags
// ignored; depth capped) and linear in len(s).
func parse(s string) *doc {
	d := &doc{root: &node{tag: "#root"}, meta: map[string]string{}}
	stack := []*node{d.root}
	top := func() *node { return stack[len(stack)-1] }
	// closeTo pops up to and including the innermost open tag in names,
	// searching no further than a scope boundary.
	closeTo := func(names ...string) bool {
		for i := len(stack) - 1; i > 0; i-- {
			t := stack[i].tag
			for _, n := range names {
				if t == n {
					stack = stack[:i]
					return true
				}
			}
			if scopeTags[t] {
				return false
			}
		}
		return false
	}
	addText := func(t string) {
		if t == "" {
			return
		}
		p := top()
		if p.last != nil && p.last.tag == "" {
			p.last.text += t
			return
		}
		p.append(&node{text: t})
	}
	i := 0
	for i < len(s) {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			addText(unescape(s[i:]))
			break
		}
		if lt > 0 {
			addText(unescape(s[i : i+lt]))
			i += lt
		}
		// s[i] == '<'
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			end := strings.Index(rest[4:], "-->")
			if end < 0 {
				i = len(s)
			} else {
				i += 4 + end + 3
			}
			continue
		case len(rest) > 1 && (rest[1] == '!' || rest[1] == '?'):
			end := strings.IndexByte(rest, '>')
			if end < 0 {
				i = len(s)
			} else {
				i += end + 1
			}
			continue
		case len(rest) > 2 && rest[1] == '/' && isLetter(rest[2]):
			name, _ := tagName(rest[2:])
			end := strings.IndexByte(rest, '>')
			if end < 0 {
				i = len(s)
			} else {
				i += end + 1
			}
			switch name {
			case "br":
				top().append(&node{tag: "br"})
			case "p":
				closeTo("p")
			default:
				for j := len(stack) - 1; j > 0; j-- {
					if stack[j].tag == name {
						stack = stack[:j]
						break
					}
				}
			}
			continue
		case len(rest) > 1 && isLetter(rest[1]):
		default:
			addText("<")
			i++
			continue
		}
		name, n := tagName(rest[1:])
		el := &node{tag: name}
		j := 1 + n
		selfClose := false
		// attributes
		for j < len(rest) {
			c := rest[j]
			if c == '>' {
				j++
				break
			}
			if isSpace(c) || c == '/' {
				if c == '/' && j+1 < len(rest) && rest[j+1] == '>' {
					selfClose = true
				}
				j++
				continue
			}
			k := j
			for j < len(rest) && !isSpace(rest[j]) && rest[j] != '=' && rest[j] != '>' && (rest[j] != '/' || j == k) {
				j++
			}
			key := strings.ToLower(rest[k:j])
			for j < len(rest) && isSpace(rest[j]) {
				j++
			}
			val := ""
			if j < len(rest) && rest[j] == '=' {
				j++
				for j < len(rest) && isSpace(rest[j]) {
					j++
				}
				if j < len(rest) && (rest[j] == '"' || rest[j] == '\'') {
					q := rest[j]
					e := strings.IndexByte(rest[j+1:], q)
					if e < 0 {
						e = len(rest) - j - 1
					}
					val = rest[j+1 : j+1+e]
					j += e + 2
				} else {
					k := j
					for j < len(rest) && !isSpace(rest[j]) && rest[j] != '>' {
						j++
					}
					val = rest[k:j]
				}
			}
			if keptAttrs[key] && !el.has(key) && len(el.attrs) < 16 {
				el.attrs = append(el.attrs, attr{key, unescape(val)})
			}
		}
		if j > len(rest) {
			j = len(rest)
		}
		i += j

		// implied end tags
		switch {
		case name == "li":
			closeTo("li")
		case name == "dt" || name == "dd":
			closeTo("dt", "dd")
		case name == "tr":
			closeTo("tr")
		case name == "td" || name == "th":
			closeTo("td", "th")
		case name == "option":
			closeTo("option")
		case name == "a":
			closeTo("a")
		}
		if closesP[name] {
			closeTo("p")
		}
		if len(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6' {
			if t := top().tag; len(t) == 2 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6' {
				stack = stack[:len(stack)-1]
			}
		}
		top().append(el)

		if name == "meta" {
			key := el.attr("property")
			if key == "" {
				key = el.attr("name")
			}
			if key == "" {
				key = el.attr("itemprop")
			}
			key = strings.ToLower(strings.TrimSpace(key))
			if v := strings.TrimSpace(el.attr("content")); key != "" && v != "" {
				if _, ok := d.meta[key]; !ok {
					d.meta[key] = v
				}
			}
		}
		if rawTags[name] {
			body, next := rawText(s, i, name)
			i = next
			switch name {
			case "title":
				if d.title == "" {
					d.title = unescape(body)
				}
			case "textarea", "xmp":
				el.append(&node{text: unescape(body)})
			case "script":
				if strings.Contains(strings.ToLower(el.attr("type")), "ld+json") && len(d.ldjs) < 8 {
					d.ldjs = append(d.ldjs, body)
				}
			}
			continue
		}
		foreign := name == "svg" || name == "math"
		for _, p := range stack {
			if p.tag == "svg" || p.tag == "math" {
				foreign = true
				break
			}
		}
		if voidTags[name] || (selfClose && foreign) || len(stack) >= maxDepth {
			continue
		}
		stack = append(stack, el)
	}
	return d
}

// rawText returns the raw text of a raw text element whose start tag ended
// at s[i:], and the index after its end tag.
func rawText(s string, i int, name string) (string, int) {
	if name == "plaintext" {
		return s[i:], len(s)
	}
	for k := i; k < len(s); {
		j := strings.Index(s[k:], "</")
		if j < 0 {
			break
		}
		j += k
		e := j + 2 + len(name)
		if e <= len(s) && strings.EqualFold(s[j+2:e], name) && (e == len(s) || isSpace(s[e]) || s[e] == '>' || s[e] == '/') {
			end := strings.IndexByte(s[e:], '>')
			if end < 0 {
				return s[i:j], len(s)
			}
			return s[i:j], e + end + 1
		}
		k = j + 2
	}
	return s[i:], len(s)
}

func tagName(s string) (string, int) {
	n := 0
	for n < len(s) && !isSpace(s[n]) && s[n] != '/' && s[n] != '>' {
		n++
	}
	return strings.ToLower(s[:n]), n
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}
