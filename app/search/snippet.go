package search

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// snippetRunes is the target length of a snippet in characters.
const snippetRunes = 200

// matcher finds the query's matches in a document's text.
type matcher struct {
	ix    *Index
	words []string    // the folded query words
	best  termClasses // the document's match class of each word (wordClasses)
}

// matcher returns the matcher of the query's words; set its best to a
// document's wordClasses before use. markTerms must have been called.
func (ix *Index) matcher(pq query) *matcher {
	m := &matcher{ix: ix}
	for _, w := range pq.words {
		m.words = append(m.words, w.text)
	}
	return m
}

// span is a match in a text: [start, end) in runes and bytes.
type span struct {
	rs, re, bs, be int
	word           int
	cls            uint8
}

// find returns the matches of the query in text, in order.
func (m *matcher) find(text string) []span {
	var out []span
	runePos, bytePos := 0, 0
	m.ix.fold = scanTokens(text, m.ix.fold, func(term string, start, end int) {
		id, ok := m.ix.vocab.lookup(term)
		if !ok || int(id) >= len(m.ix.scratch.cls) {
			return
		}
		word, cls, ok := m.match(id)
		if !ok {
			return
		}
		runePos += utf8.RuneCountInString(text[bytePos:start])
		rs := runePos
		runePos += utf8.RuneCountInString(text[start:end])
		bytePos = end
		out = append(out, span{rs: rs, re: runePos, bs: start, be: end, word: word, cls: cls})
	})
	return out
}

// match returns the query word that term id matches in the document, and
// the class of the match: the best class among the words it matches, the
// lowest word of that class.
func (m *matcher) match(id uint32) (word int, cls uint8, ok bool) {
	t := &m.ix.scratch.cls[id]
	for c := int(clsExact); c >= clsNear; c-- {
		if b := t[c] & m.best[c]; b != 0 {
			return bits.TrailingZeros16(b), uint8(c), true
		}
	}
	return 0, 0, false
}

// highlight returns the character ranges of text to highlight: whole matched
// words; for completions of the word being typed, only the typed part; for
// fuzzy matches, the characters sahilm/fuzzy matched when the query word is
// a subsequence of the word.
func (m *matcher) highlight(text string) [][2]int {
	var out [][2]int
	for _, sp := range m.find(text) {
		out = append(out, m.ranges(text, sp, 0)...)
	}
	return out
}

// ranges returns the highlight ranges of one match, shifted by off.
func (m *matcher) ranges(text string, sp span, off int) [][2]int {
	query := m.words[sp.word]
	switch sp.cls {
	case clsPrefix:
		if n, typed := sp.re-sp.rs, utf8.RuneCountInString(query); typed < n {
			return [][2]int{{sp.rs + off, sp.rs + typed + off}}
		}
	case clsFuzzy:
		word := text[sp.bs:sp.be]
		if ms := fuzzy.Find(query, []string{word}); len(ms) == 1 && Fold(word) == strings.ToLower(word) {
			rr := byteToRuneRanges(word, ms[0].MatchedIndexes)
			for i := range rr {
				rr[i][0] += sp.rs + off
				rr[i][1] += sp.rs + off
			}
			return rr
		}
	}
	return [][2]int{{sp.rs + off, sp.re + off}}
}

// byteToRuneRanges converts sahilm/fuzzy's matched byte indexes in s into
// [start, end) rune ranges, merging adjacent characters.
func byteToRuneRanges(s string, idx []int) [][2]int {
	var out [][2]int
	r, j := 0, 0
	for b := range s {
		for j < len(idx) && idx[j] < b {
			j++
		}
		if j < len(idx) && idx[j] == b {
			if n := len(out); n > 0 && out[n-1][1] == r {
				out[n-1][1]++
			} else {
				out = append(out, [2]int{r, r + 1})
			}
		}
		r++
	}
	return out
}

// snippet returns a passage of the document around its best match, with the
// matches' character ranges: the paragraph (or heading) that matches the
// most distinct query words, cut to about snippetRunes characters around its
// densest cluster of matches, whitespace collapsed, "…" marking cuts.
func (ix *Index) snippet(doc *Doc, m *matcher) (string, [][2]int) {
	bestText, bestScore := "", -1
	var best []span
	try := func(texts []string) {
		for _, t := range texts {
			sp := m.find(t)
			if len(sp) == 0 {
				continue
			}
			words := map[int]bool{}
			quality := 0
			for _, s := range sp {
				words[s.word] = true
				quality += int(s.cls)
			}
			score := len(words)*10000 + quality*100 + min(len(sp), 99)
			if score > bestScore {
				bestText, bestScore, best = t, score, sp
			}
		}
	}
	try(doc.Body)
	if bestScore < 0 {
		try(doc.Headings)
	}
	if bestScore < 0 {
		if len(doc.Body) > 0 {
			s, _ := window(doc.Body[0], nil, m)
			return s, nil
		}
		return "", nil
	}
	return window(bestText, best, m)
}

// window cuts text to about snippetRunes characters around the densest group
// of matches and returns it with the matches' ranges in it.
func window(text string, sp []span, m *matcher) (string, [][2]int) {
	runes := []rune(text)
	start, end := 0, len(runes)
	if len(runes) > snippetRunes {
		bestCount := -1
		for _, a := range sp {
			s := max(0, a.rs-snippetRunes/5)
			if s+snippetRunes > len(runes) {
				s = max(0, len(runes)-snippetRunes)
			}
			// Start at a sentence when one starts shortly before the match.
			for i := a.rs - 1; i > s+1 && i > a.rs-snippetRunes/3; i-- {
				if unicode.IsSpace(runes[i-1]) && (runes[i-2] == '.' || runes[i-2] == '?' || runes[i-2] == '!') && unicode.IsUpper(runes[i]) {
					s = i
					break
				}
			}
			words := map[int]bool{}
			for _, b := range sp {
				if b.rs >= s && b.re <= s+snippetRunes {
					words[b.word] = true
				}
			}
			if len(words) > bestCount {
				bestCount, start = len(words), s
			}
		}
		end = min(len(runes), start+snippetRunes)
		// Cut at spaces, not inside words.
		if start > 0 {
			for i := start; i < start+20 && i < end; i++ {
				if unicode.IsSpace(runes[i-1]) {
					start = i
					break
				}
			}
		}
		if end < len(runes) {
			for i := end; i > end-20 && i > start; i-- {
				if unicode.IsSpace(runes[i]) {
					end = i
					break
				}
			}
		}
	}
	// Collapse whitespace, keeping a map from old to new rune offsets.
	var b strings.Builder
	newPos := make([]int, end-start+1)
	n := 0
	if start > 0 {
		b.WriteString("…")
		n++
	}
	space := true
	for i := start; i < end; i++ {
		newPos[i-start] = n
		r := runes[i]
		if unicode.IsSpace(r) {
			if space {
				continue
			}
			r, space = ' ', true
		} else {
			space = false
		}
		b.WriteRune(r)
		n++
	}
	newPos[end-start] = n
	out := strings.TrimRight(b.String(), " ")
	if end < len(runes) {
		out += "…"
	}
	var hl [][2]int
	if m != nil {
		for _, s := range sp {
			if s.rs < start || s.re > end {
				continue
			}
			for _, r := range m.ranges(text, s, 0) {
				hl = append(hl, [2]int{newPos[r[0]-start], newPos[r[1]-start]})
			}
		}
	}
	return out, hl
}
