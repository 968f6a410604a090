package clean

import "strings"

// ruleGallery removes a photo gallery's captions where the page repeats the
// gallery's title once for each photo: a run of the same line (two words or
// more, not a number) minGallery (8) times or more, one after another, with as
// many lines of a caption's length right above it, past a button or two
// ("HIDE CAPTION"). CNN's galleries flatten so: 81 captions, "HIDE
// CAPTION", "Election 2012: The best photos" 81 times, a pager 1 to 81.
// Without as many lines above the run, it is something else (a book list's
// "Amazon Barnes & Noble" under each book, a newspaper's front pages each
// "courtesy of the Newseum") and stays for the other rules. It then takes
// a slideshow of other stories under the article (slideshowAfterArticle).
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
	slideshowAfterArticle(d)
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

// slideshowAfterArticle removes a slideshow of other stories under an
// article, as the Huffington Post's pages flatten: "Also on HuffPost:"
// (or "Related on HuffPost:") over "Loading Slideshow", then each slide's
// title and text (past what the rules took for captions and credits), up
// to the page's own lines, which the rules have already taken ("Send us a
// tip"). The intro must be short and end with a
// colon, the loader right under it.
func slideshowAfterArticle(d *doc) {
	for i, b := range d.blocks {
		if b.nw > 5 || !strings.HasSuffix(b.text, ":") || !hasPrefixAny(b.k, "also on ", "related on ") {
			continue
		}
		j := d.nextNonEmpty(i)
		if j < 0 || d.blocks[j].k != "loading slideshow" {
			continue
		}
		d.remove(i, ReasonRelated)
		d.remove(j, ReasonRelated)
		for k := j + 1; k < len(d.blocks); k++ {
			nb := d.blocks[k]
			switch nb.removed {
			case "":
				d.remove(k, ReasonRelated)
			case ReasonEmpty, ReasonCaption, ReasonCredit:
				// a slide's caption or credit ("CREDIT SUISSE", a bank's
				// name, taken for one)
			default:
				return
			}
		}
		return
	}
}
