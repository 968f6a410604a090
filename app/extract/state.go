package extract

import "strings"

// stateScript reports whether a script of the type typ holding js carries
// a page's state for the script that draws it: Next.js' __NEXT_DATA__ and
// Nuxt's __NUXT_DATA__ (JSON), Nuxt 2's window.__NUXT__, Apollo's
// window.__APOLLO_STATE__, the App Router's self.__next_f.push(...).
func stateScript(typ, js string) bool {
	return strings.Contains(typ, "json") && !strings.Contains(typ, "ld+json") ||
		strings.Contains(js, "window.__") || strings.Contains(js, "self.__next_f")
}

// stateBody is the article's body as the page's state scripts hold it,
// or nil: a page drawn by script may render only its first paragraph (or
// none) before the reader scrolls or clicks, while the state holds them
// all. The body is the longest run of paragraphs (two or more strings
// that end a sentence) written under one key at one depth ("text" in
// each of the body's blocks), with the other strings of that key and
// depth between them (its subheads); a string of HTML gives its blocks.
// A string that holds JSON (the App Router's rows) is read as JSON after
// the scripts, all such strings joined (a row may span two scripts).
// When the page shows paragraphs (dom), the body holds one of them: a
// short story's state also lists other stories' summaries.
func (x *extractor) stateBody(dom []string) []string {
	s := &stateScan{runs: map[string]*stateRun{}}
	var nested strings.Builder
	for _, js := range x.doc.state {
		s.scan(js, &nested)
	}
	s.scan(nested.String(), nil)
	for k, r := range s.runs {
		s.end(k, r)
	}
	held := map[string]bool{}
	for _, l := range lines(s.best.units) {
		held[deckKey(l)] = true
	}
	shown := false
	for _, l := range lines(dom) {
		if paragraph(l) && len(l) <= 600 {
			if held[deckKey(l)] {
				return s.best.units
			}
			shown = true
		}
	}
	if shown {
		return nil
	}
	return s.best.units
}

// lines are the lines of blocks.
func lines(blocks []string) []string {
	return strings.Split(strings.Join(blocks, "\n"), "\n")
}

// paragraph reports whether t reads as a paragraph: a sentence's end
// after 60 bytes or more, no address.
func paragraph(t string) bool {
	return len(t) >= 60 && endsSentence(t) && !strings.Contains(t, "://")
}

type stateScan struct {
	runs  map[string]*stateRun // the open run of each key and depth
	count int                  // strings read
	best  stateRun
}

type stateRun struct {
	units             []string
	kept, size, prose int // units up to the last paragraph, its bytes, paragraphs
	first, last       int // count at the first and the last paragraph
}

// scan reads the strings of the JavaScript or JSON text js: a key's name
// is the string or identifier before a colon, and the elements of an
// array take its key.
func (s *stateScan) scan(js string, nested *strings.Builder) {
	var keys [maxDepth]string // the keys of the open objects and arrays
	key, depth := "", 0
	for i := 0; i < len(js); i++ {
		switch c := js[i]; {
		case c == '{' || c == '[':
			if depth < maxDepth {
				keys[depth] = key
			}
			depth++
		case (c == '}' || c == ']') && depth > 0:
			if depth--; depth < maxDepth {
				key = keys[depth]
			}
		case c == '"':
			v, n := jsonString(js[i:])
			i += n - 1
			if isKey(js[i+1:]) {
				key = v
			} else if nested != nil && (strings.Contains(v, `{"`) || strings.Contains(v, `["`)) {
				nested.WriteString(v)
			} else {
				s.value(v, key+"\x00"+string(rune(depth)))
			}
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i + 1
			for j < len(js) && (js[j] == '_' || js[j] == '$' || js[j] >= 'a' && js[j] <= 'z' || js[j] >= 'A' && js[j] <= 'Z' || js[j] >= '0' && js[j] <= '9') {
				j++
			}
			if isKey(js[j:]) {
				key = js[i:j]
			}
			i = j - 1
		}
	}
}

// isKey reports whether s, what follows a string or a name, opens with a
// colon.
func isKey(s string) bool {
	return strings.HasPrefix(strings.TrimLeft(s, " \t\r\n"), ":")
}

// value adds the string v under the signature sig (its key and depth).
func (s *stateScan) value(v, sig string) {
	units := []string{collapse(v)}
	if strings.ContainsAny(v, "<\n") {
		units = fragment(v)
	}
	for _, t := range units {
		s.count++
		r := s.runs[sig]
		if r != nil && s.count-r.last > 40 {
			s.end(sig, r) // the same key far on: another list (the next story's)
			r = nil
		}
		prose := paragraph(t)
		if r == nil {
			if !prose {
				continue
			}
			r = &stateRun{first: s.count}
			s.runs[sig] = r
		}
		r.units = append(r.units, t)
		if prose {
			r.kept, r.last = len(r.units), s.count
			r.size += len(t)
			r.prose++
		}
	}
}

// end closes the run r of the signature sig, the best so far if it holds
// the most paragraph text (the first such).
func (s *stateScan) end(sig string, r *stateRun) {
	delete(s.runs, sig)
	if r.prose >= 2 && (r.size > s.best.size || r.size == s.best.size && r.first < s.best.first) {
		s.best = *r
		s.best.units = r.units[:r.kept]
	}
}
