package extract

// node is an element or a text node of the light tree. Only the attributes
// extraction looks at are kept; URLs (href, src, ...) never are: a link
// within the page has href "#", others none.
type node struct {
	tag  string // lower case; "" for a text node
	text string // a text node's decoded text
	// parts are the pieces of a text node's text while the page is parsed
	// (joined into text once, at the end, so that text split in many
	// pieces costs linear time).
	parts  []string
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

func (n *node) has(key string) bool { return hasAttr(n.attrs, key) }

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
