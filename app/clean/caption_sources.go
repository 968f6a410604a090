package clean

import "strings"

// sourceTailCaption reports whether block i is the lead picture's caption
// closing on who gave the picture, in parentheses (Myanmar Now's "... on
// Tuesday (Supplied)", Courthouse News' "... in September 2020. (Oregon
// Department of Forestry via Courthouse News)"), or on the photographer in
// capitals and the picture's number in the paper's library after a slash
// (Cook Islands News' "... last month. TEUIRA NAPA/25120233"), or on the
// photographer and the paper in capitals after a comma (the Times
// Colonist's "Fort Street near Cook Street. DARREN STONE, TIMES
// COLONIST"): four to
// thirty words, no prose of the story above it (leadCaption), a longer
// paragraph of prose under it.
func (d *doc) sourceTailCaption(i int) bool {
	b := d.blocks[i]
	if b.kind == "title" || b.nw < 4 || b.nw > 30 || b.credit {
		return false
	}
	if strings.HasSuffix(b.text, ")") {
		k := strings.LastIndex(b.text, " (")
		if k < 0 {
			return false
		}
		src := b.text[k+2 : len(b.text)-1]
		if !givenPicture[lower(src)] && !(strings.Contains(src, " via ") && words(src) <= 8 && namesOnly(src)) {
			return false
		}
	} else {
		k := strings.LastIndex(b.text, ". ")
		if k < 0 {
			return false
		}
		tail := b.text[k+2:]
		if name, num, ok := strings.Cut(tail, "/"); ok {
			if words(name) < 2 || words(name) > 3 || !shouted(name) || len(num) < 5 || leadingDigits(num) != len(num) {
				return false
			}
		} else if who, outlet, ok := strings.Cut(tail, ", "); !ok || !shouted(tail) || words(who) < 2 || words(who) > 3 ||
			words(outlet) < 1 || words(outlet) > 4 || strings.ContainsAny(tail, ".;:!?/") {
			return false
		}
	}
	return d.leadCaption(i) && d.proseUnder(i)
}
