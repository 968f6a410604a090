package clean

import (
	"strings"
	"unicode"

	"github.com/dossierapp/dossier/app/boiler"
	"github.com/dossierapp/dossier/app/parse"
)

// ruleCJKPage cleans a page in Chinese, Japanese or another script the
// classifier does not read (it tells prose by function words, of English
// and of fourteen languages in Latin letters; Chinese and Japanese have no
// spaces between words either), which it leaves whole: the article is its
// run of prose, from the first paragraph of 15 words or more (blockWords:
// 30 Chinese characters) with a sentence's end in it to the last; the short lines above it are the
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
	deck := -1 // the line under the headline
	if head >= 0 {
		deck = d.nextKept(head)
	}
	for i := 0; i < first; i++ {
		// A sentence of six words or more above the run is its lede
		// or standfirst, not a menu's entry; so is a line of six words
		// between spaces right under the headline, with no full stop
		// (Lenta's and RBC's standfirsts; not Yahoo Japan's "CNET Japan
		// 3/9(木) 18:45配信").
		if b := d.blocks[i]; b.kept() && i != head && b.kind != "title" && b.nw < 15 && (b.nw < 6 || !cjkSentenceEnd(b.text) && (i != deck || words(b.text) < 6)) {
			d.remove(i, ReasonNav)
		}
	}
	// The article's last short sentences stay ("现在方便多了。"); the first
	// line that is not one ends it.
	// A line the rules removed (an inline "Read also:") does not end
	// it either.
	tail := last + 1
	for ; tail < len(d.blocks); tail++ {
		b := d.blocks[tail]
		if !b.kept() {
			continue
		}
		if b.nw < 4 || !cjkSentenceEnd(b.text) {
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

// cjkProse reports whether b is a paragraph of prose in a script the
// classifier does not read (unread): 15 words or more, mostly in such
// letters, with a sentence's end in it: "。", "！" or "？" in Chinese or
// Japanese (whose "...." is no sentence's end), else a full stop, "!", "?"
// or "؟". Its first sixteen letters say cheaply whether to look further:
// none unread, and it is a Latin script's, as most pages' prose is.
func cjkProse(b *block) bool {
	if b.nw < 15 {
		return false
	}
	n, other, cjk := 0, 0, 0
	for _, r := range b.text {
		if !unicode.IsLetter(r) {
			continue
		}
		if unread(r) {
			other++
			if parse.IsCJK(r) {
				cjk++
			}
		}
		if n++; n == 16 {
			break
		}
	}
	if other == 0 {
		return false
	}
	if cjk > 0 {
		if !strings.Contains(b.text, "。") && !strings.Contains(b.text, "！") && !strings.Contains(b.text, "？") {
			return false
		}
	} else if !cjkSentenceEnd(b.text) && !strings.Contains(b.text, ". ") {
		return false
	}
	o, letters := letterShare(b.text)
	return 2*o >= letters
}

// unread reports whether r is a letter of a script the classifier knows no
// function words of: not Latin (Chinese, Japanese, Korean, Arabic,
// Hebrew, Cyrillic, Greek, Thai, Devanagari, ...).
func unread(r rune) bool {
	return r > 0x24f && !(r >= 0x1e00 && r <= 0x1eff) && unicode.IsLetter(r)
}

// letterShare counts the letters of s in scripts the classifier does not
// read (unread), and all its letters.
func letterShare(s string) (other, letters int) {
	for _, r := range s {
		if r < 0x80 {
			if r|0x20 >= 'a' && r|0x20 <= 'z' {
				letters++
			}
			continue
		}
		if unicode.IsLetter(r) {
			letters++
			if unread(r) {
				other++
			}
		}
	}
	return other, letters
}

// cjkSentenceEnd reports whether s ends as a sentence does, in Chinese or
// Japanese ("。", also before a closing note: "...发表在《自然》上。（编译/林靖东）"),
// Arabic ("؟") or with a full stop, after any closing quote.
func cjkSentenceEnd(s string) bool {
	s = strings.TrimRight(s, " 」』）)”\"»")
	if strings.HasSuffix(s, "！") || strings.HasSuffix(s, "？") || strings.HasSuffix(s, "؟") || endsSentence(s) {
		return true
	}
	k := strings.LastIndex(s, "。")
	return k >= 0 && len(s)-k <= 3*16 // at most fifteen characters after it
}

// mostlyCJK reports whether most letters of the page's kept lines are in
// scripts the classifier does not read.
func mostlyCJK(d *doc) bool {
	other, letters := 0, 0
	for _, b := range d.blocks {
		if b.kept() {
			o, l := letterShare(b.text)
			other, letters = other+o, letters+l
		}
	}
	return 2*other >= letters
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
	// Without a title line, the headline the classifier's rule promoted
	// (ruleLearned), not a caption nearer the run (UNIAN's "Сонячні
	// панелі на даху лікарні / фото ілюстративне" under its standfirst).
	for i := first - 1; i > 0; i-- {
		if b := d.blocks[i]; b.kept() && b.kind == "title" && d.blocks[0].kind != "title" {
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
