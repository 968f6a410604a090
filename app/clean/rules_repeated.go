package clean

import (
	"strings"
	"unicode"
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
	seen := map[string]int{}
	for i, b := range d.blocks {
		if !b.kept() {
			continue
		}
		kt := b.keptText()
		if len(kt) < 30 {
			continue
		}
		k := textKey(kt)
		if len(k) < 30 {
			continue
		}
		j, ok := seen[k]
		if !ok {
			seen[k] = i
			continue
		}
		first := d.blocks[j]
		switch {
		case first.kind == "title" && b.kind != "title":
			d.remove(i, ReasonRepeated)
		case first.credit || first.kind != "paragraph" && b.kind == "paragraph":
			d.remove(j, ReasonRepeated)
			seen[k] = i
		default:
			d.remove(i, ReasonRepeated)
		}
	}
}
