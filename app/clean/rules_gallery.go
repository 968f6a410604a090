package clean

// ruleGallery removes a photo gallery's captions where the page repeats the
// gallery's title once for each photo: a run of the same line (two words or
// more, not a number) minGallery (8) times or more, one after another, with as
// many lines of a caption's length right above it, past a button or two
// ("HIDE CAPTION"). CNN's galleries flatten so: 81 captions, "HIDE
// CAPTION", "Election 2012: The best photos" 81 times, a pager 1 to 81.
// Without as many lines above the run, it is something else (a book list's
// "Amazon Barnes & Noble" under each book, a newspaper's front pages each
// "courtesy of the Newseum") and stays for the other rules.
func ruleGallery(d *doc) {
	for i := 0; i < len(d.blocks); {
		b := d.blocks[i]
		if b.removed == ReasonEmpty || b.k == "" || b.nw < 2 || isDigit(b.k[0]) {
			i++
			continue
		}
		run, j := 1, i+1
		for ; j < len(d.blocks); j++ {
			nb := d.blocks[j]
			if nb.removed == ReasonEmpty {
				continue
			}
			if nb.k != b.k {
				break
			}
			run++
		}
		if run >= minGallery {
			d.galleryCaptionsAbove(i, run)
		}
		i = j
	}
}

// minGallery is the fewest repeats of a gallery's title ruleGallery reads
// as one.
const minGallery = 8

// Captions ruleGallery takes: lines of captionMin to captionMax words,
// under at most galleryButtons lines of buttonWords words or fewer.
const (
	captionMin     = 4
	captionMax     = 60
	galleryButtons = 2
	buttonWords    = 3
)

// galleryCaptionsAbove removes the n captions right above block at, where a
// run of n titles starts, when there are n of them.
func (d *doc) galleryCaptionsAbove(at, n int) {
	k, buttons := at-1, 0
	for ; k >= 0; k-- {
		b := d.blocks[k]
		if b.removed == ReasonEmpty {
			continue
		}
		if b.nw > buttonWords || buttons == galleryButtons {
			break
		}
		buttons++
	}
	var captions []int
	for ; k >= 0 && len(captions) < n; k-- {
		b := d.blocks[k]
		if b.removed == ReasonEmpty {
			continue
		}
		if b.nw < captionMin || b.nw > captionMax || b.kind == "title" {
			break
		}
		captions = append(captions, k)
	}
	if len(captions) < n {
		return
	}
	for _, c := range captions {
		d.remove(c, ReasonCaption)
	}
}
