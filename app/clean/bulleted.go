package clean

import (
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/boiler"
	"github.com/dossierapp/dossier/app/parse"
)

// markBullets notes on each block the bullet sign its source in text opens
// with (parse strips it from the block's text): pbs are the blocks parsed
// from text, one to each of d's.
func (d *doc) markBullets(text string, pbs []parse.Block) {
	for i, pb := range pbs {
		if i < len(d.blocks) && pb.Start < pb.End && pb.End <= len(text) {
			d.blocks[i].bullet = bulletSign(text[pb.Start:pb.End])
		}
	}
}

// bulletedRuns returns the blocks the classifier is not to remove: the rest
// of a bulleted list it kept part of. A run of minBulletRun blocks or more,
// one after the other, each written with the same bullet sign before it
// ("+ Added …", "* Fixed …", "• …"), one of them kept by the classifier,
// stays but for the items it is sure of (bulletThreshold). The context
// stage's scores climb down a long list until each item reads as a menu's
// entry (a release's changelog, scored from 0.4 to 0.98 down its fifty
// items), while the sign the writer put before every item says it is one
// list. Runs with no item kept, which this leaves alone, are menus and
// lists of links.
func bulletedRuns(d *doc, decisions []boiler.Decision) map[int]bool {
	var keep map[int]bool
	for i := 0; i < len(d.blocks); {
		sign := d.blocks[i].bullet
		j := i + 1
		for sign != 0 && j < len(d.blocks) && d.blocks[j].bullet == sign {
			j++
		}
		if j-i >= minBulletRun {
			kept := false
			for k := i; k < j && !kept; k++ {
				kept = d.blocks[k].kept() && !decisions[k].Boilerplate
			}
			for k := i; kept && k < j; k++ {
				if d.blocks[k].kept() && decisions[k].P < bulletThreshold {
					if keep == nil {
						keep = map[int]bool{}
					}
					keep[k] = true
				}
			}
		}
		i = j
	}
	return keep
}

// The bounds of bulletedRuns: the fewest items of a run, and the
// probability an item needs to be removed.
const (
	minBulletRun    = 4
	bulletThreshold = 0.99
)

// bulletSign returns the bullet sign a block's source opens with, followed
// by a space and more text, or 0.
func bulletSign(src string) rune {
	r, n := utf8.DecodeRuneInString(src)
	switch r {
	case '+', '*', '-', '•', '·', '▪', '■', '◦', '►', '–':
	default:
		return 0
	}
	if len(src) < n+2 || src[n] != ' ' || src[n+1] == ' ' {
		return 0
	}
	return r
}
