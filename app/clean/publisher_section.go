package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/boiler"
)

// sectionNews reports whether a title line's site part is a section's
// label, "<Section> News", the section one of the page's menu entries:
// Hürriyet Daily News' "... - Türkiye News" over its menu's "TÜRKİYE";
// not the masthead that opens the page past its skip links ("CNET", whose
// "CNET News" is the site's; CBC's "CBC").
func (d *doc) sectionNews(site string) bool {
	sec, ok := strings.CutSuffix(site, " News")
	if !ok || words(sec) > 2 {
		return false
	}
	k := undotted(lower(sec))
	first := true // the line the page opens with past its title is its masthead ("CNET" over "News")
	for _, b := range d.blocks[1:] {
		if b.removed == ReasonEmpty || hasPrefixAny(b.low, "skip ", "jump to ") {
			continue
		}
		same := undotted(b.k) == k
		if first && same {
			return false
		}
		if same && (b.removed == ReasonNav || b.removed == boiler.ReasonHeader) && b.nw <= 2 {
			return true
		}
		first = false
	}
	return false
}

// undotted writes the Turkish capital İ, which lower leaves as it is
// ("TÜRKİYE" lowers to "türkİye"), and the dot above that other
// lower-casings leave ("türki̇ye"), as a plain i, so that a menu's
// capitals match the title's "Türkiye".
func undotted(s string) string {
	return dotlessI.Replace(s)
}

// dotlessI is undotted's replacer, made once.
var dotlessI = strings.NewReplacer("İ", "i", "i\u0307", "i")

// mastheadGuess reports whether masthead m, a page's first line with no
// title line over it, is a guess that a weak cue's name ("Follow Harbour
// Eats") outweighs: the page's furniture names m once, on its own line
// ("City", a city picker's button), and name three times at least, no
// writer the page credits.
func (d *doc) mastheadGuess(m, name string) bool {
	return len(d.blocks) > 0 && d.blocks[0].kind != "title" && d.mentions(m) <= 1 && d.mentions(name) >= 3 && !d.postsBy(name)
}

// spelledOut returns the name of names whose words' initials spell
// acronym, two to four capitals ("DG" of "Desiring God", "The Harbour
// Gazette" for "HG"), or "".
func spelledOut(acronym string, names []string) string {
	if len(acronym) < 2 || len(acronym) > 4 || strings.Trim(acronym, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return ""
	}
	for _, n := range names {
		var in strings.Builder
		for _, w := range strings.Fields(strings.TrimPrefix(n, "The ")) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				in.WriteRune(r)
			}
		}
		if in.String() == acronym && words(n) >= 2 {
			return n
		}
	}
	return ""
}
