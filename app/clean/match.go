package clean

import (
	"math/bits"
	"strings"
)

// matcher finds which of up to 64 lower-case patterns occur in a text in one
// pass, instead of one strings.Contains per pattern: the rules test dozens of
// cue phrases against every block.
type matcher struct {
	pats []string
	tab  [1 << 9]uint64 // hash of a pattern's first two bytes → its bit
	one  uint64         // one-byte patterns
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
			m.tab[hash2(p[0], p[1])] |= 1 << i
		}
	}
	return m
}

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

// count returns how many of the patterns occur in s.
//
//go:noinline
func (m *matcher) count(s string) int { return bits.OnesCount64(m.mask(s, false)) }

// any reports whether any of the patterns occurs in s.
//
//go:noinline
func (m *matcher) any(s string) bool { return m.mask(s, false) != 0 }
