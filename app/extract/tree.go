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
	// headed is set on an <article> whose first text is a heading's
	// (before pruning: see headlineArticle).
	headed bool
	// boxPass, boxSize and boxButton memoise buttonBox for one pruning
	// pass.
	boxPass   uint32
	boxSize   uint8
	boxButton bool
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
var keptAttrs = wordSet("class id itemprop rel datetime pubdate hidden aria-hidden style role placeholder fallback shadowrootmode shadowroot " +
	"type property name content charset http-equiv data-component data-qa data-testid alt start")

var voidTags = wordSet("area base br col embed hr img input link meta param source track wbr " +
	"keygen image")

// rawTags hold raw text up to their end tag; rcdata ones decode references.
var rawTags = wordSet("script style xmp iframe noembed noframes noscript textarea title " +
	"plaintext")

// closesP are the start tags that close an open <p>.
var closesP = wordSet("address article aside blockquote details div dl fieldset figcaption " +
	"figure footer form h1 h2 h3 h4 h5 h6 header hr main menu nav ol p pre " +
	"section table ul li dd dt center summary hgroup")

// scopeTags bound the search for an element an implied end tag closes.
var scopeTags = wordSet("table td th caption html template object button marquee applet body")

const maxDepth = 200

// doc is a parsed page: the tree and the head metadata met on the way.
type doc struct {
	root  *node
	title string
	meta  map[string]string // lower-cased property/name/itemprop → first content
	ldjs  []string          // application/ld+json blocks
	state []string          // state scripts (see stateScript)
}
