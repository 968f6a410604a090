package clean

import (
	"strings"

	"github.com/dossierapp/dossier/app/boiler"
)

// authorBoxLabels head an author's box under a post ("About the author",
// "About the Author:"), the bio under them or run on after the colon.
var authorBoxLabels = phrases("about the author|about the authors|about the writer|about the blogger")

// authorBoxBioMost is the most words of a bio line in an author's box.
const authorBoxBioMost = 80

// authorBoxBioLines is how many lines of bio an author's box holds under
// its label.
const authorBoxBioLines = 2

// ruleAuthorBox removes an author's box under the article as the author's
// bio: its label ("About the author", which the metadata rule took for the
// article's byline) and the lines of bio under it; the label with its bio
// run on ("About the Author: Dana Reyes writes about ..."); or the box
// headed by the writer's name ("About Dana Reyes") over a bio that opens
// with the name or speaks in the first person and tells of a person ("he",
// "she", "I"), not of a company ("About Northwind Labs" over "Northwind
// Labs is a maker of ..." is a press release's own paragraph).
func ruleAuthorBox(d *doc) {
	for i := 1; i < len(d.blocks); i++ {
		b := d.blocks[i]
		if !boxable(b) || b.nw > authorBoxBioMost {
			continue
		}
		if label, bio, ok := strings.Cut(b.low, ":"); ok && authorBoxLabels[strings.TrimSpace(label)] && words(bio) >= 4 {
			b.removed = ReasonBio // the label with the bio run on
			continue
		}
		if authorBoxLabels[b.k] {
			b.removed = ReasonBio
			for j, n := i+1, 0; j < len(d.blocks) && n < authorBoxBioLines; j++ {
				nb := d.blocks[j]
				if nb.removed == ReasonEmpty {
					continue
				}
				// (the writer's name over the bio, a line of its own:
				// Graham Media's "About the Author" / "Kayla Simmons" /
				// "Kayla Simmons joined ...")
				name := n == 0 && j == i+1 && nb.nw <= 4 && isNameLine(nb.text)
				if !nb.kept() || nb.kind != "paragraph" && !name || nb.nw > authorBoxBioMost {
					break
				}
				nb.removed = ReasonBio
				if !name {
					n++
				}
			}
			continue
		}
		if name, ok := strings.CutPrefix(b.text, "About "); ok && b.nw <= 4 && isNameLine(name) {
			n := d.nextNonEmpty(i)
			if n > 0 && personalBio(d.blocks[n], name) {
				b.removed = ReasonBio
				d.blocks[n].removed = ReasonBio
			}
		}
	}
}

// boxable reports whether a line may be part of an author's box: kept, or
// taken for a byline or by the classifier's guess of its own.
func boxable(b *block) bool {
	switch b.removed {
	case "", ReasonMetadata, boiler.ReasonCaption, boiler.ReasonOther, boiler.ReasonFooter, boiler.ReasonHeader:
		return b.kind != "title"
	}
	return false
}

// personalBio reports whether kept block b, under "About <name>", is a
// person's bio: a paragraph opening with the name's first word ("Dana
// Reyes is ...", "Dana writes ...") or in the first person ("I started
// this blog ...", "Hi, I'm Dana"), and speaking of a person.
func personalBio(b *block, name string) bool {
	if !b.kept() || b.kind != "paragraph" || b.nw > authorBoxBioMost || b.nw < 6 {
		return false
	}
	first := strings.Fields(name)[0]
	if strings.HasPrefix(b.text, first+" ") {
		return containsWord(b.low, "he") || containsWord(b.low, "she") || containsWord(b.low, "his") || containsWord(b.low, "her")
	}
	return hasPrefixAny(b.text, "I ", "Hi, I", "Hi I", "Hello, I")
}
