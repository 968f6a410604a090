package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// stateScript reports whether a script of the type typ holding js carries
// a page's state for the script that draws it: Next.js' __NEXT_DATA__ and
// Nuxt's __NUXT_DATA__ (JSON), Nuxt 2's window.__NUXT__, Apollo's
// window.__APOLLO_STATE__, a store's state in a global without "window."
// (var __INITIAL_STATE__ = ...), the App Router's self.__next_f.push(...),
// Arc XP's Fusion.globalContent (its story's content_elements), Remix's
// __remixContext (a deferred loader's data streams in a later script).
func stateScript(typ, js string) bool {
	return strings.Contains(typ, "json") && !strings.Contains(typ, "ld+json") ||
		strings.Contains(js, "window.__") || strings.Contains(js, "self.__next_f") || strings.Contains(js, "_STATE__") ||
		strings.Contains(js, "Fusion.globalContent") || strings.Contains(js, "__remixContext")
}

// stateBody is the article's body as the page's state scripts hold it,
// or nil: a page drawn by script may render only its first paragraph (or
// none) before the reader scrolls or clicks, while the state holds them
// all. The body is the longest run of paragraphs (two or more strings
// that end a sentence, or one of 800 bytes under a key that names a
// body: an articleBody in one piece) written under one key at one depth
// ("text" in each of the body's blocks), with the other strings of that
// key and depth between them (its subheads); a string of HTML gives its
// blocks.
// A string that holds JSON (the App Router's rows) is read as JSON after
// the scripts, all such strings joined (a row may span two scripts).
// When the page shows paragraphs (dom), the body holds one of the first
// three: a short story's state also lists other stories' summaries.
func (x *extractor) stateBody(dom []string) []string {
	s := &stateScan{}
	var nested strings.Builder
	for _, js := range x.doc.state {
		s.scan(js, &nested)
	}
	s.scan(nested.String(), nil)
	var best *stateRun
	for _, r := range s.runs {
		if (r.prose >= 2 || r.size >= 800 && strings.Contains(strings.ToLower(r.sig), "body")) && (best == nil || r.size > best.size) {
			best = r
		}
	}
	if best == nil {
		return nil
	}
	units := best.units[:best.kept]
	body, shown := strings.Join(units, "\n"), 0
	for _, l := range dom {
		if shown < 3 && paragraph(l) {
			if strings.Contains(body, l) {
				return units
			}
			shown++
		}
	}
	if shown > 0 {
		return nil
	}
	return units
}

// paragraph reports whether t reads as a paragraph: a sentence's end
// after 60 bytes or more, no address.
func paragraph(t string) bool {
	return len(t) >= 60 && endsSentence(t) && !strings.Contains(t, "://")
}

type stateScan struct {
	runs  []*stateRun
	count int // strings read
	// added counts the strings added to runs, last the run of the last.
	added int
	last  *stateRun
}

// stateRun is a run of strings of one key and depth (sig).
type stateRun struct {
	sig                     string
	units                   []string
	kept, size, prose, last int // units up to the last paragraph, their bytes, paragraphs; count at the last
}

// scan reads the strings of the JavaScript or JSON text js: a key's name
// is the string or identifier before a colon, and the elements of an
// array take its key.
func (s *stateScan) scan(js string, nested *strings.Builder) {
	var keys [maxDepth]string // the keys of the open objects and arrays
	var opened [maxDepth]int  // s.added when they opened
	var url [maxDepth]bool    // they name a "url"
	var rsc [maxDepth]bool    // arrays that open with "$": the App Router's elements
	var ids [maxDepth]int     // their numbers, in the order they opened
	var span stateSpan        // a rich text's span read last, which the next may go on
	key, depth, opens := "", 0, 0
	for i := 0; i < len(js); i++ {
		switch c := js[i]; {
		case c == '{' || c == '[':
			if depth < maxDepth {
				opens++
				keys[depth], opened[depth], url[depth], ids[depth], rsc[depth] = key, s.added, false, opens, false
			}
			depth++
		case (c == '}' || c == ']') && depth > 0:
			if depth--; depth < maxDepth {
				key = keys[depth]
				if r := s.last; url[depth] && s.added == opened[depth]+1 && len(r.units) > r.kept {
					// A link to another story among the
					// paragraphs, its title its one string
					// (Arc's interstitial_link): no subhead.
					r.units = r.units[:len(r.units)-1]
				}
			}
		case c == '"':
			v, n := jsonString(js[i:])
			i += n - 1
			if isKey(js[i+1:]) {
				key = v
			} else if d := depth - 1; d >= 0 && d < maxDepth && (rsc[d] || v == "$" && i >= n && js[i-n] == '[') {
				// ["$", "p", "key", {props}]: an element of the
				// App Router's, its tag and key no text.
				rsc[d] = true
			} else if key == "url" && depth > 0 && depth <= maxDepth {
				url[depth-1] = true
			} else if nested != nil && strings.Contains(v, `":`) {
				nested.WriteString(v)
			} else if sp := depth >= 2 && depth <= maxDepth && (keys[depth-2] == "children" || keys[depth-2] == "content"); sp && span.key == key && span.goesOn(v, depth, &ids) {
				// A rich text's span: a paragraph's piece in
				// bold or in a link (Sanity's Portable Text,
				// Contentful's, ProseMirror's).
				span.text += v
				if depth < span.depth {
					span.depth, span.sig = depth, key+"\x00"+string(rune(depth))
				}
			} else if sp && (!span.on || span.key == key || strings.Contains(v, " ")) {
				span.flush(s)
				span = stateSpan{key: key, sig: key + "\x00" + string(rune(depth+rscText(key, depth, &rsc))), text: v, depth: depth, on: true}
				copy(span.ids[max(0, len(span.ids)-depth):], ids[max(0, depth-len(span.ids)):depth])
			} else {
				// A name between spans ("_type": "span",
				// "marks": ["strong"], a link's address)
				// leaves the span read last.
				if strings.Contains(v, " ") {
					span.flush(s)
				}
				s.value(v, key+"\x00"+string(rune(depth+rscText(key, depth, &rsc))))
			}
		case c == ':' && i > 0 && js[i-1] != '"':
			// A name before a colon, unquoted in JavaScript ("layout:").
			j := i
			for j > 0 && js[j-1] > ' ' && js[j-1] != ',' && js[j-1] != '{' && js[j-1] != ':' {
				j--
			}
			key = js[j:i]
		}
	}
	span.flush(s)
}

// rscText is 1 for a string that is an App Router element's children
// whole ({"children": "text"} in ["$", "p", "0", {...}]), 0 otherwise:
// it is read as deep as the strings of a paragraph whose children are a
// list (text, a link's element, text), one body.
func rscText(key string, depth int, rsc *[maxDepth]bool) int {
	if key == "children" && depth >= 2 && depth-2 < maxDepth && rsc[depth-2] {
		return 1
	}
	return 0
}

// stateSpan is a string of the state read but not yet added (see
// stateScan.value), and those that went on it: a rich text's spans, the
// pieces of one paragraph, each in an object of its own in the
// paragraph's list of them ("children", "content"), an inline link's
// deeper. A string goes on the one before if it has the same key, sits
// in the same such list (of the shallower of the two) and one of them
// has a space or a punctuation mark at the joint.
type stateSpan struct {
	key, sig, text string
	depth          int
	ids            [6]int // the numbers of the open objects and arrays up to the first string's
	on             bool
}

// goesOn reports whether v, a string at depth depth under the open
// objects and arrays ids, goes on the span.
func (sp *stateSpan) goesOn(v string, depth int, ids *[maxDepth]int) bool {
	if !sp.on || v == "" || sp.text == "" {
		return false
	}
	l := min(depth, sp.depth) - 2 // the list of span objects
	if k := l - (sp.depth - len(sp.ids)); k < 0 || sp.ids[k] != ids[l] {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(sp.text)
	first, _ := utf8.DecodeRuneInString(v)
	return unicode.IsSpace(last) || unicode.IsSpace(first) || strings.ContainsRune(",.;:!?)]”’", first)
}

// flush adds the span to the scan.
func (sp *stateSpan) flush(s *stateScan) {
	if sp.on {
		s.value(sp.text, sp.sig)
	}
	sp.on = false
}

// isKey reports whether s, what follows a string or a name, opens with a
// colon.
func isKey(s string) bool {
	return strings.HasPrefix(strings.TrimLeft(s, " \t\r\n"), ":")
}

// value adds the string v under the signature sig (its key and depth)
// to the run of that signature with a paragraph among the last 64
// strings, if one of the last 64 runs is (further on, the same key is
// another list's: the next story's), or to a new run if it is a
// paragraph.
func (s *stateScan) value(v, sig string) {
	units := []string{collapse(v)}
	if strings.ContainsAny(v, "<\n") {
		units = fragment(v)
	}
	for _, t := range units {
		s.count++
		if t == "" {
			continue // an empty string is no paragraph (FuzzText: a blank line in the body)
		}
		var r *stateRun
		for _, o := range s.runs[max(0, len(s.runs)-64):] {
			if o.sig == sig && s.count-o.last <= 64 {
				r = o
			}
		}
		if l := s.last; r == nil && l != nil && s.count-l.last <= 64 && len(sig) == len(l.sig) && sig > l.sig && sig[:len(sig)-1] == l.sig[:len(sig)-1] {
			// A list's items in the body, an object deeper under
			// the same key (Arc's list's "items"; the depth is the
			// signature's last byte): the body's.
			r, t = l, "• "+t
		}
		prose := paragraph(t)
		if r == nil {
			if !prose {
				continue
			}
			r = &stateRun{sig: sig}
			s.runs = append(s.runs, r)
		}
		r.units = append(r.units, t)
		s.added, s.last = s.added+1, r
		if prose {
			r.kept, r.last = len(r.units), s.count
			r.size += len(t)
			r.prose++
		}
	}
}
