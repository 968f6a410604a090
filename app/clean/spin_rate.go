package clean

import "strings"

// How much of an article the spinner swapped: evidence for the learned
// decision (repairFeatures). A spinner that swaps every word it can leaves
// none of the originals it swaps, and a written word it could have
// produced is then almost surely a swap; one that swaps a few leaves most.
// Of an article's words, those the spinner swaps but that no word is
// swapped into ("only originals") appear, if at all, as written; those it
// swaps in but that stand for no word of the table ("only swaps") are
// swaps or a writer's. In the held-out BBC articles (TestSpinRateSigns)
// the share of only swaps among the two grows with the spinner's rate:
// 0.28 clean, 0.71 at half the words it can swap, 0.89 at eight in ten,
// 0.99 at all.

// rateSigns are an article's counts of only originals and only swaps.
type rateSigns struct{ origOnly, spunOnly int }

// share returns the share of only swaps among the two kinds (0.5 with
// none of either).
func (s rateSigns) share() float64 {
	if s.origOnly+s.spunOnly == 0 {
		return 0.5
	}
	return float64(s.spunOnly) / float64(s.origOnly+s.spunOnly)
}

// rateSigns counts the article's only originals and only swaps (see
// above), of the words a spinner may swap: lower case, or capitalised at a
// sentence's start, not glued to a hyphen or apostrophe; the caller
// holds c.mu.
func (c *lookups) rateSigns(toks [][]token) rateSigns {
	if c.origs == nil {
		// The words the table's spun words stand for (those the spinner
		// swaps for them), from the spun words' lines, on first use.
		c.origs = map[string]bool{}
		c.t.spun.each(func(line string) {
			for _, f := range strings.Fields(line[2:])[1:] {
				if f == "|" || f == "?" { // not the unlisted originals
					return
				}
				if k := strings.IndexByte(f, '/'); k > 0 {
					f = f[:k]
				}
				c.origs[f] = true
			}
		})
		delete(c.origs, "+")
		delete(c.origs, "!")
		delete(c.origs, "~")
	}
	origs := c.origs
	var s rateSigns
	for k := range toks {
		for i := range toks[k] {
			t := &toks[k][i]
			if t.glued || !repairable(*t) {
				continue
			}
			if _, spun := c.entry(t.low); spun != origs[t.low] {
				if spun {
					s.spunOnly++
				} else {
					s.origOnly++
				}
			}
		}
	}
	return s
}
