package search

import (
	"math/bits"
	"sort"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// vocabulary maps terms to integer IDs and keeps the structures that fuzzy
// and prefix lookups need: the terms in sorted order, and per-term rune
// lengths and character masks grouped by length.
type vocabulary struct {
	table    []slot     // open-addressing hash table, see find
	terms    []string   // term by ID
	masks    []uint64   // charMask by ID
	byLen    [][]uint32 // IDs by rune length
	sorted   []uint32   // IDs in term order (those added before the last sortNew)
	unsorted []uint32   // IDs added since the last sortNew
}

// hashTerm hashes a folded term eight bytes at a time (machine-order
// words, multiply-xorshift mixing). Indexing computes the same hash inline
// from unfolded ASCII text: see Index.addText.
func hashTerm(s string) uint64 {
	if len(s) == 0 {
		return hashSeed
	}
	return hashChunks(unsafe.StringData(s), 0, len(s), len(s), 0)
}

// hashChunks hashes the n bytes at p[start:], or'ing every byte with fold
// (0x20 turns ASCII letters to lower case and leaves digits alone). limit
// is how many bytes from p may be read, which lets the last partial word be
// read whole when the text goes on.
func hashChunks(p *byte, start, n, limit int, fold byte) uint64 {
	f := uint64(fold) * 0x0101010101010101
	h := hashSeed ^ uint64(n)*hashPrime
	k, end := start, start+n
	for ; k+8 <= end; k += 8 {
		x := *(*uint64)(unsafe.Add(unsafe.Pointer(p), k)) | f
		h = (h ^ x) * hashPrime
		h ^= h >> 32
	}
	if k < end {
		r := end - k
		mask := uint64(1)<<(8*r) - 1
		var x uint64
		if k+8 <= limit {
			x = *(*uint64)(unsafe.Add(unsafe.Pointer(p), k))
		} else {
			var buf [8]byte
			copy(buf[:], unsafe.Slice((*byte)(unsafe.Add(unsafe.Pointer(p), k)), r))
			x = *(*uint64)(unsafe.Pointer(&buf))
		}
		x = (x | f) & mask
		h = (h ^ x) * hashPrime
		h ^= h >> 32
	}
	return h
}

// Hash constants.
const (
	hashSeed  = 14695981039346656037
	hashPrime = 0x9E3779B97F4A7C15
)

// slot is an entry of the vocabulary's hash table: a term's 64-bit hash,
// its length, and its ID plus one (0: empty).
//
// Terms are identified by hash and length without comparing their bytes:
// comparing is the costliest part of indexing in wasm (two dependent memory
// loads per word), and the chance that any two of 100,000 terms of the same
// length share a 64-bit hash is about 3·10⁻¹⁰.
type slot struct {
	h   uint64
	n   uint32
	id1 uint32
}

// find returns the index of the slot for a term of length n and hash h:
// either the slot holding it, or the empty slot where it would go.
func (v *vocabulary) find(n int, h uint64) int {
	mask := len(v.table) - 1
	i := int(h>>32) & mask
	for {
		e := &v.table[i]
		if e.id1 == 0 || e.h == h && e.n == uint32(n) {
			return i
		}
		i = (i + 1) & mask
	}
}

// grow doubles the hash table.
func (v *vocabulary) grow() {
	n := max(1<<14, 2*len(v.table))
	v.table = make([]slot, n)
	for id, t := range v.terms {
		h := hashTerm(t)
		v.table[v.find(len(t), h)] = slot{h: h, n: uint32(len(t)), id1: uint32(id + 1)}
	}
}

// id returns the ID of term, whose hashTerm is h, adding it to the
// vocabulary if it is new.
func (v *vocabulary) id(term string, h uint64) uint32 {
	if 2*(len(v.terms)+1) > len(v.table) {
		v.grow()
	}
	i := v.find(len(term), h)
	if e := v.table[i]; e.id1 != 0 {
		return e.id1 - 1
	}
	s := strings.Clone(term)
	id := uint32(len(v.terms))
	v.table[i] = slot{h: h, n: uint32(len(term)), id1: id + 1}
	v.terms = append(v.terms, s)
	v.masks = append(v.masks, charMask(s))
	n := utf8.RuneCountInString(s)
	for len(v.byLen) <= n {
		v.byLen = append(v.byLen, nil)
	}
	v.byLen[n] = append(v.byLen[n], id)
	v.unsorted = append(v.unsorted, id)
	return id
}

// lookup returns the ID of an existing term.
func (v *vocabulary) lookup(term string) (uint32, bool) {
	if len(v.table) == 0 {
		return 0, false
	}
	e := v.table[v.find(len(term), hashTerm(term))]
	return e.id1 - 1, e.id1 != 0
}

// sortNew merges the terms added since the last call into the sorted order.
func (v *vocabulary) sortNew() { v.sortNewPaced(nil) }

// sortRun is how many new terms sortNewPaced sorts between pauses.
const sortRun = 4096

// sortNewPaced is sortNew calling pause (when not nil) between pieces of
// a few milliseconds: the new terms are sorted in runs of sortRun, and the
// runs merged pair by pair, so that a large vocabulary (an index of
// thousands of articles built in the browser) is never one long task.
func (v *vocabulary) sortNewPaced(pause func()) {
	if len(v.unsorted) == 0 {
		return
	}
	ids := v.unsorted
	if pause == nil || len(ids) <= sortRun {
		sortIDs(ids, v.terms)
	} else {
		for lo := 0; lo < len(ids); lo += sortRun {
			sortIDs(ids[lo:min(lo+sortRun, len(ids))], v.terms)
			pause()
		}
		buf := make([]uint32, len(ids))
		for width := sortRun; width < len(ids); width *= 2 {
			for lo := 0; lo < len(ids); lo += 2 * width {
				mid, hi := min(lo+width, len(ids)), min(lo+2*width, len(ids))
				v.merge(buf[lo:lo], ids[lo:mid], ids[mid:hi])
				pause()
			}
			ids, buf = buf, ids
		}
	}
	if len(v.sorted) == 0 {
		v.sorted, v.unsorted = ids, nil
		return
	}
	v.sorted, v.unsorted = v.merge(make([]uint32, 0, len(v.sorted)+len(ids)), v.sorted, ids), nil
}

// merge appends the IDs of a and b, each in term order, to dst in term
// order.
func (v *vocabulary) merge(dst, a, b []uint32) []uint32 {
	for len(a) > 0 && len(b) > 0 {
		if v.terms[a[0]] < v.terms[b[0]] {
			dst, a = append(dst, a[0]), a[1:]
		} else {
			dst, b = append(dst, b[0]), b[1:]
		}
	}
	return append(append(dst, a...), b...)
}

// prefixRange is a range [lo, hi) of the sorted vocabulary whose terms all
// start with prefix.
type prefixRange struct {
	prefix string
	lo, hi int
}

// prefixRange returns the range of sorted terms that start with p. When the
// previous keystroke's range is for a prefix of p, only that range is searched.
func (v *vocabulary) prefixRange(p string, last prefixRange) prefixRange {
	lo, hi := 0, len(v.sorted)
	if last.prefix != "" && strings.HasPrefix(p, last.prefix) && last.hi <= len(v.sorted) {
		lo, hi = last.lo, last.hi
	}
	s := v.sorted[lo:hi]
	a := sort.Search(len(s), func(i int) bool { return v.terms[s[i]] >= p })
	b := a + sort.Search(len(s)-a, func(i int) bool { return !strings.HasPrefix(v.terms[s[a+i]], p) })
	return prefixRange{prefix: p, lo: lo + a, hi: lo + b}
}

// charMask returns a 64-bit set of the characters in s: one bit per ASCII
// letter and digit, the other characters hashed into the remaining bits. One
// edit changes at most two bits, which makes the mask a cheap pre-filter for
// edit distance, and a subsequence's mask is a subset of its word's mask.
func charMask(s string) uint64 {
	var m uint64
	for _, r := range s {
		switch {
		case 'a' <= r && r <= 'z':
			m |= 1 << (r - 'a')
		case '0' <= r && r <= '9':
			m |= 1 << (26 + r - '0')
		default:
			m |= 1 << (36 + uint(r)%28)
		}
	}
	return m
}

// maskDistance is the number of characters present in one mask only.
func maskDistance(a, b uint64) int { return bits.OnesCount64(a ^ b) }
