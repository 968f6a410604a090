package clean

// A standfirst (a deck) is the line under a headline that tells the story in
// a sentence before the article starts: "Campaigners say 'shameful' delay
// will cost lives as government pushes back publication to autumn". The
// classifier reads it as a caption: a long line without a full stop, next to
// a byline and a date line. Its words say otherwise: it tells the story of
// the first paragraphs, as a caption of a picture beside them seldom does in
// two or more of its own words.

// standfirstThreshold is the probability a standfirst needs to be removed by
// the classifier.
var standfirstThreshold float32 = 0.99

// standfirstUnder returns the standfirst under the headline h: the first kept
// line of 7 to 60 words between h and the article's first paragraph of prose
// that is written as a sentence (not in a headline's capitals), is no credit,
// byline or date line, and shares two or more story words
// (see storyWords) with the first paragraphs; -1 when there is none.
// Seven words, not eight (Connexion's "The increase is lower than last
// year's"): dev by site, 2 lines to their labels with title lines, 3
// without, none from them (six: 2 and 2 from them).
func standfirstUnder(d *doc, h int) int {
	if h < 0 {
		return -1
	}
	body := -1
	player := false // a video player's lines stand between
	for i, n := h+1, 0; i < len(d.blocks) && (n < standfirstSpan || player && i <= h+3*standfirstSpan); i++ {
		b := d.blocks[i]
		if b.prose() {
			body = i
			break
		}
		// A video player's buttons and notices under the byline
		// (WalesOnline's "Video Loading" / ... / "Play now") count for
		// none, nor do the lines the rules took after them.
		player = player || b.removed == ReasonPlayer
		if b.kept() || !player {
			n++
		}
	}
	last := body // the last line that may be the standfirst, body excluded
	if body < 0 {
		// The article far below a live blog's key events, their posts'
		// times: the line right under the headline only.
		last = d.nextNonEmpty(h) + 1
		live := false // a post's time between: a live blog's key events
		for i := last; i < len(d.blocks); i++ {
			if d.blocks[i].prose() {
				body = i
				break
			}
			live = live || liveStamp(d.blocks[i].text)
		}
		if body < 0 || last <= h || !live {
			return -1
		}
	}
	for i := h + 1; i < last; i++ {
		b := d.blocks[i]
		if !b.kept() || b.nw < 7 {
			continue
		}
		if b.nw > 60 || capitalised(b.text) || b.credit || creditShaped(b) || isMetadataLine(b.text, b.low, b.nw) || sharedWords(paragraphWords(d, body, standfirstReach), b.text) < 2 {
			return -1
		}
		return i
	}
	return -1
}

// standfirstSpan is how many lines under the headline the article's first
// paragraph may start for a line between them to be its standfirst.
const standfirstSpan = 8

// standfirstReach is how many of the article's first paragraphs a
// standfirst shares its story words with: a deck may tell what the third
// paragraph says ("Reserve managers want an asset no government can
// freeze").
const standfirstReach = 4
