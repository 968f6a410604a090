package boiler

import (
	"math"
	"sync"
)

// walkDepth is the depth of the trees ScoreRows walks its fast way; an
// ensemble of another depth is walked as stored (scoreHeap).
const walkDepth = 6

// keyed is an ensemble of depth-6 trees in the form ScoreRows walks: each
// split's threshold as an integer key (floatKey), so a row goes down a
// level with integer arithmetic and no branch the processor could guess
// wrong (a guess at every level was most of the walk's time); the arrays
// have a power of two's length so their indexing needs no bounds checks.
type keyed struct {
	made  bool // compile ran, when the ensemble had n trees
	n     int
	trees []keyTree
	width int // one more than the highest feature a split reads
}

// keyTree is a tree of depth walkDepth: its splits in heap order from 1
// (entry 0 unused), node k's children at 2k, where a row whose key is at
// least the split's goes, and 2k+1, so a step is k = 2k + (row < split);
// the leaf a row reaches at k (64 ≤ k < 128) is leaf[k-64]. A split's
// feature and key are apart, each loaded by an index the processor scales
// (a byte in a struct took two more instructions to address).
type keyTree struct {
	feature [1 << walkDepth]uint8 // a byte indexes a row with no bounds check
	key     [1 << walkDepth]uint64
	leaf    [1 << walkDepth]float32
}

// rowKeys is a row's features as keys, as long as a byte's feature index
// reaches (only the first width are set: the rest is never read, as no
// split reads a feature that wide).
type rowKeys [256]uint32

// maxKeyFeatures bounds the rows ScoreRows walks its fast way.
const maxKeyFeatures = len(rowKeys{})

// floatKey maps a float to an unsigned integer whose order is the floats'
// order (x ≥ t exactly when floatKey(x) ≥ floatKey(t), −0 equal to +0),
// NaN below every other: a NaN feature goes left at every split, as x ≥ t
// is false. Unsigned, a key loads with no sign to extend, one instruction
// fewer a step of the walk than the signed keys before (with the row's
// offset folded into the load: three fewer in all).
func floatKey(f float32) uint32 {
	switch {
	case f != f:
		return 0
	case f == 0:
		return 1 << 31
	}
	b := int32(math.Float32bits(f))
	if b < 0 {
		b ^= math.MaxInt32 // a negative float: the greater its magnitude, the lower
	}
	return uint32(b) ^ 1<<31 // the signed order, unsigned
}

// thresholdKey is floatKey for a split's threshold: a NaN threshold sends
// every row left (x ≥ NaN is false), so its key is above every feature's.
func thresholdKey(t float32) uint32 {
	if t != t {
		return math.MaxUint32
	}
	return floatKey(t)
}

// compile lays the trees out for ScoreRows, when they have walkDepth.
func (e *Ensemble) compile() {
	k := keyed{made: true, n: len(e.Trees)}
	if e.Depth == walkDepth {
		k.trees = make([]keyTree, len(e.Trees))
		for i, t := range e.Trees {
			k.trees[i].lay(t, 0, 1)
			for _, f := range t.Feature {
				k.width = max(k.width, int(f)+1)
			}
		}
	}
	e.walk = k
}

// lay puts the stored tree's node j (heap order from 0: children 2j+1 to
// the left, 2j+2) and the nodes under it at node k and under.
func (kt *keyTree) lay(t Tree, j, k int) {
	if k >= len(kt.key) {
		kt.leaf[k-len(kt.key)] = t.Leaf[j-len(t.Feature)]
		return
	}
	kt.feature[k], kt.key[k] = t.Feature[j], uint64(thresholdKey(t.Threshold[j]))
	kt.lay(t, 2*j+2, 2*k)   // x ≥ t: right in the stored tree
	kt.lay(t, 2*j+1, 2*k+1) // x < t
}

// rowPool holds the rows' keys between calls.
var rowPool = sync.Pool{New: func() any { return new([]rowKeys) }}

// getRows returns n rows of keys from the pool (their content is stale).
func getRows(n int) *[]rowKeys {
	buf := rowPool.Get().(*[]rowKeys)
	if cap(*buf) < n {
		*buf = make([]rowKeys, n)
	}
	*buf = (*buf)[:n]
	return buf
}

// walkBlock is how many rows walk the trees together: their keys stay in
// the cache while every tree walks them.
const walkBlock = 32

// keyedFor reports whether the ensemble walks rows of width features by
// their keys (scoreKeys), compiling it first if need be.
func (e *Ensemble) keyedFor(width int) bool {
	if !e.walk.made || e.walk.n != len(e.Trees) {
		e.compile()
	}
	return e.walk.trees != nil && width <= maxKeyFeatures && e.walk.width <= width
}

// ScoreRows evaluates the ensemble on rows of width features laid end to
// end in x, writing each row's raw log-odds to out (one a row). It gives
// what Score gives row by row, and what walking the trees as stored gives
// (scoreHeap), to the bit: each row reaches the same leaves and adds them
// tree after tree.
func (e *Ensemble) ScoreRows(x []float32, width int, out []float32) {
	if !e.keyedFor(width) {
		e.scoreHeap(x, width, out)
		return
	}
	n := min(len(out), len(x)/max(width, 1))
	buf := getRows(n)
	rows := *buf
	for r := range rows {
		for i, f := range x[r*width : (r+1)*width] {
			rows[r][i] = floatKey(f)
		}
	}
	e.scoreKeys(rows, out)
	rowPool.Put(buf)
}

// scoreKeys is ScoreRows on rows already turned to keys; keyedFor must
// hold for their width.
func (e *Ensemble) scoreKeys(rows []rowKeys, out []float32) {
	n := min(len(out), len(rows))
	for r := range n {
		out[r] = e.Base
	}
	trees := e.walk.trees
	for r0 := 0; r0 < n; r0 += walkBlock {
		r1 := min(r0+walkBlock, n)
		for t0 := 0; t0 < len(trees); t0 += walkChunk {
			chunk := trees[t0:min(t0+walkChunk, len(trees))]
			r := r0
			for ; r+8 <= r1; r += 8 { // eight rows at once: their steps overlap
				walk8(chunk, (*[8]rowKeys)(rows[r:r+8]), (*[8]float32)(out[r:r+8]))
			}
			for ; r < r1; r++ {
				a := &rows[r]
				for t := range chunk {
					tr := &chunk[t]
					k := tr.step(a, 1)
					k = tr.step(a, k)
					k = tr.step(a, k)
					k = tr.step(a, k)
					k = tr.step(a, k)
					k = tr.step(a, k)
					out[r] += tr.leafAt(k)
				}
			}
		}
	}
}

// walkChunk is how many trees walk8 takes a group of rows down in one
// call: their nodes (13 KB) stay in the cache while the block's groups
// walk them, and a call's cost is paid once for them all.
const walkChunk = 16

// walk8 walks eight rows down each of the trees together, adding each
// one's leaves, tree after tree, to its out: their steps do not wait on one
// another, the rows sit at fixed offsets from g (each by its own pointer,
// the processor waited on the steps' loads: ~15% slower), the levels are
// written out, not looped over, which keeps every row's node in a register
// (in a loop, the compiler kept half of them on the stack), and the rows'
// sums stay in registers from tree to tree (the same additions in the same
// order as one tree a call made, which loaded and stored them each time).
func walk8(trees []keyTree, g *[8]rowKeys, out *[8]float32) {
	o0, o1, o2, o3, o4, o5, o6, o7 := out[0], out[1], out[2], out[3], out[4], out[5], out[6], out[7]
	for i := range trees {
		t := &trees[i]
		f0, k0 := t.feature[1], t.key[1]
		a0, a1 := 2+uint((uint64(g[0][f0])-k0)>>63), 2+uint((uint64(g[1][f0])-k0)>>63)
		a2, a3 := 2+uint((uint64(g[2][f0])-k0)>>63), 2+uint((uint64(g[3][f0])-k0)>>63)
		a4, a5 := 2+uint((uint64(g[4][f0])-k0)>>63), 2+uint((uint64(g[5][f0])-k0)>>63)
		a6, a7 := 2+uint((uint64(g[6][f0])-k0)>>63), 2+uint((uint64(g[7][f0])-k0)>>63)
		a0, a1, a2, a3 = t.step(&g[0], a0), t.step(&g[1], a1), t.step(&g[2], a2), t.step(&g[3], a3)
		a4, a5, a6, a7 = t.step(&g[4], a4), t.step(&g[5], a5), t.step(&g[6], a6), t.step(&g[7], a7)
		a0, a1, a2, a3 = t.step(&g[0], a0), t.step(&g[1], a1), t.step(&g[2], a2), t.step(&g[3], a3)
		a4, a5, a6, a7 = t.step(&g[4], a4), t.step(&g[5], a5), t.step(&g[6], a6), t.step(&g[7], a7)
		a0, a1, a2, a3 = t.step(&g[0], a0), t.step(&g[1], a1), t.step(&g[2], a2), t.step(&g[3], a3)
		a4, a5, a6, a7 = t.step(&g[4], a4), t.step(&g[5], a5), t.step(&g[6], a6), t.step(&g[7], a7)
		a0, a1, a2, a3 = t.step(&g[0], a0), t.step(&g[1], a1), t.step(&g[2], a2), t.step(&g[3], a3)
		a4, a5, a6, a7 = t.step(&g[4], a4), t.step(&g[5], a5), t.step(&g[6], a6), t.step(&g[7], a7)
		a0, a1, a2, a3 = t.step(&g[0], a0), t.step(&g[1], a1), t.step(&g[2], a2), t.step(&g[3], a3)
		a4, a5, a6, a7 = t.step(&g[4], a4), t.step(&g[5], a5), t.step(&g[6], a6), t.step(&g[7], a7)
		o0 += t.leafAt(a0)
		o1 += t.leafAt(a1)
		o2 += t.leafAt(a2)
		o3 += t.leafAt(a3)
		o4 += t.leafAt(a4)
		o5 += t.leafAt(a5)
		o6 += t.leafAt(a6)
		o7 += t.leafAt(a7)
	}
	out[0], out[1], out[2], out[3], out[4], out[5], out[6], out[7] = o0, o1, o2, o3, o4, o5, o6, o7
}

// step takes row from node k to the child it goes to: 2k, or 2k+1 when
// the row's key is below the split's (the difference of the two, taken
// unsigned in 64 bits, then has its top bit set).
func (t *keyTree) step(row *rowKeys, k uint) uint {
	k &= 1<<walkDepth - 1
	return 2*k + uint((uint64(row[t.feature[k]])-t.key[k])>>63)
}

// leafAt is the leaf of node index k after walkDepth steps.
func (t *keyTree) leafAt(k uint) float32 {
	return t.leaf[k&(1<<walkDepth-1)]
}

// scoreHeap is ScoreRows walking the trees as stored, comparing floats.
func (e *Ensemble) scoreHeap(x []float32, width int, out []float32) {
	internal := 1<<e.Depth - 1
	n := min(len(out), len(x)/max(width, 1))
	for r := range n {
		out[r] = e.Base
	}
	for _, t := range e.Trees {
		for r := range n {
			row := x[r*width : (r+1)*width]
			k := 0
			for k < internal {
				c := 1
				if row[t.Feature[k]] >= t.Threshold[k] {
					c = 2
				}
				k = 2*k + c
			}
			out[r] += t.Leaf[k-internal]
		}
	}
}
