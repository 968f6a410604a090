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

// lexTable is the lexicon (see lexicon) with a filter of its words, held
// in an open-addressed table of its own: a word is looked up once for
// each word of every line the classifier measures, and the table's probe
// (a hash of the word's bytes, then one comparison, rarely two) costs
// about half a map's.
type lexTable struct {
	slots  []lexSlot // a power of two of them, at most half full
	filter wordFilter
}

// lexSlot is a slot of lexTable: a word and its entry, or empty ("").
type lexSlot struct {
	word string
	e    lexEntry
}

// lexFilterBits sizes the lexicon's filter: 32,768 bits (4 KB) for its
// couple of thousand words.
const lexFilterBits = 15

// lexHash is the 32-bit FNV-1a hash of w, where w sits in the table.
func lexHash(w []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range w {
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

// get looks word w up.
func (t *lexTable) get(w []byte) (lexEntry, bool) {
	if !t.filter.mayHave(w) || len(w) == 0 {
		return lexEntry{}, false
	}
	mask := uint32(len(t.slots) - 1)
	for i := lexHash(w) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.word == "" {
			return lexEntry{}, false
		}
		if s.word == string(w) {
			return s.e, true
		}
	}
}

// newLexTable makes the table of words m (the empty word is left out: no
// word looked up is empty).
func newLexTable(m map[string]lexEntry) *lexTable {
	n := 1
	for n < 2*len(m)+2 {
		n *= 2
	}
	t := &lexTable{slots: make([]lexSlot, n), filter: newWordFilter(lexFilterBits)}
	mask := uint32(n - 1)
	for w, e := range m {
		if w == "" {
			continue
		}
		t.filter.add([]byte(w))
		i := lexHash([]byte(w)) & mask
		for t.slots[i].word != "" {
			i = (i + 1) & mask
		}
		t.slots[i] = lexSlot{word: w, e: e}
	}
	return t
}
