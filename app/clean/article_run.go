package clean

import (
	"unicode"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/boiler"
)

// keepArticleRun brings back the article's prose the classifier removed
// where it runs on, unbroken, past the lines the page keeps: above the
// headline chosen (a subheading deep in a long how-to, taken for the
// headline when every paragraph above it scored as furniture, and
// headerAbove took the article's first half with the menus), or under the
// article's last kept sentence (a review's last paragraphs, scored up by the
// page's side column). The lines' own shape says the run is the article's:
// from the kept edge, sentences (runSentences or more, runWords words or
// more among them) with at most runGap other lines between two of them,
// none of which the classifier is near certain of (runBar for a sentence,
// boiler.InsideThreshold for another line), and no named rule's cut but a
// box inside an article (a caption, an advert, a player). A page's header
// or its comments reach a line it is sure of, a run of short lines or a
// named rule's section first. Dev, CV by site: without title lines 63 lines
// toward their labels (1,285 words), none away; with them 13 toward (122
// words), 2 away (25). The run's sentences are counted inside its lines
// (sentencesIn): a column's last two paragraphs, seven sentences, make a
// run as five one-sentence lines do (dev by site: 2 lines toward their
// labels, 111 words, and without title lines 4, 146 words; none away).
func keepArticleRun(d *doc, h int, decisions []boiler.Decision) {
	if len(decisions) != len(d.blocks) {
		return
	}
	// The kept article's top: the headline, or the first kept sentence.
	top := -1
	for i := max(h, 0); i < len(d.blocks); i++ {
		if b := d.blocks[i]; b.kept() && (i == h || runSentence(b)) {
			top = i
			break
		}
	}
	if top > 0 {
		if lo, ok := articleRun(d, decisions, top, -1); ok {
			d.restoreRun(lo, top)
		}
	}
	// The kept article's end: the last sentence the classifier keeps.
	end := -1
	for i := len(d.blocks) - 1; i >= 0; i-- {
		if b := d.blocks[i]; b.kept() && runSentence(b) && decisions[i].P < boiler.SentenceThreshold {
			end = i
			break
		}
	}
	if end >= 0 {
		if hi, ok := articleRun(d, decisions, end, 1); ok {
			d.restoreRun(end+1, hi+1)
		}
	}
}

// articleRun walks from line from in direction dir (-1 up, 1 down) over
// the run of prose that carries on the kept article, and returns the run's
// last sentence, with whether the run is long enough to bring back.
func articleRun(d *doc, decisions []boiler.Decision, from, dir int) (int, bool) {
	gap, sentences, words, last := 0, 0, 0, from
	for i := from + dir; i >= 0 && i < len(d.blocks); i += dir {
		b := d.blocks[i]
		switch {
		case b.kept():
			if runSentence(b) {
				gap, last = 0, i
				continue
			}
		case !d.learned[i]:
			if boxInArticle[b.removed] || b.removed == ReasonEmpty || dir < 0 && (b.removed == ReasonRepeated || b.removed == ReasonMetadata) {
				continue // a box inside the article; above it, a byline or a repeat
			}
			return last, sentences >= runSentences && words >= runWords
		case runSentence(b):
			if decisions[i].P >= runBar {
				return last, sentences >= runSentences && words >= runWords
			}
			sentences += sentencesIn(b.text)
			words += b.nw
			gap, last = 0, i
			continue
		case decisions[i].P >= boiler.InsideThreshold:
			return last, sentences >= runSentences && words >= runWords
		}
		if gap++; gap > runGap {
			break
		}
	}
	return last, sentences >= runSentences && words >= runWords
}

// restoreRun brings back the lines the classifier removed in [from, to).
func (d *doc) restoreRun(from, to int) {
	for i := from; i < to; i++ {
		if d.learned[i] && !d.blocks[i].kept() {
			d.blocks[i].removed = ""
			delete(d.learned, i)
		}
	}
}

// runSentence reports whether block b reads as a sentence of prose for
// keepArticleRun.
func runSentence(b *block) bool {
	return b.kind == "paragraph" && b.nw >= minSentenceWords && endsSentence(b.text)
}

// The bounds of keepArticleRun: the fewest sentences of a run (counted by
// sentencesIn) and their fewest words, the most other lines between two of
// them, and the classifier's certainty a sentence of the run stays under.
const (
	runSentences         = 5
	runWords             = 100
	runGap               = 6
	runBar       float32 = 0.99
)

// sentencesIn counts the sentences of a line of prose: its sentence ends
// (".", "!" or "?" before a space and a capital), and its own end.
func sentencesIn(s string) int {
	n := 1
	for i := 0; i+2 < len(s); i++ {
		if c := s[i]; (c == '.' || c == '!' || c == '?') && s[i+1] == ' ' {
			if r, _ := utf8.DecodeRuneInString(s[i+2:]); unicode.IsUpper(r) || r == '"' || r == '“' {
				n++
			}
		}
	}
	return n
}
