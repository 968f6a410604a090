package clean

// ruleProseRun brings back a long run of the article's prose the classifier
// removed when what the page keeps is shorter: an article's paragraphs
// after a gallery of two hundred captions, a post scored as furniture
// between a long side column and a long comment thread. The context stage
// reads the page's main block from its scores, and a long run of furniture
// or of comments beside the article can carry the block, and the article's
// scores with it, away. A run is a stretch of lines the classifier removed
// under proseRunBar inside the page's main run of prose (read from the
// lines' words, not the scores), across the lines a named rule took out of
// an article (captions, credits, adverts, a repeated label) and the lines
// kept among them, above the page's comments. It comes back when it holds
// proseRunLines sentences or more, more than three in five of its lines,
// and more words of them than the page keeps: a thread of comments the
// rules did not name alternates its signatures with a few long paragraphs,
// a gallery its labels with its captions, and a long comment the rules did
// not tell from the article lies under the thread they took out. Dev, CV by
// site: 56 lines toward their labels (1,861 words), 2 away (19 words), with
// or without the title lines; at half its lines, a shop's notes between
// its photos' labels came back with the labels (26 toward, 18 away).
func ruleProseRun(d *doc) {
	if len(d.learnedP) != len(d.blocks) {
		return
	}
	kept := 0
	for _, b := range d.blocks {
		if b.kept() && b.kind != "title" {
			kept += b.nw
		}
	}
	type run struct{ from, to, words, lines, sentences int }
	var best, cur run
	cur.from = -1
	for i, b := range d.blocks {
		if b.removed == ReasonComments {
			break // readers' comments: what comes under them is theirs
		}
		switch {
		case d.learned[i] && !b.kept() && d.learnedP[i].P < proseRunBar && d.learnedP[i].Main:
			if cur.from < 0 {
				cur = run{from: i}
			}
			cur.to = i + 1
			cur.lines++
			if b.kind == "paragraph" && b.nw >= minSentenceWords && endsSentence(b.text) {
				cur.words += b.nw
				cur.sentences++
			}
			if cur.words > best.words {
				best = cur
			}
		case b.kept() || b.removed == ReasonEmpty || boxInArticle[b.removed] || b.removed == ReasonRepeated:
		default:
			cur.from = -1
		}
	}
	if best.words <= kept || best.sentences < proseRunLines || 5*best.sentences <= 3*best.lines {
		return
	}
	for i := best.from; i < best.to; i++ {
		if d.learned[i] && d.learnedP[i].P < proseRunBar && d.learnedP[i].Main {
			d.blocks[i].removed = ""
		}
	}
}

// The bounds of ruleProseRun: the classifier's certainty a line of the run
// stays under, and the fewest sentences the run holds.
const (
	proseRunBar   = 0.99
	proseRunLines = 10
)
