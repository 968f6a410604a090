package clean

import "strings"

// nameShareBars gives the reason "share widget" to the buttons of a share
// bar that other rules took out for another reason: "Copy" (the header's
// metadata to the classifier) and "X" (a dialog's close button to the crumb
// list) between "Facebook" and "Reddit". A removed line of one or two
// share-bar words (shareTokens) takes the reason when a line removed as a
// share widget sits next to it, blank lines aside, or when it sits in a run
// of such lines that reaches one. Only reasons change, never what is kept.
func (d *doc) nameShareBars() {
	shareWord := func(b *block) bool {
		if b.removed == "" || b.removed == ReasonEmpty || b.removed == ReasonShare || b.nw == 0 || b.nw > 2 {
			return false
		}
		for _, w := range strings.Fields(b.k) {
			if !shareTokens[w] {
				return false
			}
		}
		return true
	}
	// Two sweeps, down then up, so a run of such lines takes the reason
	// from a share widget on either side.
	for pass := range 2 {
		near := false // the last line seen, blank lines aside, is a share widget
		for k := range d.blocks {
			i := k
			if pass == 1 {
				i = len(d.blocks) - 1 - k
			}
			b := d.blocks[i]
			switch {
			case b.removed == ReasonEmpty:
			case b.removed == ReasonShare:
				near = true
			case near && shareWord(b):
				b.removed = ReasonShare
			default:
				near = false
			}
		}
	}
}

// ruleCounts removes a bare count (a post's likes, "1,214") whose
// neighbour, the count or the button beside it, went as a share bar's or a
// menu's ("386", "Share"): Substack's row under the byline.
func ruleCounts(d *doc) {
	for i, b := range d.blocks {
		if !b.kept() || b.nw != 1 || !bareCount(b.text) {
			continue
		}
		for n := i + 1; n < len(d.blocks); n++ {
			if nb := d.blocks[n]; nb.removed != ReasonEmpty {
				if (nb.removed == ReasonNav || nb.removed == ReasonShare || nb.removed == ReasonCrumb) && nb.nw == 1 && bareCount(nb.text) {
					d.remove(i, ReasonShare)
				}
				break
			}
		}
	}
}

// bareCount reports whether s is a count alone: digits, with thousands'
// commas or a decimal point and a "K" or "M" ("1,214", "1.2K").
func bareCount(s string) bool {
	s = strings.TrimRight(s, "KkM")
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && c != ',' && c != '.' {
			return false
		}
	}
	return true
}

// ruleFollowLabel removes a follow button's words left on a line of their
// own when the network's name under them went as a share widget ("The
// Harbour Post on" / "Facebook", "Follow us on:" / "X"): a line of six
// words at most that stops on "on" tells the reader nothing alone.
func ruleFollowLabel(d *doc) {
	for i, b := range d.blocks {
		if !b.kept() || b.nw < 2 || b.nw > 6 || !strings.HasSuffix(strings.TrimRight(b.low, ": "), " on") {
			continue
		}
		if q := d.nextNonEmpty(i); q > 0 && d.blocks[q].removed == ReasonShare && d.blocks[q].nw == 1 && shareTokens[d.blocks[q].k] {
			d.remove(i, ReasonShare)
		}
	}
}
