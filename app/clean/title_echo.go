package clean

import (
	"strings"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/parse"
)

// dropLineOverEcho keeps Render idempotent where the rendering opens with a
// line a cleaning of it takes for an inferred title's echo (see
// dropEchoTitle): the headline inferTitle makes from a line under it, when
// the first cleaning did not infer the title from that line. Either Render
// left out an inferred title that is the first paragraph whole, and the
// rendering opens with the first kept body line: a heading over the
// paragraph the title came from ("T" over "T!"), or that paragraph itself
// when the next one says it again with more ("0, 0" over "0, 0!" once an ad
// clause went). Or the title was not inferred and says all the line under
// it says ("Rain again, farmers say" over "Rain again, farmers say!" once
// an ad clause went). The line goes here as it would there, as a repeat, and
// the title is what the cleaning of the rendering makes of the line under
// it. Found by FuzzClean. It returns the title and whether it is inferred.
func dropLineOverEcho(d *doc, title string, inferred bool) (string, bool) {
	for range d.blocks {
		top := -1       // the title's line
		lead := -1      // the first body line, as Result.Body gives them
		var lede *block // the first paragraph
		for i, b := range d.blocks {
			switch {
			case !b.kept():
			case b.kind == string(parse.Title):
				top = i
			case !hasKeptText(b):
			default:
				if lead < 0 {
					lead = i
				}
				if lede == nil && b.kind == string(parse.Paragraph) {
					lede = b
				}
			}
		}
		// The rendering's first line, and the body lines under it: all,
		// or those after the first.
		first, after := top, -1
		ft := title
		switch {
		case !inferred:
		case title != "" && lede != nil && sameKey(title, lede.keptText()):
			first, after = lead, lead
			ft = d.blocks[first].keptText()
		default:
			return title, inferred
		}
		if first < 0 || ft == "" || blockWords(ft) > 14 {
			return title, inferred
		}
		src := echoSource(d, ft, after)
		if src == nil {
			return title, inferred
		}
		if !inferred && !sameKey(ft, src.keptText()) && !wholeHeadline(src) {
			// The cleaning of the rendering infers the same title from
			// the line, and renders the title and the line as here.
			return title, inferred
		}
		d.remove(first, ReasonRepeated)
		switch {
		case !inferred && wholeHeadline(src):
			src.kind = string(parse.Title)
			title = src.keptText()
		case !inferred || d.blocks[first] == lede:
			src.kind = string(parse.Paragraph)
			title, inferred = inferTitle(src.keptText()), true
		}
	}
	return title, inferred
}

// echoSource returns the body line, of those after block after (all when
// after is -1), that a cleaning of the rendering, where first line ft comes
// over them, infers ft from (see dropEchoTitle), or nil: the line right
// under ft, when it says more, and the lines it parses as paragraphs.
func echoSource(d *doc, ft string, after int) *block {
	// An inferred title is a run of the line's first 400 bytes with its
	// first letter capitalised: a cheap test before inferring one.
	_, r := utf8.DecodeRuneInString(ft)
	n, j := 0, 0 // the candidates read; the body lines read
	for _, b := range d.blocks[after+1:] {
		if !b.kept() || b.kind == string(parse.Title) || !hasKeptText(b) {
			continue
		}
		kt := b.keptText()
		j++
		if parse.LooksLikeHeading(kt) && (j > 1 || sameKey(kt, ft)) {
			continue
		}
		if strings.Contains(kt[:min(len(kt), 400)], ft[r:]) && ft == inferTitle(kt) {
			return b
		}
		if n++; n == echoReach || blockWords(kt) > 14 {
			return nil
		}
	}
	return nil
}

// hasKeptText reports whether b.keptText() is not empty (tidySpace leaves
// no text of white space alone), without making it.
//
//go:noinline
func hasKeptText(b *block) bool {
	for _, s := range b.segs {
		if s.Removed == "" && strings.IndexFunc(s.Text, notSpace) >= 0 {
			return true
		}
	}
	return false
}

//go:noinline
func notSpace(r rune) bool { return !isSpaceRune(r) }
