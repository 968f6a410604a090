package search

import (
	"strings"
	"unicode/utf8"
)

// qword is one word of a parsed query.
type qword struct {
	text   string // folded
	prefix bool   // the last word, still being typed: completions match
	phrase int    // index into query.phrases, or -1
	exact  bool   // quoted: no fuzzy matching
}

// query is a parsed query: its words, and the quoted phrases as lists of
// word indices in order.
type query struct {
	words   []qword
	phrases [][]int
}

// isQuote reports whether r opens or closes a phrase.
func isQuote(r rune) bool {
	return r == '"' || r == '“' || r == '”' || r == '„' || r == '«' || r == '»'
}

// parseQuery splits a query into folded words and "quoted phrases". Only the
// first MaxQueryRunes characters and MaxQueryWords words are used. The last
// word is a prefix (still being typed) unless the query ends with a space,
// punctuation or a closing quote. Repeated words are used once.
func parseQuery(q string) query {
	if utf8.RuneCountInString(q) > MaxQueryRunes {
		n := 0
		for i := range q {
			if n == MaxQueryRunes {
				q = q[:i]
				break
			}
			n++
		}
	}
	var pq query
	inQuote := false
	var phraseWords []int
	seenPhrase := map[string]bool{}
	closePhrase := func() {
		if len(phraseWords) > 1 {
			var key []string
			for _, i := range phraseWords {
				key = append(key, pq.words[i].text)
			}
			k := strings.Join(key, " ")
			if seenPhrase[k] {
				// A repeated phrase: drop its words.
				pq.words = pq.words[:phraseWords[0]]
			} else {
				seenPhrase[k] = true
				pq.phrases = append(pq.phrases, phraseWords)
			}
		} else {
			for _, i := range phraseWords {
				pq.words[i].phrase = -1 // a quoted single word: exact, no phrase check
			}
		}
		phraseWords = nil
	}
	var buf []byte
	seg := 0
	flush := func(s string) {
		buf = scanTokens(s, buf, func(term string, _, _ int) {
			if len(pq.words) >= MaxQueryWords {
				return
			}
			w := qword{text: strings.Clone(term), phrase: -1}
			if inQuote {
				w.phrase, w.exact = len(pq.phrases), true
				phraseWords = append(phraseWords, len(pq.words))
			}
			pq.words = append(pq.words, w)
		})
	}
	for i, r := range q {
		if !isQuote(r) {
			continue
		}
		flush(q[seg:i])
		seg = i + utf8.RuneLen(r)
		if inQuote {
			closePhrase()
		}
		inQuote = !inQuote
	}
	flush(q[seg:])
	// Is the last word still being typed?
	typing := false
	if r, _ := utf8.DecodeLastRuneInString(q); isWordRune(r) {
		typing = true
	}
	if inQuote {
		closePhrase()
	}
	if typing && len(pq.words) > 0 && len(pq.words) < MaxQueryWords {
		pq.words[len(pq.words)-1].prefix = true
	}
	return pq.dedupe()
}

// dedupe drops repeated plain words (words in phrases are kept: their order
// matters). Phrase word indices are renumbered.
func (pq query) dedupe() query {
	seen := map[qword]bool{}
	var out query
	remap := make([]int, len(pq.words))
	for i, w := range pq.words {
		key := w
		if w.phrase < 0 && seen[key] {
			remap[i] = -1
			continue
		}
		seen[key] = true
		remap[i] = len(out.words)
		out.words = append(out.words, w)
	}
	for _, ph := range pq.phrases {
		var p []int
		for _, i := range ph {
			p = append(p, remap[i])
		}
		out.phrases = append(out.phrases, p)
	}
	return out
}
