package clean

import "strings"

// Threads signed by their posters' profiles: an older board heads each post
// with its poster's name, rank and place, the date the poster registered
// ("Registered: July 3, 2001", "Join Date: Mar 2009") and a count of posts,
// and writes no date of the post itself. The dated line repeats in one
// shape with one label over every post; a comment section's signatures
// name a different commenter each time.

// profileSigns returns the profile lines that head a discussion thread's
// posts, in page order, or nil: at least minDatedSigns short lines of one
// shape, a label and a date ("Registered: March 14, 2003"), the label the
// same on each, most of the spans between them holding a post (see
// postsBetween), and no sentence of prose on the page above the first of
// them but the thread's title (the headline, the board's crumbs that end
// on it), no headline under it (see threadSigns).
func profileSigns(d *doc) []int {
	groups := map[string][]int{}
	for i, b := range d.blocks {
		if b.nw < 2 || b.nw > maxSignatureWords || b.removed == ReasonEmpty || fieldLabel(b.text) == "" || !mayDate(b.text) {
			continue // (a label first: the quick test)
		}
		shape, label, ok := signatureShape(b.text)
		if !ok || !strings.HasPrefix(shape, "N: ") {
			continue
		}
		k := label + "\x00" + shape
		groups[k] = append(groups[k], i)
	}
	var at []int
	for _, g := range groups {
		if len(g) >= minDatedSigns && len(g) > len(at) {
			at = g
		}
	}
	if at == nil || !postsBetween(d, at) {
		return nil
	}
	title := textKey(d.blocks[0].text)
	for i, c := range d.blocks {
		if i > at[0] && c.kind == "title" {
			return nil
		}
		if i < at[0] && c.nw >= proseWords && endsSentence(c.text) && c.removed != ReasonPageTitle && c.kind != "title" && !endsOnTitle(c.text, title) {
			return nil
		}
	}
	if n := d.nextNonEmpty(at[0]); n >= 0 && headlineLike(d.blocks[n]) {
		return nil
	}
	return at
}

// endsOnTitle reports whether line ends on the page's title, whose key is
// title: its last crumbsWords words stand in the title line ("Arcana How
// many current projects? Should I seek help?" under "How many current
// projects? Should I seek help? - Topic").
func endsOnTitle(line, title string) bool {
	w := strings.Fields(line)
	if len(w) < crumbsWords {
		return false
	}
	return strings.Contains(title, textKey(strings.Join(w[len(w)-crumbsWords:], " ")))
}

// crumbsWords is how many words of the title a board's crumbs end on.
const crumbsWords = 5

// profileHeads removes the lines of each post's header, past the first
// post's, between its poster's name and its profile line at (see
// profileSigns): the poster's rank and place ("Senior Member", "Tribe:
// Ghent"). A header is the short lines above a profile line up to a
// line removed over it, the board's buttons that end the post above
// (which postFurniture removed), its first line the poster's name, which
// stays. The first post's header, under the board's menus, has no such top:
// its fields ("Tribe: Leeds") go, as every later header's do.
func profileHeads(d *doc, at []int) {
	for i := at[0] - 1; i > 0 && at[0]-i <= maxProfileHead; i-- {
		b := d.blocks[i]
		if b.removed == ReasonEmpty {
			continue
		}
		if !b.kept() || b.nw > maxSignatureWords || endsSentence(b.text) {
			break
		}
		if fieldLabel(b.text) != "" {
			b.removed = ReasonComments
		}
	}
	for _, s := range at[1:] {
		var head []int // the header's kept lines, bottom up
		for i := s - 1; i > 0 && s-i <= maxProfileHead; i-- {
			b := d.blocks[i]
			if b.removed == ReasonEmpty || !b.kept() && len(head) == 0 {
				continue // the fields under the rank, taken
			}
			if !b.kept() {
				// The buttons over the header: its top is the name.
				for _, k := range head[:len(head)-1] {
					d.blocks[k].removed = ReasonComments
				}
				break
			}
			if b.nw > maxSignatureWords || endsSentence(b.text) {
				break
			}
			head = append(head, i)
		}
	}
}

// maxProfileHead is the most lines above a profile line its header spans.
const maxProfileHead = 10
