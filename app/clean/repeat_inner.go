package clean

import (
	"strings"
	"unicode"

	"github.com/dossierapp/dossier/app/parse"
)

// restoreInnerRepeats brings back the repeats that stand inside the text
// the classifier kept: the classifier keeps the line (keep), the nearest
// lines above and below it that are no repeats themselves are kept, and its
// copy is no headline (h, a title line, or a line above the first
// paragraph of prose: the page's header). A technical article says a
// command's output, a line of code or a record's field again and again
// ("1 files updated, 0 files merged", "Document Type: Journal articles"),
// a list of questions stands as its contents over the sections they head:
// each is the text's own, where a repeated lede, a caption's copy or a menu
// said twice stands among lines the page's header or sidebar holds. On
// the corpus's dev pages by site (cleanbench -cv -bysite): 72 lines toward
// their labels (575 words), 3 away (26 words); without their title lines
// 76 (616 words) and 7 (75 words). A line of marks alone beside it (a
// closing bracket, "[...]") is passed over, and a repeat the classifier
// kept comes back whatever its score (a query's clause among its listing's
// lines): 41 lines toward their labels (340 words), 2 away (30 words);
// without title lines 41 (335) and 2 (30).
func (d *doc) restoreInnerRepeats(h int, keep func(i int) bool) {
	var back []int
	first := d.firstProse()
	for i, twin := range d.twins {
		b := d.blocks[i]
		if b.removed != ReasonRepeated || twin == h || twin < first || d.blocks[twin].kind == "title" || !keep(i) ||
			statement(b) || statement(d.blocks[twin]) || hasSuffixAny(b.text, "...", "…") ||
			parse.IsCredit(strings.Trim(b.text, "()[] ")) || bracketedCredit(b) {
			// (a paragraph said twice, either copy a statement, is a
			// standfirst, a pull quote or the page's copy of the
			// article; a line cut short, a teaser's; a picture's
			// credit, its caption's)
			continue
		}
		if d.keptBeside(i, -1, twin) && d.keptBeside(i, 1, twin) {
			back = append(back, i)
		}
	}
	for _, i := range back {
		d.blocks[i].removed = ""
	}
}

// innerRepeatThreshold is the probability a repeat restoreInnerRepeats
// brings back may have of being boilerplate.
const innerRepeatThreshold = 0.7

// proseRepeatWords is the fewest words of a statement restoreInnerRepeats
// leaves removed.
const proseRepeatWords = 12

// statement reports whether b is a sentence of proseRepeatWords words or
// more that ends as a statement does, with a full stop or an exclamation
// mark (a question is a heading as often).
func statement(b *block) bool {
	s := strings.TrimRight(b.text, " \"”’')")
	return b.nw >= proseRepeatWords && (strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!"))
}

// bracketedCredit reports whether b is a short line in parentheses that
// joins two names by a slash, a photographer and an agency ("(Jane
// Roe/Associated Press)").
func bracketedCredit(b *block) bool {
	t := strings.TrimSpace(b.text)
	return b.nw <= 6 && strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && strings.Contains(t, "/")
}

// keptBeside reports whether the nearest line above (step -1) or below
// (step 1) block i that has words and is no repeat is kept, and is not its
// copy twin (a standfirst over the paragraph that repeats it). A line of
// marks alone, with no letter or digit (a listing's closing bracket, an
// output's elision "[...]", a table's rule), says nothing of where the
// repeat stands: the classifier takes it for a share bar's glyph.
func (d *doc) keptBeside(i, step, twin int) bool {
	for k := i + step; k >= 0 && k < len(d.blocks); k += step {
		b := d.blocks[k]
		if r := b.removed; r != ReasonEmpty && r != ReasonRepeated && !marksOnly(b.text) {
			return r == "" && k != twin
		}
	}
	return false
}

// marksOnly reports whether s has no letter or digit.
func marksOnly(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
}
