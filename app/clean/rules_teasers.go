package clean

import (
	"strconv"
	"strings"

	"github.com/dossierapp/dossier/app/boiler"
)

// Bounds of a run of teasers (see ruleTeaserRun).
const (
	minTeasers    = 3  // headline-and-summary pairs in a run
	maxTeaserHead = 16 // words of a teaser's headline
	minTeaserBody = 8  // words of its summary
	maxTeaserBody = 45
	teaserForeign = 30 // percent of its story words a pair shares with the article, at most
)

// ruleTeaserRun removes a run of other stories' teasers under the article:
// minTeasers or more headlines (short, no sentence's end) each over a
// sentence or two of summary, most of the pairs about something else (they
// share at most teaserForeign percent of their story words with the
// article's kept prose above them), with more of the article's prose above
// the run than below it (not counting the summaries of teasers further
// down, another section's). The classifier takes the headlines for links
// and keeps their summaries, which read as prose; a list of the article's
// own subheadings over their paragraphs shares the article's words, and a
// vox pop's signed quotes are speech (voxPop).
func ruleTeaserRun(d *doc) {
	prose := 0
	for i := 0; i+1 < len(d.blocks); i++ {
		b := d.blocks[i]
		if b.kept() && b.nw >= proseWords {
			prose++
		}
		if prose < articleLines || !teaserHead(b) || !teaserBody(d.blocks[i+1]) {
			continue
		}
		j, kept := i, false
		for j+1 < len(d.blocks) && teaserHead(d.blocks[j]) && teaserBody(d.blocks[j+1]) {
			kept = kept || d.blocks[j+1].kept()
			j += 2
		}
		if (j-i)/2 < minTeasers || !kept || !distinctHeads(d, i, j) || voxPop(d, i, j) || d.numberedOn(i) {
			continue
		}
		article, above, below := map[string]bool{}, 0, 0
		for _, p := range d.blocks[:i] {
			if p.kept() && p.nw >= proseWords {
				addStoryWords(article, p.low, false)
				above += p.nw
			}
		}
		for k := j; k < len(d.blocks); k++ {
			// (Not the summaries of the teasers further down, under the
			// section's next heading.)
			if p := d.blocks[k]; p.kept() && p.nw >= proseWords && !(teaserBody(p) && teaserHead(d.blocks[k-1])) {
				below += p.nw
			}
		}
		if below > above {
			i = j - 1
			continue // the article goes on below: its own subheadings
		}
		foreign := 0
		for k := i; k < j; k += 2 {
			ws := storyWords(d.blocks[k].text + " " + d.blocks[k+1].text)
			if sharedWords(article, d.blocks[k].text+" "+d.blocks[k+1].text)*100 <= teaserForeign*len(ws) {
				foreign++
			}
		}
		if foreign*2 <= (j-i)/2 {
			i = j - 1
			continue
		}
		for k := i; k < j; k++ {
			if d.blocks[k].kept() {
				d.remove(k, ReasonRelated)
			}
		}
		i = j - 1
	}
}

// teaserHead reports whether b reads as a teaser's headline: two to
// maxTeaserHead words, no sentence's end, colon or comma at its end, no
// address, kept or taken for
// a link (not a caption's credit or a newsletter's box).
func teaserHead(b *block) bool {
	switch b.removed {
	case "", ReasonRelated, ReasonNav, boiler.ReasonRelated, boiler.ReasonOther, boiler.ReasonCaption:
	default:
		return false
	}
	if b.nw < 2 || b.nw > maxTeaserHead || endsSentence(b.text) || strings.Contains(b.text, "://") {
		return false
	}
	t := strings.TrimSpace(b.text)
	return !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, ",") && !strings.HasSuffix(t, ";")
}

// teaserBody reports whether b reads as a teaser's summary: a sentence or
// two of minTeaserBody to maxTeaserBody words.
func teaserBody(b *block) bool {
	return b.nw >= minTeaserBody && b.nw <= maxTeaserBody && b.removed != ReasonEmpty && endsSentence(b.text)
}

// distinctHeads reports whether the headlines of the run from block i to
// block j (every other block) differ: a label repeated over paragraphs
// ("Article content") heads no teasers.
func distinctHeads(d *doc, i, j int) bool {
	for k := i; k < j; k += 2 {
		for m := k + 2; m < j; m += 2 {
			if d.blocks[k].text == d.blocks[m].text {
				return false
			}
		}
	}
	return true
}

// numberedOn reports whether block i opens with the number of a list's
// entry ("5." or "5)") whose previous number opens a kept line above it
// ("4. Housekeeping sees everything"): a listicle's next entry, the
// article going on under a box that broke it, not a teaser.
func (d *doc) numberedOn(i int) bool {
	f := strings.Fields(d.blocks[i].text)
	if len(f) < 2 || !itemNumbered(f[0]) {
		return false
	}
	n, err := strconv.Atoi(f[0][:len(f[0])-1])
	if err != nil || n < 2 {
		return false // "1.": no entry before it
	}
	want := strconv.Itoa(n-1) + f[0][len(f[0])-1:] + " "
	for k := i - 1; k >= 0 && k >= i-maxListGap; k-- {
		if b := d.blocks[k]; b.kept() && strings.HasPrefix(b.text, want) {
			return true
		}
	}
	return false
}

// maxListGap is how many blocks above its next entry numberedOn looks for
// a listicle's entry.
const maxListGap = 40
