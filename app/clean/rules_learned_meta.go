package clean

import (
	"strings"
	"unicode"

	"github.com/dossierapp/dossier/app/parse"
)

// metaReach is how many lines from the headline an article's byline and
// dateline sit.
const metaReach = 3

// articleMeta reports whether block i, which the classifier removes, is the
// article's own byline or dateline rather than the kind of boilerplate the
// classifier named: a name ("Brian Deese"), a date or a time of day
// ("03:06 PM EDT") within metaReach lines of the headline h, with no
// paragraph of prose between them. The reader then sees "metadata line",
// and the date can be read from it.
func (d *doc) articleMeta(i, h int) bool {
	if h < 0 || i == h || i < h-metaReach || i > h+metaReach {
		return false
	}
	lo, hi := min(i, h), max(i, h)
	for k := lo + 1; k < hi; k++ {
		if b := d.blocks[k]; b.kind == "paragraph" && b.nw > 12 && endsSentence(b.text) {
			return false
		}
	}
	b := d.blocks[i]
	if b.nw == 0 || b.nw > 6 {
		return false
	}
	if n := parse.DateLen(b.text); n > 0 && words(b.text[n:]) <= 3 {
		return true
	}
	// A writer's name has two words or more; a menu's entry or a button
	// near the headline ("RSS", "Contact", "View Profile") is capitalised
	// too, and is no metadata.
	return isNameLine(b.text) && b.nw >= 2 && !hasPrefixAny(b.low, uiVerbs...) && crumbReason(b) == "" || isTimeLine(b.low)
}

// uiVerbs open a button's or a link's label ("View Profile", "Read More
// Posts"), never a writer's name.
var uiVerbs = []string{"view ", "read ", "more ", "share ", "follow ", "about ", "contact ", "subscribe", "sign ", "log ",
	"join ", "see ", "watch ", "listen ", "print ", "email ", "send ", "save ", "click ", "back ", "next ", "previous ", "go ",
	"all ", "latest ", "top ", "most "}

// isWireDateline reports whether block b is a wire story's dateline on a
// line of its own, a date and a dash to end it ("NICOSIA, August 8
// (Xinhua) --"): the article's metadata wherever the classifier finds it,
// the publication date read from it.
//
//go:noinline
func isWireDateline(b *block) bool { return wireDateline(b.text, b.nw) }

// wireDateline is isWireDateline for a line's text and its number of words:
// a place and a date, or a place and the wire's name (CNN's "Manila,
// Philippines CNN —"), and a dash.
func wireDateline(text string, nw int) bool {
	t := strings.TrimSpace(text)
	if nw > 0 && nw <= 10 && wireTagged(t) {
		return true
	}
	if nw == 0 || nw > 10 || !(strings.HasSuffix(t, "-") || strings.HasSuffix(t, "–") || strings.HasSuffix(t, "—")) {
		return false
	}
	if firstDate(t) != "" {
		return true
	}
	f := strings.Fields(strings.TrimRight(t, "-–— "))
	if k, e := strings.LastIndexByte(t, '('), strings.LastIndexByte(t, ')'); k > 0 && e > k {
		// A press release's "LAS VEGAS--(BUSINESS WIRE)--": the place, a
		// dash and the wire's tag.
		if _, ok := wires[strings.ToLower(t[k+1:e])]; ok && strings.TrimRight(t[:k], "-–— ") != "" && namesOnly(strings.TrimRight(t[:k], "-–— ")) {
			return true
		}
	}
	if len(f) >= 2 && len(f) <= 6 {
		last := strings.ToLower(strings.Trim(f[len(f)-1], "()"))
		if _, ok := wires[last]; ok && namesOnly(strings.Join(f, " ")) {
			return true
		}
	}
	// "PLACE, Month Day": a month's name and a number after the place.
	_, rest, ok := strings.Cut(t, ", ")
	return ok && monthDayFirst(strings.Fields(rest))
}

// monthDayFirst reports whether words f open with a month's name and a
// number: "December 2", "Dec. 2".
func monthDayFirst(f []string) bool {
	return len(f) >= 2 && monthWords[strings.ToLower(strings.TrimSuffix(f[0], "."))] && f[1][0] >= '0' && f[1][0] <= '9'
}

// wireTagged reports whether t is a place and a date with a wire's tag
// after them, on a line of its own: "MOSCOW, December 2 /TASS/.",
// "SEOUL, Dec. 2 (Yonhap)".
func wireTagged(t string) bool {
	t = strings.TrimRight(t, ". ")
	var tag string
	switch {
	case strings.HasSuffix(t, "/"):
		k := strings.LastIndexByte(t[:len(t)-1], '/')
		if k < 0 {
			return false
		}
		tag, t = t[k+1:len(t)-1], t[:k]
	case strings.HasSuffix(t, ")"):
		k := strings.LastIndexByte(t, '(')
		if k < 0 {
			return false
		}
		tag, t = t[k+1:len(t)-1], t[:k]
	default:
		return false
	}
	if _, ok := wires[strings.ToLower(strings.TrimSpace(tag))]; !ok {
		return false
	}
	place, rest, ok := strings.Cut(strings.TrimSpace(t), ", ")
	f := strings.Fields(strings.TrimRight(rest, ". "))
	return ok && namesOnly(place) && len(f) <= 3 && monthDayFirst(f)
}

// monthWords are the months' names and their short forms.
var monthWords = setOf(`january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec`)

// isTimeLine reports whether lw (lower case) is a time of day with at most
// a zone or a date word around it: "03:06 pm edt", "7:09am, edt".
func isTimeLine(lw string) bool {
	colon := strings.IndexByte(lw, ':')
	if colon < 1 || colon+3 > len(lw) || !isDigit(lw[colon-1]) || !isDigit(lw[colon+1]) || !isDigit(lw[colon+2]) {
		return false
	}
	rest := strings.FieldsFunc(lw, func(r rune) bool { return r == ' ' || r == ',' })
	if len(rest) > 4 {
		return false
	}
	for _, w := range rest {
		for _, r := range w {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ':' && r != '.' {
				return false
			}
		}
	}
	return true
}
