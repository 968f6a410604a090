package boiler

import "unicode/utf8"

// regionWord is what cohesion knows of a content word of the main region:
// how many of the region's lines hold it, and the last of them.
type regionWord struct{ lines, last int32 }

// cohesion returns, for each line, how many of its content words (see
// contentWord) there are and how many of them the page's main region
// [start, end) holds on another line: an article's own paragraphs, its last
// ones too, reuse its vocabulary, where a teaser, a related headline or a
// footer mostly do not. The region's words are kept by a hash of them in
// sc's map, reused page to page.
func cohesion(sc *scratch, lines []string, start, end int, lex *lexTable) (content, shared []int32) {
	if sc.region == nil {
		sc.region = make(map[uint64]regionWord)
	}
	clear(sc.region)
	m := sc.region
	n := len(lines)
	sc.coh = grow(sc.coh, 2*n)
	content, shared = sc.coh[:n], sc.coh[n:]
	buf := sc.word[:0]
	for i := start; i < end; i++ {
		for at := 0; ; {
			var w []byte
			if w, at = nextWord(lines[i], at, buf); w == nil {
				break
			}
			if !contentWord(w, lex) {
				continue
			}
			h := wordHash(w)
			e, ok := m[h]
			switch {
			case !ok:
				m[h] = regionWord{1, int32(i)}
			case e.last != int32(i):
				m[h] = regionWord{e.lines + 1, int32(i)}
			}
		}
	}
	for i, l := range lines {
		// A word of a line of the region is on another line when two
		// lines hold it; any line outside needs one.
		need := int32(1)
		if i >= start && i < end {
			need = 2
		}
		for at := 0; ; {
			var w []byte
			if w, at = nextWord(l, at, buf); w == nil {
				break
			}
			if !contentWord(w, lex) {
				continue
			}
			content[i]++
			if e, ok := m[wordHash(w)]; ok && e.lines >= need {
				shared[i]++
			}
		}
	}
	return content, shared
}

// contentWord reports whether w, a word as nextWord gives it, carries
// content: four letters or more, a letter among them, and no function word
// of any language the lexicon knows.
func contentWord(w []byte, lex *lexTable) bool {
	if len(w) < 4 {
		return false
	}
	letter, runes := false, 0
	for _, c := range w {
		letter = letter || c >= 'a' && c <= 'z' || c >= utf8.RuneSelf
		if c&0xc0 != 0x80 {
			runes++
		}
	}
	if !letter || runes < 4 {
		return false
	}
	e, ok := lex.get(w)
	return !ok || !e.stop && e.foreign == 0
}

// wordHash is FNV-1a's 64-bit hash of w.
func wordHash(w []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range w {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// cohesionShare is shared/content, or -1 for no content words.
func cohesionShare(content, shared int32) float32 {
	if content == 0 {
		return -1
	}
	return float32(shared) / float32(content)
}
