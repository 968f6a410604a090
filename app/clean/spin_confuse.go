package clean

import (
	"strings"
	"sync"
)

// The confusion models (internal/gen's confuse.go): for the swaps a spinner
// makes most often where news prose writes both words ("by" → "past",
// "have" → "hold", "very" → "really"), a logistic regression over the words
// around a use, up to five away in its sentence, tells the original's
// contexts from the spun word's: what a pair of neighbours cannot say. Its
// log-odds (a likelihood ratio of the context, the words' frequencies left
// to the news model) is added to the reading of the spun word as that
// original.

// confModel is one confusion's weights: its bias and the weight of each
// feature (a slot byte and a word: '<' −2, '[' −1, ']' +1, '>' +2, '~'
// within confWindow; '^' the sentence's edge).
type confModel struct {
	bias float64
	w    map[string]float64
}

// confWindow is how far from the word a context word of the bag may be.
const confWindow = 5

// confWeight scales the confusion models' log-odds in the comparison of a
// spun word with its original, and confMargin is taken off it: the log-odds
// counts again what the news model's pairs said of the neighbours. Chosen
// on other news (TestSpinnerOtherNews; weights 0.75–1.5, margins 0.5–2
// tried): 1 and 1 undo the most swaps for fewer wrong repairs than without
// the models. The choice between originals ("merely": but, only, just) is
// left to the news model: a softmax over the originals' contexts changed
// next to nothing there.
const (
	confWeight = 1.0
	confMargin = 1.0
)

// confModels are the "c" lines: indexed by their pair on first use, each
// read when it is first asked for (reading all 200 on first use cost ~20 ms
// natively, more than the rest of a first cleaning of the seeds).
type confModels struct {
	text  string
	once  sync.Once
	lines map[[2]string]string // (spun, original) → its line
	mu    sync.Mutex
	pairs map[[2]string]*confModel // the models read so far
}

// get returns the model of the swap of orig for spun, if any.
func (c *confModels) get(spun, orig string) *confModel {
	c.once.Do(func() { c.lines = indexConfusions(c.text) })
	k := [2]string{spun, orig}
	line, ok := c.lines[k]
	if !ok {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	m := c.pairs[k]
	if m == nil {
		if c.pairs == nil {
			c.pairs = map[[2]string]*confModel{}
		}
		m = readConfusion(line)
		c.pairs[k] = m
	}
	return m
}

// indexConfusions maps each pair of the "c s o bias f q f q ..." lines to
// its line.
func indexConfusions(text string) map[[2]string]string {
	out := map[[2]string]string{}
	for line := range strings.Lines(text) {
		f, rest := nextField(strings.TrimSuffix(line, "\n"))
		s, rest := nextField(rest)
		o, _ := nextField(rest)
		if f == "c" && s != "" && o != "" {
			out[[2]string{s, o}] = line
		}
	}
	return out
}

// readConfusion reads one "c s o bias f q f q ..." line, weights in tenths
// (a malformed line gives a model of no weight).
func readConfusion(line string) *confModel {
	f := strings.Fields(line)
	if len(f) < 4 || len(f)%2 != 0 {
		return &confModel{}
	}
	m := &confModel{bias: float64(signedAtoi(f[3])) / 10, w: make(map[string]float64, (len(f)-4)/2)}
	for i := 4; i+1 < len(f); i += 2 {
		m.w[f[i]] = float64(signedAtoi(f[i+1])) / 10
	}
	return m
}

// signedAtoi reads a small signed count (0 for anything else).
func signedAtoi(s string) int {
	if strings.HasPrefix(s, "-") {
		return -atoi(s[1:])
	}
	return atoi(s)
}

// score returns the model's log-odds of the original over the spun word at
// i of a sentence's words (as the news model reads them).
func (m *confModel) score(words []string, i int) float64 {
	z := m.bias
	at := func(d int) string {
		if j := i + d; j >= 0 && j < len(words) {
			return words[j]
		}
		return "^"
	}
	var buf [48]byte
	feat := func(slot byte, w string) float64 {
		k := append(append(buf[:0], slot), w...)
		return m.w[string(k)] // looked up without a copy of k
	}
	z += feat('[', at(-1)) + feat(']', at(1)) + feat('<', at(-2)) + feat('>', at(2))
	// The bag: each word within confWindow once.
	lo, hi := max(0, i-confWindow), min(len(words), i+confWindow+1)
	for j := lo; j < hi; j++ {
		if j == i {
			continue
		}
		dup := false
		for k := lo; k < j; k++ {
			if k != i && words[k] == words[j] {
				dup = true
				break
			}
		}
		if !dup {
			z += feat('~', words[j])
		}
	}
	return z
}

// confContext gives decodeRun the confusion models' log-odds for the words
// of a block, whose sentences' words it reads once, when a model asks.
type confContext struct {
	m     *confModels
	block []token
	words []string
}

// at returns the log-odds of orig over spun at word i of the run that
// starts at lo in the block toks (repl: the repairs made so far), scaled by
// confWeight, less confMargin; 0 where no model knows the pair.
func (c *confContext) at(toks []token, repl []string, lo int) func(i int, spun, orig string) float64 {
	return func(i int, spun, orig string) float64 {
		m := c.m.get(spun, orig)
		if m == nil {
			return 0
		}
		return confWeight*c.score(m, toks, repl, lo+i) - confMargin
	}
}

// score returns m's score at word i of the block toks.
func (c *confContext) score(m *confModel, toks []token, repl []string, i int) float64 {
	if len(toks) == 0 || len(c.block) == 0 || &c.block[0] != &toks[0] {
		c.block = toks
		c.words = c.words[:0]
		for j, tk := range toks {
			c.words = append(c.words, modelWord(tk, repl, j))
		}
	}
	s0, s1 := i, i+1
	for s0 > 0 && !toks[s0].sentStart {
		s0--
	}
	for s1 < len(toks) && !toks[s1].sentStart {
		s1++
	}
	return m.score(c.words[s0:s1], i-s0)
}
