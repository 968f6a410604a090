package clean

import (
	"strings"
	"unicode"

	"github.com/dossierapp/dossier/app/boiler"
)

// ruleCJKPage cleans a page in Chinese or Japanese, which the classifier
// does not read (it tells prose by the function words between spaces, and
// these scripts have no spaces): the article is its run of prose, from the
// first paragraph of 15 words or more (blockWords: 30 characters) with a
// sentence's end in it to the last; the short lines above it are the
// page's menus ("首页", "新闻", "财经"), those under it its links, share
// buttons and footer. The headline above the run stays: the line the
// page's title line holds, else the nearest line of 4 to 40 words that is
// no label ("来源：...").
func ruleCJKPage(d *doc) {
	first, last, n := cjkBody(d)
	if n < 3 || !mostlyCJK(d) {
		return
	}
	head := cjkHeadline(d, first)
	for i := 0; i < first; i++ {
		if b := d.blocks[i]; b.kept() && i != head && b.kind != "title" && b.nw < 15 {
			d.remove(i, ReasonNav)
		}
	}
	// The article's last short sentences stay ("现在方便多了。"); the first
	// line that is not one ends it.
	tail := last + 1
	for ; tail < len(d.blocks); tail++ {
		b := d.blocks[tail]
		if b.removed == ReasonEmpty {
			continue
		}
		if !b.kept() || b.nw < 4 || !cjkSentenceEnd(b.text) {
			break
		}
	}
	for i := tail; i < len(d.blocks); i++ {
		if d.blocks[i].kept() {
			d.remove(i, boiler.ReasonOther)
		}
	}
}

// cjkBody returns the first and last block of the page's longest run of
// Chinese or Japanese prose (cjkProse) and the number of its paragraphs: a
// run ends at three short kept lines in a row (a box of links between the
// article and a copyright notice in sentences).
func cjkBody(d *doc) (first, last, n int) {
	first, last = -1, -1
	bestWords := 0
	start, end, count, words, gap := -1, -1, 0, 0, 0
	flush := func() {
		if words > bestWords {
			first, last, n, bestWords = start, end, count, words
		}
		start, end, count, words = -1, -1, 0, 0
	}
	for i, b := range d.blocks {
		if !b.kept() {
			continue
		}
		if cjkProse(b) {
			if start < 0 {
				start = i
			}
			end, count, words, gap = i, count+1, words+b.nw, 0
			continue
		}
		if start >= 0 && b.nw < 10 {
			if gap++; gap >= 3 {
				flush()
				gap = 0
			}
		}
	}
	flush()
	return first, last, n
}

// cjkProse reports whether b is a paragraph of Chinese or Japanese prose:
// 15 words or more, a sentence's end in it, mostly CJK.
func cjkProse(b *block) bool {
	// "。" starts with the byte 0xe3, "！" and "？" with 0xef: an
	// English page's lines, which have neither, cost a fast scan.
	if b.nw < 15 || strings.IndexByte(b.text, 0xe3) < 0 && strings.IndexByte(b.text, 0xef) < 0 || !strings.ContainsAny(b.text, "。！？") {
		return false
	}
	cjk, letters := 0, 0
	for _, r := range b.text {
		if unicode.IsLetter(r) {
			letters++
			if isCJK(r) {
				cjk++
			}
		}
	}
	return 2*cjk >= letters
}

// cjkSentenceEnd reports whether s ends as a Chinese or Japanese sentence
// does, after any closing quote.
func cjkSentenceEnd(s string) bool {
	s = strings.TrimRight(s, " 」』）)”\"")
	return strings.HasSuffix(s, "。") || strings.HasSuffix(s, "！") || strings.HasSuffix(s, "？")
}

// mostlyCJK reports whether most letters of the page's kept lines are
// Chinese or Japanese.
func mostlyCJK(d *doc) bool {
	cjk, letters := 0, 0
	for _, b := range d.blocks {
		if !b.kept() {
			continue
		}
		for _, r := range b.text {
			if unicode.IsLetter(r) {
				letters++
				if isCJK(r) {
					cjk++
				}
			}
		}
	}
	return 2*cjk >= letters
}

// cjkHeadline returns the headline above the prose that starts at block
// first, or -1: a line the page's first line (its HTML title, "标题_网站")
// holds, else the nearest kept line of 4 to 40 words with no label's colon
// and no sentence's end.
func cjkHeadline(d *doc, first int) int {
	t := d.blocks[0].text
	for i := first - 1; i > 0; i-- {
		if b := d.blocks[i]; b.kept() && b.nw >= 4 && strings.Contains(t, b.text) {
			return i
		}
	}
	for i := first - 1; i >= 0; i-- {
		b := d.blocks[i]
		if b.kept() && b.nw >= 4 && b.nw <= 40 && !strings.ContainsAny(b.text, ":：") && !cjkSentenceEnd(b.text) {
			return i
		}
	}
	return -1
}
