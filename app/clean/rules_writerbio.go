package clean

import "strings"

// bioSubjectVerbs follow the writer's name at the start of a bio ("Dana
// Reyes is ...", "Dana spends ...", "Dana Reyes serves as ...").
var bioSubjectVerbs = phrases("is|was|has|spends|serves|writes|covers|lives|works|blogs")

// writerLabels open a short line that names the page's writer near their
// bio ("Written by Dana Reyes", "Author: Dana Reyes", "Read more by Dana
// Reyes", "About Dana Reyes").
var writerLabels = []string{"by ", "written by ", "author: ", "author ", "posted by ", "read more by ", "more by ", "posts by ", "about "}

// bioSubject returns the name a paragraph opens on as its subject ("Dana
// Reyes is a ...", "Dana spends her days ..."), lower-cased, or "".
func bioSubject(text string) string {
	f := strings.Fields(text)
	for p := 1; p < len(f) && p <= 3; p++ {
		if bioSubjectVerbs[f[p]] {
			return strings.ToLower(strings.Join(f[:p], " "))
		}
		if !startsUpper(f[p]) {
			return ""
		}
	}
	return ""
}

// bioRoles name a writer's trade in their bio.
var bioRoles = matcherOf("writer|editor|blogger|author|journalist|reporter|contributor|columnist|correspondent|freelance")

// personal reports whether a bio speaks of a person: by a pronoun ("she
// lives in ...") or their trade ("a staff writer"), not of a company ("...
// is a world leader in ...", a press release's own paragraph).
func personal(b *block) bool {
	for _, w := range [...]string{"he", "she", "his", "her", "i"} {
		if containsWord(b.low, w) {
			return true
		}
	}
	return bioRoles.anyIn(b)
}

// writerLine reports whether a short line of the page names the writer
// called name (lower case) after a writer's label ("Author: Dana Reyes",
// "Read more by Dana Reyes"): by the name's first word, or its last
// ("Written by Chris Beaumont" for "Christopher Beaumont").
func (d *doc) writerLine(name string) bool {
	f := strings.Fields(name)
	for _, b := range d.blocks {
		if b.nw < 2 || b.nw > 6 {
			continue
		}
		for _, l := range writerLabels {
			rest, ok := strings.CutPrefix(b.low, l)
			if ok && l == "about " && !isNameLine(b.text[len(l):]) {
				continue // "About Reuters": a company's paragraph under it
			}
			if ok && (containsWord(rest, f[0]) || len(f) > 1 && containsWord(rest, f[len(f)-1])) {
				return true
			}
		}
	}
	return false
}

// ruleWriterBio removes the bio of the page's writer that the classifier
// kept under the article ("Dana Reyes is the founder of ...; she lives in
// ..."): a paragraph opening on the writer's name, named so on a short line
// of the page ("Written by Dana Reyes", "Read more by Dana Reyes") or in the
// byline, below two paragraphs of the article and with more of the
// article's words above it than kept below. A bio under the byline, above
// the article, stays.
func ruleWriterBio(d *doc) {
	above, total := 0, 0
	for _, b := range d.blocks {
		if b.kept() {
			total += b.nw
		}
	}
	seen, prose := 0, 0
	for i, b := range d.blocks {
		if !b.kept() {
			continue
		}
		seen += b.nw
		if b.prose() {
			prose++
		}
		if b.kind != "paragraph" || b.nw < 10 || b.nw > 200 || prose < 3 {
			continue
		}
		above = seen - b.nw
		if above <= total-seen {
			continue
		}
		name := bioSubject(b.text)
		if name == "" || !personal(b) {
			continue
		}
		if d.writerLine(name) || strings.Contains(name, " ") && d.bylineHolds(name) {
			d.remove(i, ReasonBio)
		}
	}
}
