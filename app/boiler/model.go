package boiler

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"math"
	"slices"
	"strconv"
)

// Model is a learned line classifier: a vocabulary of marker words with their
// weights and one or more stages of gradient-boosted trees. Every stage after
// the first also reads the previous stage's scores of the line and its
// neighbours (context smoothing).
type Model struct {
	// Vocab maps a lower-cased word to its log-odds of boilerplate.
	Vocab map[string]float32
	lex   *lexTable // Vocab with the built-in word lists, made on first use
	// Stages are applied in order.
	Stages []Ensemble
	// Threshold is the boilerplate probability above which a line is
	// boilerplate.
	Threshold float32
}

// Ensemble is a sum of regression trees of one depth, in heap layout.
type Ensemble struct {
	Depth int
	Base  float32
	// Edges are the split points each feature may use: every threshold of a
	// tree is one of its feature's edges (or +Inf, a split that sends every
	// row left), so the file stores a byte per threshold.
	Edges [][]float32
	Trees []Tree

	walk keyed // the trees in the form ScoreRows walks, made on first use
}

// Tree is a complete binary tree: node k's children are 2k+1 and 2k+2;
// internal nodes first, then 2^Depth leaves.
type Tree struct {
	Feature   []uint8   // per internal node
	Threshold []float32 // per internal node: go left when x < Threshold
	Leaf      []float32 // per leaf
}

// contextFeatures are what a later stage adds to a line's features from the
// previous stage's scores: the line's own, those at -2, -1, +1, +2, the mean
// over ±3 lines and over ±10, and where the line sits relative to the page's
// main block (with the longest runs of boilerplate, and of sure boilerplate,
// between them), and what kind of page it is (see ContextRows).
const contextFeatures = 16

// stageFeatures is the width of stage k's feature rows.
func stageFeatures(k int) int {
	if k == 0 {
		return numFeatures
	}
	return numFeatures + contextFeatures
}

// widthFits reports whether a stage k of nf features fits the rows: as wide
// as them, or for a later stage one narrower, as models trained before the
// sure gap (the last context feature) were; their trees read the rows'
// first features alone.
func widthFits(k, nf int) bool {
	return nf == stageFeatures(k) || k > 0 && nf == stageFeatures(k)-1
}

// Score evaluates the ensemble on one row (its raw log-odds); x must be as
// wide as the stage's features. It is ScoreRows of one row.
func (e *Ensemble) Score(x []float32) float32 {
	var out [1]float32
	e.ScoreRows(x, len(x), out[:])
	return out[0]
}

// Probabilities returns each line's probability of being boilerplate.
func (m *Model) Probabilities(lines []string) []float32 {
	if len(lines) == 0 || len(m.Stages) == 0 {
		return make([]float32, len(lines))
	}
	p := m.probabilities(lines)
	return p
}

// lexicon returns the model's word table, made on first use.
func (m *Model) lexicon() *lexTable {
	if m.lex == nil {
		m.lex = lexicon(m.Vocab)
	}
	return m.lex
}

// probabilities returns the lines' boilerplate probabilities.
func (m *Model) probabilities(lines []string) []float32 {
	s := m.scorer(lines)
	defer s.release()
	p := make([]float32, len(lines))
	for i := range p {
		p[i] = s.at(len(m.Stages)-1, i)
	}
	return p
}

// scorer computes a page's scores on demand: a line's final score needs the
// previous stage's scores of the lines within three of it, and no more, so
// a page can be judged by its first lines without scoring the rest.
type scorer struct {
	m    *Model
	base []float32   // first-stage feature rows
	st   []stats     // the lines' measurements
	p    [][]float32 // per stage: every line's probability, nil until scored
	// keys are the rows as the trees walk them (see keyRows), from
	// rowPool until release; nil until a stage needs them.
	keys *[]rowKeys
	done int      // the last stage's lines scored, from the first
	buf  *scratch // base, st and p are in it, from scratchPool until release
}

func (m *Model) scorer(lines []string) *scorer {
	buf := scratchPool.Get().(*scratch)
	base, st := featuresIn(buf, lines, m.lexicon())
	return &scorer{m: m, base: base, st: st, p: make([][]float32, len(m.Stages)), buf: buf}
}

// release gives the scorer's keys and buffers back to their pools; it
// scores no more, and its stats are no longer to be read.
func (s *scorer) release() {
	if s.keys != nil {
		rowPool.Put(s.keys)
		s.keys = nil
	}
	if s.buf != nil {
		scratchPool.Put(s.buf)
		s.buf, s.base, s.st, s.p = nil, nil, nil, nil
	}
}

// at returns stage k's probability for line i. A later stage reads where the
// line sits relative to the whole page, so it needs every line's score of
// the stage before; the last stage scores lines only as they are asked for,
// a block at a time (a page that is no scraped page is judged by its first
// lines).
func (s *scorer) at(k, i int) float32 {
	if s.p[k] == nil || k == len(s.p)-1 && i >= s.done {
		s.stage(k, i+1)
	}
	return s.p[k][i]
}

// lazyRows is how many of the last stage's rows are scored at a time.
const lazyRows = 2 * walkBlock

// stage scores stage k's lines, tree after tree over blocks of rows (a
// tree's nodes stay in the cache while the block walks it): every line, or
// for the last stage at least the first upto.
func (s *scorer) stage(k, upto int) {
	e := &s.m.Stages[k]
	n, width := len(s.st), stageFeatures(k)
	if !e.keyedFor(width) {
		rows, _ := s.rows(k)
		p := make([]float32, n)
		e.ScoreRows(rows, width, p)
		sigmoids(p)
		s.p[k], s.done = p, n
		return
	}
	last := k == len(s.p)-1
	if s.p[k] == nil {
		rows := s.keyRows(k) // before p[k] is set: it may score the stages before
		s.p[k] = s.buf.stage(k, len(s.p), n)
		if !last {
			e.scoreKeys(rows, s.p[k])
			sigmoids(s.p[k])
			return
		}
		s.done = 0
	}
	lo, hi := s.done, min(n, max(upto, s.done+lazyRows))
	e.scoreKeys((*s.keys)[lo:hi], s.p[k][lo:hi])
	sigmoids(s.p[k][lo:hi])
	s.done = hi
}

// sigmoids turns raw log-odds into probabilities in place.
func sigmoids(p []float32) {
	for i := range p {
		p[i] = sigmoid(p[i])
	}
}

// keyRows returns stage k's rows as keys: the first stage's features,
// turned to keys once for every stage, then stage k's context, which
// replaces the stage before's (the first stage's trees read none of it).
func (s *scorer) keyRows(k int) []rowKeys {
	n := len(s.st)
	if k > 0 && s.p[k-1] == nil {
		s.stage(k-1, n)
	}
	if s.keys == nil {
		s.keys = getRows(n)
		for r := range *s.keys {
			row := &(*s.keys)[r]
			for i, f := range s.base[r*numFeatures : (r+1)*numFeatures] {
				row[i] = floatKey(f)
			}
		}
	}
	rows := *s.keys
	if k > 0 {
		s.buf.ctx = grow(s.buf.ctx, n*contextFeatures)
		ctx := s.buf.ctx
		ContextRows(ctx, s.p[k-1], s.base)
		for r := range rows {
			for i, f := range ctx[r*contextFeatures : (r+1)*contextFeatures] {
				rows[r][numFeatures+i] = floatKey(f)
			}
		}
	}
	return rows
}

// rows returns stage k's feature rows of the page and their width: the
// first stage's, and for a later stage each followed by its context (which
// scores the stages before it).
func (s *scorer) rows(k int) ([]float32, int) {
	if k == 0 {
		return s.base, numFeatures
	}
	n := len(s.st)
	if s.p[k-1] == nil {
		s.stage(k-1, n)
	}
	ctx := make([]float32, n*contextFeatures)
	ContextRows(ctx, s.p[k-1], s.base)
	width := stageFeatures(k)
	rows := make([]float32, n*width)
	for i := range n {
		copy(rows[i*width:], s.base[i*numFeatures:(i+1)*numFeatures])
		copy(rows[i*width+numFeatures:], ctx[i*contextFeatures:(i+1)*contextFeatures])
	}
	return rows, width
}

// ContextRows writes the context features of every line of a page, from the
// previous stage's probabilities p and the first stage's rows base, into dst
// (contextFeatures a line). Besides the scores around a line, they place it
// against the page's main block: the run of lines whose content weight
// (words × (0.5 − p)) sums highest. A line after the article, past a run of
// share buttons, tags and a "40 responses" heading, is far from it in
// boilerplate lines even when it reads as prose, as comments do: the
// longest run of them between the line and the block is a feature, and so
// is the longest run of lines the stage is sure of (gapSure). An article's
// own table, list or code between its paragraphs, which the first stage
// takes for boilerplate, makes a run of the first kind but seldom of the
// second, so the prose under it is not read as comments.
func ContextRows(dst, p, base []float32) {
	n := len(p)
	at := func(j int) float32 {
		if j < 0 || j >= n {
			return 1 // beyond the page's edges: boilerplate-like
		}
		return p[j]
	}
	cum := make([]float32, n+1)
	for j := range p {
		cum[j+1] = cum[j] + p[j]
	}
	start, end := mainBlock(p, base)
	// gap[i]: the longest run of boilerplate lines between line i and the
	// main block. One advert line inside an article breaks it briefly; the
	// share buttons, tags and heading before comments make a long run.
	gap := make([]int, n)
	longestRuns(gap, p, end, 1, 0.5)
	longestRuns(gap, p, start-1, -1, 0.5)
	// sure[i]: the same, counting only the lines scored gapSure or more.
	sure := make([]int, n)
	longestRuns(sure, p, end, 1, gapSure)
	longestRuns(sure, p, start-1, -1, gapSure)
	var content int
	for j := range p {
		if p[j] < 0.5 {
			content++
		}
	}
	share := float32(content) / float32(max(n, 1))
	kind := pageKind(p, base, start, end)
	for i := range p {
		d := dst[i*contextFeatures : (i+1)*contextFeatures]
		d[0] = p[i]
		d[1], d[2], d[3], d[4] = at(i-2), at(i-1), at(i+1), at(i+2)
		lo, hi := max(i-3, 0), min(i+4, n)
		d[5] = (cum[hi] - cum[lo]) / float32(hi-lo)
		lo, hi = max(i-10, 0), min(i+11, n)
		d[6] = (cum[hi] - cum[lo]) / float32(hi-lo)
		d[8] = log1p(gap[i])
		switch {
		case i < start:
			d[7] = -1
			d[9] = log1p(start - i)
		case i >= end:
			d[7] = 1
			d[9] = log1p(i - end + 1)
		}
		d[10] = share
		copy(d[11:15], kind[:])
		d[15] = log1p(sure[i])
	}
}

// pageKind measures what kind of page the scores p make of it: an article
// has one run of prose holding most of what reads as content; a list of
// posts, a forum thread, a table or a page of code spreads it over many
// runs, or holds many code lines or a long numbered list. It returns the
// share of the content words inside the main block [start, end), the number
// of content runs (log), the share of code-like lines and the longest
// numbered run (log).
func pageKind(p, base []float32, start, end int) [4]float32 {
	var in, all float32
	runs, gap, code := 0, runGap, 0
	var seq float32
	for i := range p {
		row := base[i*numFeatures : (i+1)*numFeatures]
		if row[fCode] > 0 || row[fCodeEnd] > 0 {
			code++
		}
		seq = max(seq, row[fSeqRun])
		if p[i] >= 0.5 {
			gap++
			continue
		}
		if gap >= runGap {
			runs++
		}
		gap = 0
		w := float32(math.Expm1(float64(row[fLogWords])))
		all += w
		if i >= start && i < end {
			in += w
		}
	}
	spread := float32(1)
	if all > 0 {
		spread = in / all
	}
	return [4]float32{spread, log1p(runs), float32(code) / float32(max(len(p), 1)), seq}
}

// runGap is how many boilerplate lines end a run of content (pageKind).
const runGap = 3

// gapSure is the score from which a line counts in the second gap of
// ContextRows: the share buttons and headings over comments score above it,
// an article's table rows mostly below. As a second feature beside the first
// gap (fold models retrained, dev by site): content lines kept 0.921 →
// 0.930, token F1 0.942 as before; in place of it, Readability gained but
// L3S-GN1 pages and titles lost (session 39).
const gapSure = 0.9

// longestRuns walks the lines from `from` away from the main block by step
// (1 down, -1 up) and sets gap[j] to the longest run of boilerplate lines
// (p ≥ bar) between the block and line j.
func longestRuns(gap []int, p []float32, from, step int, bar float32) {
	run, longest := 0, 0
	for j := from; j >= 0 && j < len(p); j += step {
		gap[j] = longest
		if p[j] >= bar {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
}

// blockBreak is what a boilerplate line costs the main block besides its
// words: a run of them ends the block even when prose (comments) follows.
const blockBreak = 8

// mainBlock returns the run of lines [start, end) whose content weight,
// words × (0.5 − p) a line less blockBreak for a boilerplate line, sums
// highest (Kadane's algorithm); the words
// come from the first stage's rows base.
func mainBlock(p, base []float32) (int, int) {
	best, bestStart, bestEnd := float32(0), 0, 0
	sum, start := float32(0), 0
	for i := range p {
		if sum <= 0 {
			sum, start = 0, i
		}
		words := float32(math.Expm1(float64(base[i*numFeatures+fLogWords])))
		sum += (words + 1) * (0.5 - p[i])
		if p[i] >= 0.5 {
			sum -= blockBreak
		}
		if sum > best {
			best, bestStart, bestEnd = sum, start, i+1
		}
	}
	return bestStart, bestEnd
}

// Features returns the first stage's feature rows of lines with the model's
// vocabulary, flat, NumFeatures a line (for training and tests).
func (m *Model) Features(lines []string) []float32 {
	f, _ := features(lines, m.lexicon())
	return f
}

// StageWidth is the width of stage k's feature rows (for trainers).
func StageWidth(k int) int { return stageFeatures(k) }

func sigmoid(x float32) float32 { return float32(1 / (1 + math.Exp(-float64(x)))) }

// magic opens a model file (the format is described in model_encode.go).
const magic = "DBM4"

var errShort = errors.New("boiler: model file truncated")

// UnmarshalBinary decodes a model written by MarshalBinary, checking every
// feature and edge index.
func (m *Model) UnmarshalBinary(data []byte) error {
	r := reader{b: data}
	if string(r.bytes(len(magic))) != magic {
		return errors.New("boiler: not a model file")
	}
	m.Threshold = r.f32()
	nv := int(r.u16())
	vscale := r.f32()
	m.Vocab = make(map[string]float32, nv)
	for range nv {
		w := string(r.bytes(int(r.u8())))
		m.Vocab[w] = float32(int8(r.u8())) * vscale
	}
	ns := int(r.u8())
	m.Stages = make([]Ensemble, ns)
	for k := range m.Stages {
		e := &m.Stages[k]
		e.Depth = int(r.u8())
		if e.Depth < 1 || e.Depth > 8 {
			return errors.New("boiler: stage " + strconv.Itoa(k) + ": bad depth " + strconv.Itoa(e.Depth))
		}
		e.Base = r.f32()
		nf := int(r.u8())
		if !widthFits(k, nf) {
			return errors.New("boiler: stage " + strconv.Itoa(k) + " has " + strconv.Itoa(nf) + " features, want " + strconv.Itoa(stageFeatures(k)))
		}
		e.Edges = make([][]float32, nf)
		for f := range e.Edges {
			e.Edges[f] = make([]float32, r.u8())
			for i := range e.Edges[f] {
				e.Edges[f][i] = r.f32()
			}
		}
		e.Trees = make([]Tree, r.u16())
		internal, leaves := 1<<e.Depth-1, 1<<e.Depth
		for t := range e.Trees {
			tr := &e.Trees[t]
			tr.Feature = r.bytes(internal)
			tr.Threshold = make([]float32, internal)
			for i := range tr.Threshold {
				j := int(r.u8())
				if r.err {
					return errShort
				}
				f := int(tr.Feature[i])
				switch {
				case f >= nf:
					return errors.New("boiler: stage " + strconv.Itoa(k) + " tree " + strconv.Itoa(t) + ": feature " + strconv.Itoa(f) + " out of range")
				case j == 255:
					tr.Threshold[i] = float32(math.Inf(1))
				case j >= len(e.Edges[f]):
					return errors.New("boiler: stage " + strconv.Itoa(k) + " tree " + strconv.Itoa(t) + ": edge " + strconv.Itoa(j) + " out of range")
				default:
					tr.Threshold[i] = e.Edges[f][j]
				}
			}
			scale := r.f32()
			tr.Leaf = make([]float32, leaves)
			for i := range tr.Leaf {
				tr.Leaf[i] = float32(int8(r.u8())) * scale
			}
		}
	}
	if r.err {
		return errShort
	}
	if r.i != len(data) {
		return errors.New("boiler: " + strconv.Itoa(len(data)-r.i) + " bytes after the model")
	}
	for k := range m.Stages {
		m.Stages[k].compile()
	}
	m.lex = lexicon(m.Vocab)
	return nil
}

type reader struct {
	b   []byte
	i   int
	err bool
}

func (r *reader) bytes(n int) []byte {
	if r.err || n < 0 || r.i+n > len(r.b) {
		r.err = true
		return make([]byte, max(n, 0))
	}
	out := r.b[r.i : r.i+n]
	r.i += n
	return out
}
func (r *reader) u8() uint8   { return r.bytes(1)[0] }
func (r *reader) u16() uint16 { return binary.LittleEndian.Uint16(r.bytes(2)) }
func (r *reader) f32() float32 {
	return math.Float32frombits(binary.LittleEndian.Uint32(r.bytes(4)))
}

func sortedKeys(m map[string]float32) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out) // a stable file
	return out
}
