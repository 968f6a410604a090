package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bounds of a thread over its form's heading (see threadOverForm).
const (
	formPairs = 3 // signers, each under a comment of commentWords words or more
	formSpan  = 6 // blocks of one comment, between two signers
)

// threadOverForm returns where a comment section starts whose heading
// stands under it, over the form to add one ("Have your say" over "Your
// view", "Name", "Town / City"), or -1: the lines right above the heading
// are comments each signed under its text by the reader's name and place
// ("Jo Bloggs, Leeds, UK"), formPairs of them or more, back to the first
// comment, which starts under a removed line (the article's source, a share
// bar) and under the article (articleLines kept lines of prose above it).
// An article's quotes signed the same way run on from its own paragraphs,
// with no removed line between.
func threadOverForm(d *doc) int {
	for h, b := range d.blocks {
		if b.nw > 4 || !commentHeads[headingOf(b.low)] {
			continue
		}
		last := d.prevNonEmpty(h)
		if last < 0 || !placeSigner(d.blocks[last]) {
			continue
		}
		// Up from the heading: signers, each under its comment.
		top, signed, span := last, 0, 0
		for i := d.prevNonEmpty(last); i >= 0; i = d.prevNonEmpty(i) {
			c := d.blocks[i]
			if c.kind == "title" {
				break
			}
			if placeSigner(c) {
				if span == 0 {
					break // two signers with no comment between
				}
				top, span = i, 0
				continue
			}
			if span++; span > formSpan {
				break
			}
			if span == 1 && c.nw >= commentWords {
				signed++ // the comment's last line, right over its signer
			}
		}
		if signed < formPairs {
			continue
		}
		// The first comment: kept lines over the first signer, up to a
		// removed one.
		start := -1
		for i, n := d.prevNonEmpty(top), 0; i >= 0 && n <= formSpan; i, n = d.prevNonEmpty(i), n+1 {
			if !d.blocks[i].kept() {
				break
			}
			start = i
		}
		if start < 0 || start == d.prevNonEmpty(top) && d.blocks[start].nw < commentWords || d.prevNonEmpty(start) >= 0 && d.blocks[d.prevNonEmpty(start)].kept() {
			continue // no comment over the first signer, or no line removed over the comment
		}
		if start < 0 {
			continue
		}
		prose := 0
		for _, p := range d.blocks[:start] {
			if p.kept() && p.nw >= proseWords {
				prose++
			}
		}
		if prose >= articleLines {
			return start
		}
	}
	return -1
}

// placeSigner reports whether block b is a reader's name and place under a
// comment (nameAndPlace without an age: a comment's signature gives none).
func placeSigner(b *block) bool {
	return b.removed != ReasonEmpty && nameAndPlace(b.text, false)
}

// nameAndPlace reports whether a line is a signature of a name and a place:
// two to four parts between commas, the first a name opening with a
// capital, each of three words at most, nine in all, with no sentence's end
// and no quotation mark ("Jo Bloggs, Leeds, UK", "Sam, Perth,", "- Kay,
// Hull"); with ages, a part may be an age in figures ("Owen P., 34,
// Swansea"), as a vox pop signs its quotes.
func nameAndPlace(line string, ages bool) bool {
	text := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "-–— "))
	if endsSentence(text) || strings.ContainsAny(text, ":;|!?\"“”()") {
		return false
	}
	parts := strings.Split(strings.TrimSuffix(text, ","), ",")
	if len(parts) < 2 || len(parts) > 4 {
		return false
	}
	words := 0
	for k, p := range parts {
		f := strings.Fields(p)
		if len(f) < 1 || len(f) > 3 {
			return false
		}
		if strings.ContainsAny(p, "0123456789") && (!ages || k == 0 || len(f) != 1 || strings.Trim(f[0], "0123456789") != "") {
			return false
		}
		words += len(f)
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(parts[0]))
	return words >= 2 && words <= 9 && unicode.IsUpper(r)
}
