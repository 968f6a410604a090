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

// keyTree is a tree of depth walkDepth: its splits in heap order (node k's
// children are 2k+1 and 2k+2, the last entry unused) and its leaves.
type keyTree struct {
	node [1 << walkDepth]keyNode
	leaf [1 << walkDepth]float32
}

// keyNode is a split: a row goes right when its feature's key is at least
// key.
type keyNode struct {
	key     uint32
	feature uint32
}

// rowKeys is a row's features as keys; a feature index of any tree is
// masked into it, and every one is below maxKeyFeatures.
type rowKeys [maxKeyFeatures]uint32

// maxKeyFeatures bounds the rows ScoreRows walks its fast way.
const maxKeyFeatures = 128

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
			kt := &k.trees[i]
			for j, f := range t.Feature {
				kt.node[j] = keyNode{thresholdKey(t.Threshold[j]), uint32(f)}
				k.width = max(k.width, int(f)+1)
			}
			copy(kt.leaf[:], t.Leaf)
		}
	}
	e.walk = k
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
	for r0 := 0; r0 < n; r0 += walkBlock {
		r1 := min(r0+walkBlock, n)
		for t := range e.walk.trees {
			tr := &e.walk.trees[t]
			r := r0
			for ; r+8 <= r1; r += 8 { // eight rows at once: their steps overlap
				tr.walk8((*[8]rowKeys)(rows[r:r+8]), (*[8]float32)(out[r:r+8]))
			}
			for ; r < r1; r++ {
				a := &rows[r]
				k := tr.step(a, 0)
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

// walk8 walks eight rows down the tree together, adding each one's leaf to
// its out: their steps do not wait on one another, and the rows sit at
// fixed offsets from g (four rows at a time, each by its own pointer, left
// the processor waiting on the steps' loads: ~15% slower).
func (t *keyTree) walk8(g *[8]rowKeys, out *[8]float32) {
	n0 := t.node[0]
	f0, k0 := n0.feature&(maxKeyFeatures-1), int64(n0.key)
	k := [8]int{
		2 + int((int64(g[0][f0])-k0)>>63), 2 + int((int64(g[1][f0])-k0)>>63),
		2 + int((int64(g[2][f0])-k0)>>63), 2 + int((int64(g[3][f0])-k0)>>63),
		2 + int((int64(g[4][f0])-k0)>>63), 2 + int((int64(g[5][f0])-k0)>>63),
		2 + int((int64(g[6][f0])-k0)>>63), 2 + int((int64(g[7][f0])-k0)>>63),
	}
	for range walkDepth - 1 {
		k[0], k[1], k[2], k[3] = t.step(&g[0], k[0]), t.step(&g[1], k[1]), t.step(&g[2], k[2]), t.step(&g[3], k[3])
		k[4], k[5], k[6], k[7] = t.step(&g[4], k[4]), t.step(&g[5], k[5]), t.step(&g[6], k[6]), t.step(&g[7], k[7])
	}
	for j := range out {
		out[j] += t.leafAt(k[j])
	}
}

// step takes row from node k to the child it goes to: 2k+1 (left) or 2k+2.
func (t *keyTree) step(row *rowKeys, k int) int {
	nd := t.node[k&(1<<walkDepth-1)]
	d := int64(row[nd.feature&(maxKeyFeatures-1)]) - int64(nd.key)
	return 2*k + 2 + int(d>>63) // d>>63 is −1 when the row's key is below
}

// leafAt is the leaf of node index k after walkDepth steps.
func (t *keyTree) leafAt(k int) float32 {
	return t.leaf[(k-(1<<walkDepth-1))&(1<<walkDepth-1)]
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
