package boiler

// keepNumberedSections keeps the later sections of an article written as
// numbered sections ("1. Run the taps first", a paragraph, "2. Check the
// boiler's sticker", a paragraph…) whose first section the classifier
// kept and whose later ones it dropped as its scores climbed down the page
// or across the boxes between them (a video player, a gallery): from a kept
// numbered heading n with a sentence under it, the next heading numbered
// n+1 with a sentence under it is the article's, and so are the sentences
// right under it, unless the classifier is sure of them (sectionThreshold).
// Another numbered line ends the chain: a "most read" box numbered from 1
// is another list. Each line is read once or twice. Run last of the keep
// rules, so that the sentences it keeps vouch for no line around them (a
// table of keys between two sections, labelled boilerplate on a dev
// page).
// Dev, CV by site, with app/clean's nextSection: 24 lines toward their
// labels (619 words), none away; without title lines 3 (95 words), none
// away.
func keepNumberedSections(lines []string, out []Decision, st []stats) {
	heading := func(i int) (int, bool) {
		n, ok := itemNumber(lines[i])
		if !ok || st[i].words > sectionHeadWords || st[i].sentence() || i+1 >= len(lines) || !st[i+1].sentence() || !st[i+1].prose() {
			return 0, false
		}
		return n, true
	}
	reach := -1 // the last heading a chain reached
	for i := range lines {
		if i <= reach {
			continue
		}
		n, ok := heading(i)
		if !ok || out[i].Boilerplate || out[i+1].Boilerplate {
			continue
		}
		// Follow the chain n+1, n+2… down the page.
		for k := i + 1; k < len(lines); k++ {
			m, ok := itemNumber(lines[k])
			if !ok {
				continue
			}
			if m != n+1 {
				break // a list that starts again, or another list
			}
			if _, ok := heading(k); !ok {
				break
			}
			out[k].keep()
			reach = k
			for j := k + 1; j < len(lines) && st[j].sentence() && out[j].P < sectionThreshold; j++ {
				out[j].keep()
			}
			n = m
		}
	}
}

// The bounds of keepNumberedSections: the most words of a numbered
// heading, and the probability a heading or a sentence of a section needs
// to be removed.
const (
	sectionHeadWords = 15
	sectionThreshold = 0.995
)

// SectionNumber returns the number a numbered section's heading opens with
// ("3. Split the line" gives 3): a short line numbered as a list's item.
func SectionNumber(l string) (int, bool) {
	n, ok := itemNumber(l)
	return n, ok && countFields(l, sectionHeadWords+1) <= sectionHeadWords
}
