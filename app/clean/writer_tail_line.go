package clean

import "strings"

// tailWriterLine removes the writer's one-line bio that closes the page's
// kept text, no full stop to it, as ESPNcricinfo prints it under a story:
// "Sidharth Monga is an assistant editor at ESPNcricinfo". The line opens
// on the very name a byline line above the story gave alone (a line the
// header's rules removed: "Sidharth Monga"), then a bio's verb, and names
// a newsroom's role; twenty words at most, under three paragraphs of
// prose. ruleWriterBio reads the longer bios that end their sentence.
func tailWriterLine(d *doc) {
	last := lastKept(d)
	if last < 1 {
		return
	}
	b := d.blocks[last]
	if b.kind == "title" || b.nw < 5 || b.nw > 20 || endsSentence(b.text) || !hasRoleWord(b.low) {
		return
	}
	first, end := bioSubject(b.text)
	if first == "" {
		return
	}
	prose, named := 0, false
	for _, o := range d.blocks[:last] {
		if o.prose() {
			prose++
			continue
		}
		if prose == 0 && o.removed == ReasonMetadata && isNameLine(o.text) {
			f := strings.Fields(o.low)
			named = named || f[0] == first && f[len(f)-1] == end && strings.HasPrefix(b.low, o.low+" ")
		}
	}
	if named && prose >= 3 {
		d.remove(last, ReasonBio)
	}
}
