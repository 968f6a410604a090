package boiler

// wordFilter is a set of words by a hash of their length and three of
// their bytes, a bit each: a word whose bit is clear is not in the set, so
// most words a table does not hold skip its map (a Bloom filter of one
// hash). A set bit says only that the word may be there.
type wordFilter []uint64

// newWordFilter returns a filter of 2^bits bits.
func newWordFilter(bits uint) wordFilter { return make(wordFilter, 1<<bits/64) }

// hash is the word's bit in a filter of len(f)*64 bits (a power of two).
func (f wordFilter) hash(w []byte) uint32 {
	n := len(w)
	h := uint32(n)*0x9E3779B1 ^ uint32(w[0])*0x85EBCA77 ^ uint32(w[n-1])*0xC2B2AE3D ^ uint32(w[n/2])*0x27D4EB2F
	h ^= h >> 15
	h *= 0x2C1B3C6D
	h ^= h >> 13
	return h & uint32(len(f)*64-1)
}

// add puts w in the filter; an empty word is never looked for.
func (f wordFilter) add(w []byte) {
	if len(w) > 0 {
		h := f.hash(w)
		f[h/64] |= 1 << (h % 64)
	}
}

// mayHave reports whether w may be in the filter (false: it is not).
func (f wordFilter) mayHave(w []byte) bool {
	if len(w) == 0 {
		return true
	}
	h := f.hash(w)
	return f[h/64]&(1<<(h%64)) != 0
}

// lexTable is the lexicon (see lexicon) with a filter of its words.
type lexTable struct {
	words  map[string]lexEntry
	filter wordFilter
}

// lexFilterBits sizes the lexicon's filter: 32,768 bits (4 KB) for its
// couple of thousand words.
const lexFilterBits = 15

// get looks word w up.
func (t *lexTable) get(w []byte) (lexEntry, bool) {
	if !t.filter.mayHave(w) {
		return lexEntry{}, false
	}
	e, ok := t.words[string(w)]
	return e, ok
}

// newLexTable makes the table of words m.
func newLexTable(m map[string]lexEntry) *lexTable {
	t := &lexTable{words: m, filter: newWordFilter(lexFilterBits)}
	for w := range m {
		t.filter.add([]byte(w))
	}
	return t
}
