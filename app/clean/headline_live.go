package clean

import (
	"strings"
	"unicode"
)

// headlineOverLive returns the live blog's headline when line h, the one
// chosen so far, heads its latest post under the post's time ("11.42am
// AEDT" over "Minister apologises ..."), other posts' times below it, the page scraped without its
// title line: among the lines above the first post's time, the one of six
// to thirty words, no sentence ended in it, whose story words recur most
// in the posts below, three at least and a third of its own. It returns -1
// when there is none.
func headlineOverLive(d *doc, h, body int) int {
	if h <= 0 || h >= body {
		return -1
	}
	if p := d.prevNonEmpty(h); p < 0 || !liveStamp(d.blocks[p].text) {
		return -1
	}
	later := false // another post's time below: a live blog's
	for _, b := range d.blocks[h+1:] {
		if later = liveStamp(b.text); later {
			break
		}
	}
	if !later {
		return -1
	}
	first := -1 // the first post's time, or the key events' first
	for k := h - 1; k >= 0; k-- {
		if liveStamp(d.blocks[k].text) {
			first = k
		}
	}
	story := paragraphWords(d, body, storyParas)
	best, bs := -1, 2
	for k := 0; k < first; k++ {
		b := d.blocks[k]
		if !b.kept() && !headlineRestorable(b.removed) || b.nw < 6 || b.nw > 30 || endsSentence(b.text) || sentenceInside(b.text) || bylineOrDate(b) {
			continue
		}
		if shared, own := echoOf(story, b.text); shared > bs && 3*shared >= own {
			best, bs = k, shared
		}
	}
	return best
}

// liveStamp reports whether s is a live post's time alone, its zone after
// it or not: "09:40", "11.42am AEDT".
func liveStamp(s string) bool {
	// The time opens with a digit (isClock): most lines are turned away
	// here, before their words are split.
	if t := strings.TrimLeftFunc(s, unicode.IsSpace); t == "" || t[0] < '0' || t[0] > '9' {
		return false
	}
	f := strings.Fields(s)
	return len(f) >= 1 && len(f) <= 2 && isClock(f[0]) && (len(f) == 1 || len(f[1]) <= 5 && shouted(f[1]))
}
