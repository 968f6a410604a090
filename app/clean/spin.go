package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A spun article is one in which a synonym spinner swapped words for WordNet
// synonyms regardless of part of speech: "arrived successful Moscow" (in),
// "could beryllium deployed" (be), "arsenic his country's" (as). The repair
// first scores the article by counting such swaps in positions where the spun
// word cannot stand; only an article with several of them is repaired, so a
// clean article ("a successful launch", "the Maine governor") never changes.

// token is a word of a block's plain text.
type token struct {
	seg        int    // index of the segment
	start, end int    // byte offsets in the segment's text
	word       string // as written
	low        string // lower case
	sentStart  bool   // first word of a sentence
	punctAfter bool   // punctuation (not a space) right after the word
}

var determiners = setOf("the a an his her its their our my your this that these those some many several each every all both any no another such which what whose")

var pronounsObj = setOf("him them us me it you her whom which what")

var auxiliaries = setOf(`is are was were be been being am has have had get got gets become became becomes
	well closely directly tightly loosely intimately also not remain remained remains stay stayed keep kept
	very more most so less least highly hugely wildly commercially largely particularly extremely remarkably
	proved prove proves equally fully reasonably moderately quite too how i he she they we you it who that
	and or but be`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// functionSwaps are the spun forms of function words, with the original.
var functionSwaps = map[string]string{
	"beryllium": "be", "arsenic": "as", "astatine": "at", "astir": "about", "conscionable": "just",
	"volition": "will", "maine": "me", "america": "us", "successful": "in", "connected": "on",
}

// functionRepair returns the original function word for the spun token at i,
// or "" when the context does not make the swap certain.
func functionRepair(toks []token, i int) string {
	t := toks[i]
	orig, ok := functionSwaps[t.low]
	if !ok {
		return ""
	}
	prev, next := "", ""
	nextCap, nextNum := false, false
	if i > 0 && !toks[i-1].punctAfter && !t.sentStart {
		prev = toks[i-1].low
	}
	if i+1 < len(toks) && !t.punctAfter {
		n := toks[i+1]
		next = n.low
		r, _ := utf8.DecodeRuneInString(n.word)
		nextCap = unicode.IsUpper(r)
		nextNum = unicode.IsDigit(r)
	}
	beforeNoun := determiners[next] || nextCap || nextNum || pronounsObj[next]
	switch t.low {
	case "beryllium", "astatine":
		if determiners[prev] || prev == "of" {
			return ""
		}
	case "arsenic":
		if determiners[prev] || prev == "of" || prev == "with" || next == "poisoning" || next == "levels" {
			return ""
		}
	case "astir", "conscionable":
	case "volition":
		if next == "" || determiners[prev] || prev == "own" || prev == "free" || prev == "of" || prev == "by" {
			return ""
		}
	case "maine", "america":
		if t.word != t.low { // "Maine", "America": the state and the country
			return ""
		}
	case "successful", "connected":
		if !beforeNoun || auxiliaries[prev] || determiners[prev] || prev == "" && t.sentStart {
			return ""
		}
	}
	return matchCase(orig, t.word)
}

// matchCase gives repl the capitalisation of the word it replaces.
func matchCase(repl, like string) string {
	r, _ := utf8.DecodeRuneInString(like)
	if unicode.IsUpper(r) {
		q, n := utf8.DecodeRuneInString(repl)
		return string(unicode.ToUpper(q)) + repl[n:]
	}
	return repl
}

// contentRepair returns the original of a spun content word when the context
// model makes it certain: a candidate that forms known bigrams with the
// neighbouring words where the spun word forms none.
func contentRepair(t *spinTable, toks []token, i int) string {
	tk := toks[i]
	if len(tk.low) < 4 || tk.word != tk.low && !tk.sentStart {
		return ""
	}
	e := t.spun[tk.low]
	if e == nil {
		return ""
	}
	cands := e.cands
	prev, next := "", ""
	if i > 0 && !toks[i-1].punctAfter && !tk.sentStart {
		prev = toks[i-1].low
	}
	if i+1 < len(toks) && !tk.punctAfter {
		next = toks[i+1].low
	}
	support := func(w string) int { return t.bi[[2]string{prev, w}] + t.bi[[2]string{w, next}] }
	own := support(tk.low)
	best, bestN := "", 0
	for _, w := range cands {
		if n := support(w); n > bestN {
			best, bestN = w, n
		}
	}
	// The generator keeps only entries whose first candidate is no spelling
	// variant of the spun word ("defence"/"defense", "enactment"/"act").
	switch {
	case e.extra && support(cands[0]) >= own:
		best = cands[0]
	case best != "" && best == cands[0] && own == 0 && bestN >= 20 && e.freqOK:
	default:
		return ""
	}
	return matchCase(best, tk.word)
}

// tokenize splits the plain segments of a block into words.
func tokenize(segs []Segment) []token {
	var toks []token
	sentStart := true
	for si, s := range segs {
		if s.Removed != "" || s.Original != "" {
			continue
		}
		txt := s.Text
		i := 0
		for i < len(txt) {
			c := txt[i]
			if isWordByte(c) {
				j := i
				for j < len(txt) && (isWordByte(txt[j]) || txt[j] == '\'' && j+1 < len(txt) && isWordByte(txt[j+1])) {
					j++
				}
				w := txt[i:j]
				toks = append(toks, token{seg: si, start: i, end: j, word: w, low: lowerWord(w), sentStart: sentStart,
					punctAfter: j < len(txt) && txt[j] != ' '})
				sentStart = false
				i = j
				continue
			}
			if c == '.' || c == '!' || c == '?' {
				sentStart = true
			}
			if c >= utf8.RuneSelf || c != ' ' && len(toks) > 0 {
				if n := len(toks); n > 0 && toks[n-1].seg == si && toks[n-1].end == i {
					toks[n-1].punctAfter = true
				}
			}
			i++
		}
	}
	return toks
}

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// spinScore counts the certain function-word swaps in the document and returns
// the score (0..1) and whether the article counts as spun.
func spinScore(d *doc) (float64, bool) {
	tells, nwords := 0, 0
	kinds := map[string]bool{}
	for _, b := range d.blocks {
		if !mayHaveSwap(b.low) {
			nwords += b.nw
			continue
		}
		toks := tokenize(b.segs)
		nwords += len(toks)
		for i := range toks {
			if functionRepair(toks, i) != "" {
				tells++
				kinds[toks[i].low] = true
			}
		}
	}
	if nwords == 0 {
		return 0, false
	}
	score := float64(tells) * 100 / float64(nwords) / 4
	score = min(score, 1)
	return score, tells >= 3 && len(kinds) >= 2
}

// mayHaveSwap reports whether the lower-cased text holds a word of
// functionSwaps; a cheap test that spares tokenizing clean blocks.
func mayHaveSwap(low string) bool {
	for i := 0; i < len(low); {
		c := low[i]
		if c < 'a' || c > 'z' {
			i++
			continue
		}
		j := i + 1
		for j < len(low) && low[j] >= 'a' && low[j] <= 'z' {
			j++
		}
		if n := j - i; n >= 5 && n <= 12 && (i == 0 || low[i-1] < 0x80) {
			if _, ok := functionSwaps[low[i:j]]; ok {
				return true
			}
		}
		i = j
	}
	return false
}

// repairSpin scores how spun the text looks and, when it is spun, repairs
// swapped words whose context makes the repair certain. It returns the score.
func repairSpin(d *doc) float64 {
	score, spun := spinScore(d)
	if !spun {
		return score
	}
	t := loadTable()
	for _, b := range d.blocks {
		toks := tokenize(b.segs)
		repl := make([]string, len(toks))
		any := false
		for i := range toks {
			if r := functionRepair(toks, i); r != "" {
				repl[i] = r
				any = true
			}
		}
		for i := range toks {
			if repl[i] == "" {
				if r := contentRepair(t, toks, i); r != "" && !strings.EqualFold(r, toks[i].word) {
					repl[i] = r
					any = true
				}
			}
		}
		if any {
			b.segs = applyRepairs(b.segs, toks, repl)
			b.setText(tidySpace(b.fullText()))
		}
	}
	return score
}

// applyRepairs splits segments around the repaired words.
func applyRepairs(segs []Segment, toks []token, repl []string) []Segment {
	var out []Segment
	ti := 0
	for si, s := range segs {
		pos := 0
		for ti < len(toks) && toks[ti].seg < si {
			ti++
		}
		for ti < len(toks) && toks[ti].seg == si {
			tk := toks[ti]
			if repl[ti] != "" {
				if tk.start > pos {
					out = append(out, Segment{Text: s.Text[pos:tk.start], Removed: s.Removed})
				}
				out = append(out, Segment{Text: repl[ti], Original: tk.word})
				pos = tk.end
			}
			ti++
		}
		if pos == 0 {
			out = append(out, s)
		} else if pos < len(s.Text) {
			out = append(out, Segment{Text: s.Text[pos:], Removed: s.Removed})
		}
	}
	return out
}

// fullText is the block's text with glued spans, repaired words in their
// repaired form.
func (b *block) fullText() string {
	var sb strings.Builder
	for _, s := range b.segs {
		sb.WriteString(s.Text)
	}
	return sb.String()
}

// lowerWord lower-cases an ASCII word, without allocating when it already is.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}
