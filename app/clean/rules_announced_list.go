package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/boiler"
)

// ruleAnnouncedList brings back the items of a list the article's own prose
// announces: a kept sentence ending in a colon, not a label in capitals
// ("The following county schools will be closed on Thursday:"), then three
// or more lines of twelve words or fewer and of one shape (the same bullet
// or none; all ending a sentence or none), which a short subheading or the
// next part's own announcement may part, then a sentence of prose: kept,
// or, under an announcement of eight words or more, one the classifier
// removed. The classifier reads such a run of short lines as a menu;
// between the article's announcement and its next paragraph it is the
// article's. Only the classifier's reasons are undone (not a related list's,
// a share bar's or a tag line's), and a line without a letter (a code
// block's closing brace) stays as it was. A menu's label is short ("More
// from this writer:") or has no prose under its links but a tag line or
// the comments. The last rule but the site's templates: the lines the
// rules name are named. Dev, CV by site: 36 lines toward their labels (151
// words), none away; without the title lines 32 (118 words), none away.
func ruleAnnouncedList(d *doc) {
	bs := d.blocks
	for i := 0; i < len(bs); i++ {
		if !announcesList(bs[i]) {
			continue
		}
		last := listEnd(bs, i)
		if last < 0 {
			continue
		}
		next := last + 1
		for next < len(bs)-1 && bs[next].removed == ReasonEmpty {
			next++
		}
		if !closesList(bs[i], bs[next]) {
			continue
		}
		for k := i + 1; k <= last; k++ {
			if b := bs[k]; listReasons[b.removed] && hasLetter(b.text) {
				b.removed = ""
			}
		}
		i = last
	}
}

// announcesList reports whether b is a kept sentence of the article ending
// in a colon.
func announcesList(b *block) bool {
	return b.kept() && b.kind != "title" && b.nw >= 5 && strings.HasSuffix(b.text, ":") && startsUpper(b.text) && !capitalised(b.text)
}

// closesList reports whether after, the line under a list, is the
// article's prose going on after the list intro announced: a sentence,
// kept, or removed by the classifier under a long announcement.
func closesList(intro, after *block) bool {
	if after.nw < 8 || !endsSentence(after.text) {
		return false
	}
	return after.kept() || intro.nw >= 8 && listReasons[after.removed]
}

// listEnd is the index of the last item of the list under bs[i], or -1
// when fewer than three lines of one shape follow it or the page ends
// with them.
func listEnd(bs []*block, i int) int {
	items, last, shape := 0, -1, ""
	for j := i + 1; j < len(bs); j++ {
		b := bs[j]
		if b.removed == ReasonEmpty {
			continue
		}
		if b.removed == ReasonComments {
			break
		}
		if strings.HasSuffix(b.text, ":") {
			if b.nw >= 5 && startsUpper(b.text) && j+1 < len(bs) && bs[j+1].nw <= listItemWords && shape != "" && itemShape(bs[j+1].text) == shape {
				continue // the next part's announcement
			}
			break
		}
		if b.nw > listItemWords {
			break
		}
		s := itemShape(b.text)
		if shape == "" {
			shape = s
		}
		if s == shape {
			items, last = items+1, j
			continue
		}
		if b.nw <= 5 && j+1 < len(bs) && bs[j+1].nw <= listItemWords && itemShape(bs[j+1].text) == shape {
			continue // a subheading
		}
		break
	}
	if items < 3 || last+1 >= len(bs) {
		return -1
	}
	return last
}

// listReasons are the removals a list's item comes back from: the
// classifier's reasons, which the rules give a menu's lines too (not a
// related list's, a share bar's, a tag list's or an advert's).
var listReasons = map[string]bool{
	boiler.ReasonNavigation: true, boiler.ReasonCaption: true, boiler.ReasonHeader: true, boiler.ReasonOther: true,
}

// listItemWords is the most words a list's item has.
const listItemWords = 12

// itemShape is a list line's shape: its bullet (a digit for a number) and
// whether it ends a sentence.
func itemShape(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	lead := ""
	if unicode.IsDigit(r) {
		lead = "1"
	} else if strings.ContainsRune("•·-*+–—►▪●○■□◦»>", r) && n < len(s) && s[n] == ' ' {
		lead = string(r)
	}
	if endsSentence(s) && !strings.HasSuffix(s, ")") {
		return lead + "."
	}
	return lead + "_"
}

// hasLetter reports whether s holds a letter.
func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}
