package clean

import (
	"strings"
	"unicode"
)

// voxPop reports whether the run of would-be teasers from block i to block
// j (a "headline" over a "summary", every other block) reads as a vox pop,
// the article's own quotes of passers-by: in at least half of its pairs the
// headline is a signature, a name and a place ("Gwen Roberts, Pontypridd",
// "- Kay, Hull"), and the summary is speech, a quotation whole or a
// sentence in the first person. A related story's headline names no place
// after a comma, and its summary reports.
func voxPop(d *doc, i, j int) bool {
	pairs, vox := 0, 0
	for k := i; k < j; k += 2 {
		pairs++
		if nameAndPlace(d.blocks[k].text, true) && speech(d.blocks[k+1]) {
			vox++
		}
	}
	return pairs > 0 && vox*2 >= pairs
}

// speech reports whether b reads as a speaker's words: it opens with a
// quotation mark, or speaks in the first person ("I", "my", "we", "our").
func speech(b *block) bool {
	t := strings.TrimSpace(b.text)
	if strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "“") || strings.HasPrefix(t, "‘") || strings.HasPrefix(t, "'") {
		return true
	}
	for _, w := range strings.FieldsFunc(b.low, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		switch w {
		case "i", "i'm", "i’m", "i've", "i’ve", "my", "we", "our", "me":
			return true
		}
	}
	return false
}
