package extract

import "strings"

// The lexer splits a page into items (text, start tags, end tags), as
// text/template/parse's lexer does for templates: a state function reads
// from the current position, emits items and returns the next state. It
// knows nothing of the tree: the parser (parse.go) pulls items and builds
// it. Each byte of the page is read a bounded number of times, so lexing is
// linear in the page's length.

// itemType identifies an item.
type itemType int

const (
	itemEOF      itemType = iota
	itemText              // text, character references decoded
	itemStartTag          // a start tag: name, kept attributes, raw body
	itemEndTag            // an end tag: name
)

// item is a token of the page.
type item struct {
	typ       itemType
	val       string // the text, or the tag's lower-case name
	attrs     []attr // a start tag's kept attributes (see keptAttrs)
	selfClose bool   // a start tag ended with "/>"
	// raw is the body of a raw text element (script, style, title,
	// textarea, ...: see rawTags) up to its end tag, which the lexer reads
	// with the start tag since no markup is recognised inside.
	raw string
}

// stateFn is a state of the lexer, returning the next one.
type stateFn func(*lexer) stateFn

// lexer holds the state of the scan.
type lexer struct {
	input string
	pos   int
	state stateFn
	items []item // emitted, not yet taken
	head  int    // index of the next item to take in items
}

func lex(input string) *lexer {
	return &lexer{input: input, state: lexText}
}

// next returns the next item; after the input's end, itemEOF forever.
func (l *lexer) next() item {
	for l.head == len(l.items) {
		if l.state == nil {
			return item{typ: itemEOF}
		}
		l.items, l.head = l.items[:0], 0
		l.state = l.state(l)
	}
	it := l.items[l.head]
	l.head++
	return it
}

func (l *lexer) emit(it item) { l.items = append(l.items, it) }

// lexText reads text up to a '<' and decides what the '<' opens.
func lexText(l *lexer) stateFn {
	rest := l.input[l.pos:]
	lt := strings.IndexByte(rest, '<')
	if lt < 0 {
		if rest != "" {
			l.emit(item{typ: itemText, val: unescape(rest)})
		}
		l.pos = len(l.input)
		return nil
	}
	if lt > 0 {
		l.emit(item{typ: itemText, val: unescape(rest[:lt])})
		l.pos += lt
		rest = rest[lt:]
	}
	switch {
	case strings.HasPrefix(rest, "<!--"):
		return lexComment
	case len(rest) > 1 && (rest[1] == '!' || rest[1] == '?'):
		l.skipPast('>')
		return lexText
	case len(rest) > 2 && rest[1] == '/' && isLetter(rest[2]):
		return lexEndTag
	case len(rest) > 1 && isLetter(rest[1]):
		return lexStartTag
	}
	l.emit(item{typ: itemText, val: "<"})
	l.pos++
	return lexText
}

// lexComment skips a comment, "<!--" to "-->" (or to the end).
func lexComment(l *lexer) stateFn {
	end := strings.Index(l.input[l.pos+4:], "-->")
	if end < 0 {
		l.pos = len(l.input)
		return nil
	}
	l.pos += 4 + end + 3
	return lexText
}

// skipPast moves past the next byte c, or to the end.
func (l *lexer) skipPast(c byte) {
	end := strings.IndexByte(l.input[l.pos:], c)
	if end < 0 {
		l.pos = len(l.input)
		return
	}
	l.pos += end + 1
}

// lexEndTag reads "</name ...>".
func lexEndTag(l *lexer) stateFn {
	name, _ := tagName(l.input[l.pos+2:])
	l.skipPast('>')
	l.emit(item{typ: itemEndTag, val: name})
	return lexText
}

// lexStartTag reads "<name attr=value ...>" and, for a raw text element,
// its body up to the end tag.
func lexStartTag(l *lexer) stateFn {
	rest := l.input[l.pos:]
	name, n := tagName(rest[1:])
	it := item{typ: itemStartTag, val: name}
	j := 1 + n
	for j < len(rest) {
		c := rest[j]
		if c == '>' {
			j++
			break
		}
		if isSpace(c) || c == '/' {
			if c == '/' && j+1 < len(rest) && rest[j+1] == '>' {
				it.selfClose = true
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
		keep := keptAttrs[key]
		if key == "href" {
			// A link within the page (a live blog's permalink, a table
			// of contents) is marked "#", its address not kept.
			keep, val = strings.HasPrefix(val, "#"), "#"
		}
		if keep && !hasAttr(it.attrs, key) && len(it.attrs) < 16 {
			it.attrs = append(it.attrs, attr{key, unescape(val)})
		}
	}
	l.pos += min(j, len(rest))
	if rawTags[name] {
		it.raw, l.pos = rawText(l.input, l.pos, name)
	}
	l.emit(it)
	return lexText
}

func hasAttr(attrs []attr, key string) bool {
	for _, a := range attrs {
		if a.key == key {
			return true
		}
	}
	return false
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
