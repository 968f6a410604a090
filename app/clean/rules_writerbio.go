package clean

import (
	"strings"

	"github.com/dossierapp/dossier/app/parse"
)

// bioSubjectVerbs follow the writer's name at the start of a bio ("Dana
// Reyes is ...", "Dana spends ...", "Dana Reyes serves as ..."), each
// between spaces.
const bioSubjectVerbs = " is was has spends serves writes covers lives works blogs "

// writerLabels open a short line that names the page's writer ("Written by
// Dana Reyes", "Author: Dana Reyes", "Read more by Dana Reyes", "About
// Dana Reyes").
var writerLabels = []string{"by ", "written by ", "author: ", "author ", "posted by ", "read more by ", "more by ", "posts by ", "about "}

// bioSubject returns the first and last words, lower-cased, of the name a
// paragraph opens on as its subject ("Dana Reyes is a ...", "Dana spends
// her days ..."), or "", "".
func bioSubject(text string) (first, last string) {
	var buf [5]string
	f := parse.AppendFields(buf[:0], text, len(buf))
	for p := 1; p < len(f) && p <= 3; p++ {
		if contains(bioSubjectVerbs, " "+f[p]+" ") {
			return strings.ToLower(f[0]), strings.ToLower(f[p-1])
		}
		if !startsUpper(f[p]) {
			break
		}
	}
	return "", ""
}

// writerLine reports whether a short line of the page names the writer
// after a writer's label, by their first name or their last ("Written by
// Chris Beaumont" for "Christopher Beaumont"); "About" only over a name
// ("About Reuters" heads a company's paragraph).
func (d *doc) writerLine(first, last string) bool {
	for _, b := range d.blocks {
		if b.nw < 2 || b.nw > 6 || !hasPrefixAny(b.low, writerLabels...) || strings.HasPrefix(b.low, "about ") && !isNameLine(b.text[6:]) {
			continue
		}
		if containsWord(b.low, first) || containsWord(b.low, last) {
			return true
		}
	}
	return false
}

// ruleWriterBio removes the bio of the page's writer that the classifier
// kept under the article ("Dana Reyes is the founder of ...; she lives in
// ..."): a paragraph opening on the writer's name, which a short line of
// the page gives as the writer's ("Written by Dana Reyes", "Read more by
// Dana Reyes"), speaking of a person (a pronoun or a writer's trade, not a
// company's "... is a world leader in ..."), below two paragraphs of the
// article and with more of the article's words above it than kept below.
// A bio under the byline, above the article, stays. So does a bio under
// its heading ("About the author", "About Dana") in the first person ("Hi,
// I'm Dana. ...") or, under "About the author", opening on a name: it goes
// with its heading (aboutHead).
func ruleWriterBio(d *doc) {
	tailWriterLine(d)
	total := 0
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
		if b.kind != "paragraph" || b.nw < 10 || b.nw > 200 || prose < 3 || seen-b.nw <= total-seen {
			continue
		}
		if aboutHead(d, i) {
			if d.blocks[i-1].kept() {
				d.remove(i-1, ReasonBio)
			}
			d.remove(i, ReasonBio)
			continue
		}
		first, last := bioSubject(b.text)
		if first != "" && (containsWord(b.low, "he") || containsWord(b.low, "she") || containsWord(b.low, "his") || containsWord(b.low, "her") ||
			b.hasAny("writer", "editor", "blogger", "author", "journalist", "reporter", "contributor", "columnist", "correspondent", "freelance") ||
			researcherBio(b)) &&
			d.writerLine(first, last) {
			d.remove(i, ReasonBio)
		}
	}
}

// researcherBio reports whether paragraph b, opening on a name, gives a
// research centre's or a think tank's trade, as their pages close on their
// writers: Pew's "Naomi Forsyth is a research associate focusing on ...
// at Pew Research Center.", "... is a senior fellow at ...".
func researcherBio(b *block) bool {
	return b.nw <= 40 && b.hasAny("researcher", "research associate", "research fellow", "fellow at ", "fellow in ", "analyst")
}

// aboutHead reports whether paragraph i of d is a bio under its heading,
// the block right above it: "About the author" over a paragraph opening on
// a name ("Dana Reyes is ...") or in the first person, "About Dana" or
// "About me" over one in the first person ("Hi, I'm Dana. I live in ...",
// "I founded this blog ..."; a single name said in its opening).
func aboutHead(d *doc, i int) bool {
	if i == 0 {
		return false
	}
	h := d.blocks[i-1]
	name, ok := strings.CutPrefix(strings.TrimRight(h.low, ": "), "about ")
	if !ok || h.nw > 4 {
		return false
	}
	b := d.blocks[i]
	if hasPrefixAny(b.low, "hi, i'm ", "hi, i’m ", "hi! i'm ", "i'm ", "i’m ", "i am ", "my name is ", "i founded ", "i started ") {
		return name == "the author" || name == "me" || isNameLine(h.text[6:]) || containsWord(b.low[:min(len(b.low), 30)], name)
	}
	first, _ := bioSubject(b.text)
	return name == "the author" && first != ""
}
