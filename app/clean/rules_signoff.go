package clean

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/dossierapp/dossier/app/parse"
)

// wireSignoffs are the agencies' names a wire story signs off with, alone
// on its last line: "Reuter" (as Reuters signed its stories in the
// 1980s), "REUTERS", "AFP". One in lower case is no sign-off.
var wireSignoffs = []string{"Reuter", "REUTER", "Reuters", "REUTERS", "AFP", "AP", "UPI", "dpa", "ANSA", "EFE", "Xinhua", "XINHUA"}

// ruleWireSignoff removes a wire story's sign-off, the agency's name alone
// on its last line under the story's text (ReasonSignoff). It names no
// publisher: the wire's stories on a member's site sign off so too, and a
// dossier of one wire's stories given a publisher would find each
// recurring report's headline ("GRAIN SHIPS LOADING AT PORTLAND") a line
// of its template.
func ruleWireSignoff(d *doc) {
	dashedSignoffs(d)
	afpSlugs(d)
	last := lastKept(d)
	if last < 1 || editorInitials(d, last) {
		return
	}
	if b := d.blocks[last]; b.kind == "paragraph" && b.nw > 3 {
		// Run into the story's last sentence by a wrapped line: "... in
		// the 1987/88 price round. Reuter".
		b.cutSpans(gluedSignoff, ReasonSignoff)
		return
	}
	if !slices.Contains(wireSignoffs, strings.Trim(d.blocks[last].text, " .-()")) {
		return
	}
	for _, b := range d.blocks[:last] {
		if b.kept() && b.kind != "title" {
			d.remove(last, ReasonSignoff)
			return
		}
	}
}

// lastKept returns the index of the last kept block, or -1.
func lastKept(d *doc) int {
	last := len(d.blocks) - 1
	for last >= 0 && !d.blocks[last].kept() {
		last--
	}
	return last
}

// editorInitials reports whether the last kept block, last, is two or
// three letters in lower case, and removes it when it stands under the
// story's last sentence: Interfax's editor's initials, "al". Not under
// another short line, which would be the last line once they go
// (FuzzClean: 'aaa' over 'aa').
func editorInitials(d *doc, last int) bool {
	t := d.blocks[last].text
	if (len(t) < 2 || len(t) > 3 || strings.Trim(t, "abcdefghijklmnopqrstuvwxyz") != "") && !deskInitials(t) {
		return false
	}
	p := last - 1
	for p >= 0 && !d.blocks[p].kept() {
		p--
	}
	if p >= 0 && (endsSentence(d.blocks[p].keptText()) || strings.HasSuffix(d.blocks[p].keptText(), "(end)")) {
		// (KUNA's stories close on "(end)" over the desk's initials)
		d.remove(last, ReasonSignoff)
	}
	return true
}

// deskInitials reports whether t is the initials of a wire's desk, two
// to four groups of two to four letters in lower case parted by dots or
// slashes, as the Kuwait News Agency ("aam.gta") and EFE ("jmr/lb/cs")
// close their stories.
func deskInitials(t string) bool {
	if len(t) > 19 {
		return false // (a paragraph: no need to split it)
	}
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == '.' || r == '/' })
	if len(parts) < 2 || len(parts) > 4 || len(t) > 19 || strings.Trim(t, "abcdefghijklmnopqrstuvwxyz./") != "" || strings.Contains(t, "..") || strings.Contains(t, "//") {
		return false
	}
	for _, p := range parts {
		if len(p) < 2 || len(p) > 4 {
			return false
		}
	}
	return t[0] != '.' && t[0] != '/' && t[len(t)-1] != '.' && t[len(t)-1] != '/'
}

// ruleInitialsAgain removes the editor's initials (see editorInitials)
// that the lines the rules after ruleWireSignoff removed stood under (a
// bar of links to the next post, "Next »"): a cleaning of the rendering
// meets them last (FuzzClean).
func ruleInitialsAgain(d *doc) {
	if last := lastKept(d); last >= 1 {
		editorInitials(d, last)
	}
}

// dashedSignoffs removes a wire's sign-off written after a dash on a line
// of its own under the story's prose, wherever it stands (Bernama's "--
// BERNAMA" over the agency's blurb): the dash says it is one, which a
// bare name alone says only as the last line.
func dashedSignoffs(d *doc) {
	p := d.firstProse()
	if p < 0 {
		return
	}
	for i := p + 1; i < len(d.blocks); i++ {
		b := d.blocks[i]
		if !b.kept() || b.nw > 2 || !hasPrefixAny(b.text, "--", "—", "–", "==", "(") {
			continue
		}
		if placeDateStamp(b.text) != "" {
			d.remove(i, ReasonMetadata) // EconomyNext's "(Colombo/Dec2/2026)"
			continue
		}
		if in, ok := strings.CutPrefix(b.text, "("); ok && b.nw == 1 && strings.HasSuffix(in, ")") && afpSlug(in[:len(in)-1]) {
			// detik's and CNN Indonesia's editors' initials in
			// parentheses under the story, "(rwl/abc)": the
			// parentheses say what a bare slug's agency would.
			d.remove(i, ReasonSignoff)
			continue
		}
		name := strings.TrimSpace(strings.TrimLeft(b.text, "-—–= ")) // and Kyodo's "==Kyodo"
		if slices.Contains(wireSignoffs, name) || parse.NationalAgency(name) || nationalSignoffs[name] {
			d.remove(i, ReasonSignoff)
		}
	}
}

// placeDateStamp returns the date of the stamp EconomyNext closes its
// stories with, the place, the month's name run into the day, and the year
// in parentheses ("(Colombo/Dec2/2026)" gives "2026-12-02"), or "".
func placeDateStamp(s string) string {
	if len(s) < 2 || s[0] != '(' || s[len(s)-1] != ')' {
		return "" // before the split, which most lines would pay for
	}
	f := strings.Split(strings.TrimSuffix(strings.TrimPrefix(s, "("), ")"), "/")
	if len(f) != 3 || len(s) < 2 || s[0] != '(' || s[len(s)-1] != ')' || !startsUpper(f[0]) || len(f[2]) != 4 || leadingDigits(f[2]) != 4 {
		return ""
	}
	k := strings.IndexFunc(f[1], unicode.IsDigit)
	if k < 3 || leadingDigits(f[1][k:]) != len(f[1])-k {
		return ""
	}
	m := monthNum[strings.ToLower(f[1][:k])]
	day, _ := strconv.Atoi(f[1][k:])
	year, _ := strconv.Atoi(f[2])
	return ymd(year, m, day)
}

// afpSlugs removes Agence France-Presse's desk slug under a story its
// partners carry ("bur-ams/jm", "sst/ser": the bureau's and the editors'
// initials in lower case), on a page that names the agency.
func afpSlugs(d *doc) {
	p := d.firstProse()
	if p < 0 {
		return
	}
	for i := p + 1; i < len(d.blocks); i++ {
		if b := d.blocks[i]; b.kept() && b.nw == 1 && afpSlug(b.text) && d.namesAFP() {
			d.remove(i, ReasonSignoff)
		}
	}
}

// afpSlug reports whether s is a desk slug's shape: runs of two to five
// lower-case letters joined by hyphens, with a slash or two between them.
func afpSlug(s string) bool {
	if len(s) < 5 || len(s) > 24 || !strings.Contains(s, "/") || strings.HasPrefix(s, "dd/") {
		return false
	}
	run := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z':
			if run++; run > 5 {
				return false
			}
		case (c == '/' || c == '-') && run >= 2:
			run = 0
		default:
			return false
		}
	}
	return run >= 2
}

// namesAFP reports whether a line of the page names Agence France-Presse.
func (d *doc) namesAFP() bool {
	for _, b := range d.blocks {
		if strings.Contains(b.text, "AFP") || strings.Contains(b.text, "Agence France-Presse") {
			return true
		}
	}
	return false
}

// nationalSignoffs are national agencies' sign-offs in their own case, the
// acronyms of parse.NationalAgency aside: Bernama's, Yonhap's, Kyodo's,
// the Press Trust of India's.
var nationalSignoffs = phrases("Bernama|BERNAMA|Yonhap|YONHAP|Kyodo|KYODO|PTI|IANS|AAP|TASS|Anadolu")

// gluedSignoff returns the span of a sign-off that ends s after a full
// sentence (" Reuter" of "... price round. Reuter"), or -1.
func gluedSignoff(s string) (int, int) {
	k := strings.LastIndexByte(s, ' ')
	if k < 1 || !slices.Contains(wireSignoffs, s[k+1:]) || !strings.ContainsRune(".!?\"”", rune(s[k-1])) {
		return -1, -1
	}
	return k, len(s)
}
