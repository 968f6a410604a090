package clean

import (
	"math/bits"
	"slices"
	"strings"
)

// matcher finds which of up to 64 lower-case patterns occur in a text in one
// pass, instead of one strings.Contains per pattern: the rules test dozens of
// cue phrases against every block.
type matcher struct {
	pats  []string
	tab   [1 << 9]uint64 // hash of a pattern's first two bytes → its bit
	one   uint64         // one-byte patterns
	first pairSet        // the hashes of the patterns' first two bytes
	rest  [][]uint16     // per pattern, the hashes of its other pairs of bytes
}

//go:noinline
func newMatcher(pats ...string) *matcher {
	if len(pats) > 64 {
		panic("matcher: more than 64 patterns")
	}
	m := &matcher{pats: pats}
	for i, p := range pats {
		switch len(p) {
		case 0:
			panic("matcher: empty pattern")
		case 1:
			m.one |= 1 << i
		default:
			h := hash2(p[0], p[1])
			m.tab[h] |= 1 << i
			m.first.add(h)
		}
		var rest []uint16
		for k := 2; k < len(p); k++ {
			if h := uint16(hash2(p[k-1], p[k])); !slices.Contains(rest, h) {
				rest = append(rest, h)
			}
		}
		m.rest = append(m.rest, rest)
	}
	return m
}

// pairSet holds the pairs of bytes of a line as the matcher hashes them
// (hash2), a bit each: a block's, made once (block.pairs), tells each
// matcher which of its patterns may occur in the line, so that most
// matchers need not read it (maskIn).
type pairSet [1 << 9 / 64]uint64

func (p *pairSet) add(h uint)      { p[h>>6] |= 1 << (h & 63) }
func (p *pairSet) has(h uint) bool { return p[h>>6]&(1<<(h&63)) != 0 }

// mayHold reports whether a line whose pairs of bytes p holds may hold sub:
// each pair of sub is in p. A nil p may hold anything.
func (p *pairSet) mayHold(sub string) bool {
	if p != nil {
		for i := 1; i < len(sub); i++ {
			if !p.has(hash2(sub[i-1], sub[i])) {
				return false
			}
		}
	}
	return true
}

// linePairs returns the pairs of bytes of s, and of a space before it (the
// pair spaceBefore reads).
func linePairs(s string) (p pairSet) {
	prev := uint(' ') * 31 // hash2's multiple of the pair's first byte
	for i := 0; i < len(s); i++ {
		c := uint(s[i])
		p.add((prev + c) & (1<<9 - 1)) // hash2(s[i-1], s[i]), the byte read once
		prev = c * 31
	}
	return p
}

// maybe returns the patterns that may occur in a line of pairs ps: the
// one-byte ones, and those whose every pair of bytes is in it.
func (m *matcher) maybe(ps *pairSet) uint64 {
	may := m.one
	for w := range m.first {
		for e := m.first[w] & ps[w]; e != 0; e &= e - 1 {
			for c := m.tab[w<<6|bits.TrailingZeros64(e)] &^ may; c != 0; c &= c - 1 {
				b := bits.TrailingZeros64(c)
				all := true
				for _, h := range m.rest[b] {
					if !ps.has(uint(h)) {
						all = false
						break
					}
				}
				if all {
					may |= 1 << b
				}
			}
		}
	}
	return may
}

// maskIn is mask of the block's lower-cased text: the patterns its pairs
// of bytes rule out are not looked for, and the few left are each looked
// for on their own.
//
//go:noinline
func (m *matcher) maskIn(b *block, spaceBefore bool) uint64 {
	return m.maskWith(b.low, b.pairs(), spaceBefore)
}

// maskWith is mask of s, a part of a line whose pairs of bytes ps holds
// (with spaceBefore, its whole line from the start, or s alone), reading
// ps first as maskIn does; without ps, mask.
//
//go:noinline
func (m *matcher) maskWith(s string, ps *pairSet, spaceBefore bool) uint64 {
	if ps == nil {
		return m.mask(s, spaceBefore)
	}
	var found uint64
	for c := m.maybe(ps); c != 0; c &= c - 1 {
		i := bits.TrailingZeros64(c)
		p := m.pats[i]
		if index(s, p) >= 0 || spaceBefore && p[0] == ' ' && len(p) > 1 && strings.HasPrefix(s, p[1:]) {
			found |= 1 << i
		}
	}
	return found
}

// anyIn reports whether any of the patterns occurs in the block's
// lower-cased text (maskIn).
//
//go:noinline
func (m *matcher) anyIn(b *block) bool { return m.maskIn(b, false) != 0 }

// matcherOf is newMatcher of the patterns s lists, separated by "|".
//
//go:noinline
func matcherOf(s string) *matcher { return newMatcher(strings.Split(s, "|")...) }

func hash2(a, b byte) uint { return (uint(a)*31 + uint(b)) & (1<<9 - 1) }

// mask returns the set of patterns that occur in s, as bits. With
// spaceBefore, s is read as if a space preceded it, so " we" matches at its
// start.
func (m *matcher) mask(s string, spaceBefore bool) uint64 {
	var found uint64
	for e := m.one; e != 0; e &= e - 1 {
		b := bits.TrailingZeros64(e)
		if strings.IndexByte(s, m.pats[b][0]) >= 0 {
			found |= 1 << b
		}
	}
	if spaceBefore && s != "" {
		for e := m.tab[hash2(' ', s[0])]; e != 0; e &= e - 1 {
			b := bits.TrailingZeros64(e)
			if p := m.pats[b]; p[0] == ' ' && strings.HasPrefix(s, p[1:]) {
				found |= 1 << b
			}
		}
	}
	if len(s) < 2 {
		return found
	}
	// Each pair of bytes read once, the last one carried: the loop runs on
	// every byte of every line many rules read.
	prev := s[0]
	for i := 1; i < len(s); i++ {
		c := s[i]
		if e := m.tab[hash2(prev, c)] &^ found; e != 0 {
			for ; e != 0; e &= e - 1 {
				b := bits.TrailingZeros64(e)
				if strings.HasPrefix(s[i-1:], m.pats[b]) {
					found |= 1 << b
				}
			}
		}
		prev = c
	}
	return found
}

// any reports whether any of the patterns occurs in s.
//
//go:noinline
func (m *matcher) any(s string) bool { return m.mask(s, false) != 0 }
