// Package unorm is the small part of Unicode normalization Dossier needs,
// from generated tables: NFC composition of base letters with combining
// marks (what scraped text carries: "Kyi\u0308v" → "Kyïv"), NFC singletons
// but the CJK compatibility ideographs' (U+F900–U+FAFF, U+2F800–U+2FA1F,
// left as they are), and the base letter of a precomposed one for search folding. It replaces
// golang.org/x/text/unicode/norm, which cost 62 KB gzip of wasm.
//
// Unlike full NFC it does not reorder runs of several combining marks by
// their combining class: a mark composes with the starter right before it,
// and with the composite that makes, in input order. Text in any normal
// form other than that edge case comes out as norm.NFC makes it (tested).
package unorm

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:generate go run ./gen

// NFC composes s. Valid text without runes from U+0300 up is returned as
// is; invalid UTF-8 comes out with U+FFFD in its place.
func NFC(s string) string {
	if isBelowMarks(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	out := []rune{}
	last := -1 // index in out of the last starter that may still compose
	flush := func() {
		for _, r := range out {
			sb.WriteRune(r)
		}
		out = out[:0]
		last = -1
	}
	add := func(r rune) {
		if last >= 0 && last == len(out)-1 {
			if c, ok := compose(out[last], r); ok {
				out[last] = c
				return
			}
		}
		if l, v := jamo(out, r); l {
			out[len(out)-1] = v
			return
		}
		out = append(out, r)
		if !unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Mc, r) {
			if len(out) > 64 {
				// Keep the buffer small on long texts: everything before
				// the new starter is final.
				r := out[len(out)-1]
				out = out[:len(out)-1]
				flush()
				out = append(out, r)
			}
			last = len(out) - 1
		}
	}
	for _, r := range s {
		if rep, ok := singleton(r); ok {
			for _, x := range rep {
				add(x)
			}
			continue
		}
		add(r)
	}
	flush()
	return sb.String()
}

// singleton returns NFC's replacement for r, if it has one.
func singleton(r rune) (string, bool) {
	if r < 0x340 {
		return "", false
	}
	i := sort.Search(len(singletonRunes), func(i int) bool { return singletonRunes[i] >= r })
	if i < len(singletonRunes) && singletonRunes[i] == r {
		return singletonValues[i], true
	}
	return "", false
}

// isBelowMarks reports whether s is valid UTF-8 with every rune below
// U+0300, where NFC changes nothing.
func isBelowMarks(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0x300 || r == utf8.RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// compose returns the primary composite of starter a and mark b.
func compose(a, b rune) (rune, bool) {
	k := uint64(a)<<21 | uint64(b)
	i := sort.Search(len(pairKeys), func(i int) bool { return pairKeys[i] >= k })
	if i < len(pairKeys) && pairKeys[i] == k {
		return pairValues[i], true
	}
	return 0, false
}

// Hangul composition (Unicode §3.12): L+V → LV, LV+T → LVT.
const (
	sBase, lBase, vBase, tBase = 0xAC00, 0x1100, 0x1161, 0x11A7
	lCount, vCount, tCount     = 19, 21, 28
	nCount                     = vCount * tCount
)

func jamo(out []rune, r rune) (bool, rune) {
	if len(out) == 0 {
		return false, 0
	}
	p := out[len(out)-1]
	switch {
	case p >= lBase && p < lBase+lCount && r >= vBase && r < vBase+vCount:
		return true, sBase + ((p-lBase)*vCount+(r-vBase))*tCount
	case p >= sBase && p < sBase+lCount*nCount && (p-sBase)%tCount == 0 && r > tBase && r < tBase+tCount:
		return true, p + (r - tBase)
	}
	return false, 0
}

// Base returns the base letter of a precomposed rune (é → e, Ǖ → U) and
// true, or r and false when r has no canonical decomposition.
func Base(r rune) (rune, bool) {
	if r < 0xC0 || !utf8.ValidRune(r) {
		return r, false
	}
	i := sort.Search(len(baseRunes), func(i int) bool { return baseRunes[i] >= r })
	if i < len(baseRunes) && baseRunes[i] == r {
		return baseValues[i], true
	}
	return r, false
}
