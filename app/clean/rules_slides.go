package clean

import (
	"strconv"
	"strings"
)

// slideCounter reads the counter that opens a slide of a gallery, "12/50
// Title" or "12 of 50": the slide's number, the slides' count and whether a
// title follows. ok is false for any other line.
func slideCounter(low string) (k, n int, titled, ok bool) {
	if low == "" || !isDigit(low[0]) {
		return 0, 0, false, false
	}
	f := strings.Fields(low)
	a, b, slash := strings.Cut(f[0], "/")
	rest := 1
	if !slash {
		if len(f) < 3 || f[1] != "of" {
			return 0, 0, false, false
		}
		b, rest = f[2], 3
	}
	k, e1 := strconv.Atoi(a)
	n, e2 := strconv.Atoi(b)
	if e1 != nil || e2 != nil || len(a) > 3 || len(b) > 3 || k <= 0 || n < k {
		return 0, 0, false, false
	}
	return k, n, len(f) > rest, true
}

// Slides ruleSlides reads as a gallery: minSlides counters or more, at most
// slideGap lines apart.
const (
	minSlides = 5
	slideGap  = 4
)

// ruleSlides removes a gallery whose slides each open on their counter
// ("1/50", "2/50", ... or "3 of 12"): the counters, numbered one after
// another out of the same count. When each counter carries its slide's
// title ("7/50 Brewer's shares slide"), the slides are stories of their
// own, a gallery of the section's news beside the article: the lines
// between the first counter and the last go too, and the last slide's text
// under its counter.
func ruleSlides(d *doc) {
	first, last, prev, count, n, titled := -1, -1, 0, 0, 0, true
	flush := func() {
		if count >= minSlides {
			for i := first; i <= last; i++ {
				if _, _, _, ok := slideCounter(d.blocks[i].low); titled || ok {
					d.remove(i, ReasonCaption)
				}
			}
			if j := d.nextNonEmpty(last); titled && j > 0 && d.blocks[j].nw <= captionMax {
				d.remove(j, ReasonCaption)
			}
		}
		first, count = -1, 0
	}
	for i, b := range d.blocks {
		if b.removed == ReasonEmpty {
			continue
		}
		k, m, t, ok := slideCounter(b.low)
		switch {
		case ok && first >= 0 && m == n && k == prev+1 && i-last <= slideGap+1:
			count++
			titled = titled && t
		case ok && m >= minSlides:
			flush()
			first, count, n, titled = i, 1, m, t
		case first >= 0 && i-last <= slideGap:
			continue
		default:
			flush()
			continue
		}
		last, prev = i, k
	}
	flush()
}
