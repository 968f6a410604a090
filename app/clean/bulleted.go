package clean

import (
	"github.com/dossierapp/dossier/app/boiler"
	"github.com/dossierapp/dossier/app/parse"
)

// markBullets notes on each block the list sign parse stripped from its
// text, a quote's ">" aside (a thread's quoted lines are no list): pbs are
// the blocks parsed, one to each of d's.
func (d *doc) markBullets(pbs []parse.Block) {
	for i, pb := range pbs {
		if i < len(d.blocks) && pb.Bullet != '>' {
			d.blocks[i].bullet = pb.Bullet
		}
	}
}

// bulletedRuns returns the blocks the classifier is not to remove: the rest
// of a bulleted list it kept part of. A run of minBulletRun items or more,
// each written with the same bullet sign before it ("+ Added …", "* Fixed
// …", "• …"), one after the other or parted by the few lines an item's
// text was broken into (a press release's plain text), one item kept by
// the classifier, stays but for the lines it is sure of (bulletThreshold).
// The context stage's scores climb down a long list until each item reads
// as a menu's entry (a release's changelog, scored from 0.4 to 0.98 down
// its fifty items), while the sign the writer put before every item says
// it is one list. Runs with no item kept, which this leaves alone, are
// menus and lists of links. Dev, CV by site: 50 lines toward their labels
// (371 words), none away; without title lines 19 (112 words), none away.
func bulletedRuns(d *doc, decisions []boiler.Decision) map[int]bool {
	var keep map[int]bool
	for i := 0; i < len(d.blocks); {
		sign := d.blocks[i].bullet
		j, items := i+1, 1
		for sign != 0 && j < len(d.blocks) {
			// The next item, past the lines that carry on this one (a
			// paragraph broken at a fixed width).
			k := j
			for k < len(d.blocks) && k-j < bulletGap && d.blocks[k].bullet == 0 {
				k++
			}
			if k == len(d.blocks) || d.blocks[k].bullet != sign {
				break
			}
			j, items = k+1, items+1
		}
		if items >= minBulletRun {
			kept := false
			for k := i; k < j && !kept; k++ {
				kept = d.blocks[k].bullet != 0 && d.blocks[k].kept() && !decisions[k].Boilerplate
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

// The bounds of bulletedRuns: the fewest items of a run, the most lines
// between two items (an item's text broken at a fixed width), and the
// probability a line of the run needs to be removed.
const (
	minBulletRun    = 4
	bulletGap       = 4
	bulletThreshold = 0.99
)
