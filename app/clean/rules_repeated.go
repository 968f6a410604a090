package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// textKey reduces text to lower-case letters and digits, for comparing blocks.
func textKey(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		out := make([]byte, 0, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				out = append(out, c)
			case c >= 'A' && c <= 'Z':
				out = append(out, c+'a'-'A')
			}
		}
		return string(out)
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			sb.WriteRune(unicode.ToLower(r))
		}
	}
	return sb.String()
}

// ruleRepeated removes a repeated lede: a paragraph whose text appears twice.
// When the first copy carried a glued photo credit it is the photo's caption and
// is the one removed; otherwise the later copy goes. A paragraph repeating the
// headline goes too.
func ruleRepeated(d *doc) {
	seen := make(map[uint64]int, len(d.blocks))
	for i, b := range d.blocks {
		if !b.kept() {
			continue
		}
		kt := b.keptText()
		if len(kt) < 30 {
			continue
		}
		h, n := textHash(kt)
		if n < 30 {
			continue
		}
		j, ok := seen[h]
		if !ok || textKey(d.blocks[j].keptText()) != textKey(kt) {
			if !ok {
				seen[h] = i
			}
			continue
		}
		first := d.blocks[j]
		switch {
		case first.kind == "title" && b.kind != "title":
			d.remove(i, ReasonRepeated)
		case first.credit || first.kind != "paragraph" && b.kind == "paragraph":
			d.remove(j, ReasonRepeated)
			seen[h] = i
		default:
			d.remove(i, ReasonRepeated)
		}
	}
}

// textHash returns a 64-bit hash of the first 160 bytes of textKey(s) (a
// multiply and a shift every eight bytes) and their length, without building
// the key. Equal keys hash equal; a hit is confirmed by comparing the keys.
func textHash(s string) (uint64, int) {
	var h, acc uint64 // acc: the key's bytes since the last mix
	n := 0
	add := func(c byte) {
		acc = acc<<8 | uint64(c)
		n++
		if n&7 == 0 {
			h = mix(h ^ acc)
			acc = 0
		}
	}
	for i := 0; i < len(s) && n < 160; {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			default:
				i++
				continue
			}
			add(c)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			var buf [utf8.UTFMax]byte
			k := utf8.EncodeRune(buf[:], unicode.ToLower(r))
			for _, x := range buf[:k] {
				add(x)
			}
		}
	}
	return mix(h ^ acc ^ uint64(n)<<56), n
}

// mix scrambles the bits of x (a multiply and a xor-shift).
func mix(x uint64) uint64 {
	x *= 0x9e3779b97f4a7c15
	return x ^ x>>29
}
