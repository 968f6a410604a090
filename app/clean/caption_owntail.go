package clean

import "strings"

// ownTailCaption reports whether paragraph i is the lead picture's caption
// closing, after its sentence, on the paper's own name in parentheses, as
// Frontier Myanmar credits its own pictures: "A street vendor works by the
// light of a battery lamp in Yangon’s Sanchaung Township on December 2.
// (Frontier)". The name, one to three capitalised words, is one the
// page's copyright line holds ("© 2026 Frontier Myanmar"); the caption
// stands where the lead picture hangs (leadCaption), over the story's prose.
func (d *doc) ownTailCaption(i int) bool {
	b := d.blocks[i]
	if b.kind != "paragraph" || b.nw < 5 || b.nw > 40 || !strings.HasSuffix(b.text, ")") {
		return false
	}
	k := strings.LastIndex(b.text, " (")
	if k < 0 || !endsSentence(b.text[:k]) {
		return false
	}
	name := b.text[k+2 : len(b.text)-1]
	n := words(name)
	if n == 0 || n > 3 || !namesOnly(name) || strings.ContainsAny(name, "()/:,") {
		return false
	}
	owned, low := false, lower(name)
	for _, o := range d.blocks[i+1:] {
		if strings.Contains(o.text, "©") || strings.HasPrefix(o.low, "copyright") {
			owned = owned || n == 1 && containsWord(o.low, low) || n > 1 && strings.Contains(o.low, low)
		}
	}
	return owned && d.leadCaption(i) && d.proseUnder(i)
}
