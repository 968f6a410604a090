package clean

import "strings"

// highlightsOver returns the release's highlights between the headline h
// and the lede: short lines (four to twelve words, no sentence's stop, no
// date or byline) that each share two story words with the first
// paragraphs ("Revenue rose 14% to $212.4 million" / "Company raises
// full-year outlook" over GlobeNewswire's dateline), two such lines at
// least, one under the other, no separator or bracket in them.
func highlightsOver(d *doc, h, lede int) map[int]bool {
	if h < 0 || lede < 0 {
		return nil
	}
	var story map[string]bool // the first paragraphs' words, read for the first line that may share them
	var out map[int]bool
	for i := h + 1; i < lede; i++ {
		b := d.blocks[i]
		if !b.kept() || b.nw < 4 || b.nw > 12 || endsSentence(b.text) || strings.ContainsAny(b.text, "|»›;()") || b.credit || isMetadataLine(b.text, b.low, b.nw) {
			continue
		}
		if story == nil {
			story = paragraphWords(d, lede, standfirstReach)
		}
		if sharedWords(story, b.text) < 2 {
			continue
		}
		if out == nil {
			out = map[int]bool{}
		}
		out[i] = true
	}
	for i := range out {
		if !out[i-1] && !out[i+1] {
			return nil // the highlights stand together
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}
