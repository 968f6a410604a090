package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The seed spinner swaps a word for a WordNet first-sense synonym whatever
// its part of speech. spinFunction are its swaps of function words; spinContent
// a few of its content-word swaps.
var (
	spinFunction = map[string]string{
		"in": "successful", "be": "beryllium", "as": "arsenic", "at": "astatine", "on": "connected",
		"about": "astir", "will": "volition", "me": "maine", "us": "america", "just": "conscionable",
	}
	spinContent = map[string]string{
		"visit": "sojourn", "official": "authoritative", "hold": "clasp", "threat": "menace",
		"strategic": "strategical", "training": "grooming", "continue": "proceed", "global": "planetary",
	}
)

// spin applies the spinner's swaps in table to every word of text it lists,
// keeping capitals, and returns the spun text and the number of swaps.
func spin(text string, tables ...map[string]string) (string, int) {
	var sb strings.Builder
	n := 0
	for i := 0; i < len(text); {
		if !isWordByte(text[i]) {
			sb.WriteByte(text[i])
			i++
			continue
		}
		j := i
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		w := text[i:j]
		// Only whole words: not "U.S" pieces or words glued to an apostrophe.
		glued := i > 0 && (text[i-1] == '\'' || text[i-1] == '.' || text[i-1] == '-') || j < len(text) && (text[j] == '\'' || text[j] == '-')
		out := w
		for _, t := range tables {
			if s, ok := t[strings.ToLower(w)]; ok && !glued && (w == strings.ToLower(w) || i == 0 || isCap(w)) {
				out = matchCase(s, w)
				n++
				break
			}
		}
		sb.WriteString(out)
		i = j
	}
	return sb.String(), n
}

func isCap(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && strings.ToLower(w[n:]) == w[n:]
}

// spunSources are clean article texts: the rendered bodies of the seeds that
// are not spun (the titles left out, so that every line is prose).
func spunSources(t *testing.T) map[string]string {
	out := map[string]string{}
	for _, p := range []string{"000", "001", "003", "004"} {
		files, _ := filepath.Glob("../../testdata/" + p + "_*.txt")
		if len(files) != 1 {
			t.Fatalf("seed %s missing", p)
		}
		raw, _ := os.ReadFile(files[0])
		r := Clean(string(raw))
		var paras []string
		for _, b := range r.Body() {
			if b.Kind == "paragraph" {
				paras = append(paras, b.Text())
			}
		}
		out[p] = strings.Join(paras, "\n\n") + "\n"
	}
	return out
}

// TestSpunFunctionWords spins the function words of the clean seeds and checks
// that cleaning repairs every swap: the spun text cleans to what the original
// cleans to. The originals themselves must not change.
func TestSpunFunctionWords(t *testing.T) {
	for name, orig := range spunSources(t) {
		ro := Clean(orig)
		if len(ro.Repairs()) != 0 {
			t.Errorf("%s: clean original repaired: %v", name, ro.Repairs())
		}
		spun, n := spin(orig, spinFunction)
		if n < 5 {
			t.Fatalf("%s: only %d swaps", name, n)
		}
		rs := Clean(spun)
		if got, want := bodyText(rs), bodyText(ro); got != want {
			t.Errorf("%s: %d swaps; spun text cleans to\n%s\nwant\n%s", name, n, diffWords(got, want), "")
		}
	}
}

// TestSpunContentWords spins function and content words: every function-word
// swap is repaired, and every repair made is right.
func TestSpunContentWords(t *testing.T) {
	for name, orig := range spunSources(t) {
		spun, _ := spin(orig, spinFunction, spinContent)
		rs := Clean(spun)
		got := bodyText(rs)
		ow, gw := strings.Fields(bodyText(Clean(orig))), strings.Fields(got)
		if len(ow) != len(gw) {
			t.Errorf("%s: %d words, want %d", name, len(gw), len(ow))
			continue
		}
		for i := range ow {
			if ow[i] == gw[i] {
				continue
			}
			if _, ok := spinFunction[strings.ToLower(strings.Trim(ow[i], ",.;:\"“”'’()"))]; ok {
				t.Errorf("%s: function word %q left as %q", name, ow[i], gw[i])
			}
			if _, ok := spinContent[strings.ToLower(strings.Trim(ow[i], ",.;:\"“”'’()"))]; !ok {
				t.Errorf("%s: %q became %q", name, ow[i], gw[i])
			}
		}
	}
}

// bodyText is the article's kept paragraphs, one a line.
func bodyText(r Result) string {
	var out []string
	for _, b := range r.Body() {
		if b.Kind == "paragraph" {
			out = append(out, b.Text())
		}
	}
	return strings.Join(out, "\n")
}

// diffWords shows the words of got that differ from want.
func diffWords(got, want string) string {
	g, w := strings.Fields(got), strings.Fields(want)
	var out []string
	for i := 0; i < len(g) && i < len(w); i++ {
		if g[i] != w[i] {
			lo := max(0, i-3)
			out = append(out, strings.Join(g[lo:min(len(g), i+3)], " ")+"  (want "+w[i]+")")
		}
	}
	if len(g) != len(w) {
		out = append(out, "word counts differ")
	}
	return strings.Join(out, "\n")
}

// TestSpunBBC spins the function words of clean BBC articles (when the corpus
// is present) and counts the swaps left unrepaired and the words changed
// wrongly: every spun article's repairs must be right.
func TestSpunBBC(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	arts := loadBBC(t, 400)
	if arts == nil {
		t.Skip(bbcPath + " absent")
	}
	swaps, left, wrong, words := 0, 0, 0, 0
	var examples []string
	for _, a := range arts {
		want := strings.Fields(bodyText(Clean(a)))
		spun, n := spin(a, spinFunction)
		got := strings.Fields(bodyText(Clean(spun)))
		if len(got) != len(want) {
			continue // a block split or kept differently; not a repair question
		}
		swaps += n
		words += len(want)
		for i := range want {
			if got[i] == want[i] {
				continue
			}
			w := strings.ToLower(strings.Trim(want[i], ",.;:\"“”'’()"))
			if _, ok := spinFunction[w]; ok {
				left++
			} else {
				wrong++
				if len(examples) < 20 {
					examples = append(examples, want[i]+"→"+got[i])
				}
			}
		}
	}
	t.Logf("BBC spun: %d articles, %d swaps, %d left unrepaired (%.1f%%), %d words changed wrongly %v",
		len(arts), swaps, left, 100*float64(left)/float64(max(swaps, 1)), wrong, examples)
	// Only function words are spun here, but the article counts as spun, so
	// the news model may repair content words too: the bound on
	// wrong repairs in spun text is 1 in 10,000 words.
	if wrong*10000 > words {
		t.Errorf("%d words changed wrongly in %d", wrong, words)
	}
	if left*100 > swaps*15 {
		t.Errorf("%d of %d swaps left unrepaired", left, swaps)
	}
}

// TestSpunHave: in a spun article, the spinner's "person" for the
// auxiliary "have" is repaired between a subject and a past participle;
// the noun "person" stays ("a person familiar", "every person
// interviewed"), and so does any "person" in an article that is not spun.
func TestSpunHave(t *testing.T) {
	orig := "Officials have warned that the talks will be held in March, and they have been clear about the risks. " +
		"Pyongyang and Moscow have drawn closer as relations with the West sour, according to a person familiar with the talks. " +
		"The minister will visit the region on Monday and will be in Seoul at the end of the week. " +
		"Every person interviewed said the visit was about trade, and we have seen no sign of a military deal."
	spun, _ := spin(orig, spinFunction, map[string]string{"have": "person"})
	got := Clean("Talks resume\n\n" + spun + "\n").Render()
	for _, want := range []string{"Officials have warned", "they have been clear", "Moscow have drawn", "we have seen",
		"a person familiar", "Every person interviewed"} {
		if !strings.Contains(got, want) {
			t.Errorf("repaired text lacks %q:\n%s", want, got)
		}
	}
	clean := "Talks resume\n\nOfficials said a person familiar with the plan and the person charged on Monday were both questioned.\n"
	if r := Clean(clean); len(r.Repairs()) != 0 {
		t.Errorf("a clean article was repaired: %v", r.Repairs())
	}
}

// TestSuccessfulLeftAsAdjective: in a spun article, "successful" stays an
// adjective where one stands naturally: after "as" or an adverb in -ly,
// before a conjunction or preposition, after a spun determiner, and after
// a degree word before a determiner ("how successful the Jaguars").
func TestSuccessfulLeftAsAdjective(t *testing.T) {
	toks := func(s string) []token { return tokenize([]Segment{{Text: s}}, s, lower(s)) }
	for _, c := range []struct {
		text string
		at   int
	}{
		{"She is as successful in the role as anyone", 3},
		{"the enormously successful GameBoy handheld sold well", 2},
		{"artists sol successful and talented", 2},
		{"he is angstrom successful businessman and investor", 3},
		{"it reflected how successful the Jaguars have been", 3},
		{"has been so successful that Daniel stayed", 3},
	} {
		tk := toks(c.text)
		if tk[c.at].low != "successful" {
			t.Fatalf("%q: token %d is %q", c.text, c.at, tk[c.at].low)
		}
		if got := spunRepair(tk, c.at); got != "" {
			t.Errorf("%q: successful repaired to %q", c.text, got)
		}
	}
	// Still repaired where no adjective stands: before a place's name, and
	// between a noun and the words after it where the article's spinner
	// swaps "in" for "successful" (a surer repair of it elsewhere), not in
	// an article with no other sign of it.
	if got := spunRepair(toks("troops are training successful Russia"), 3); got != "in" {
		t.Errorf("before a name: successful repaired to %q, want in", got)
	}
	between := toks("an escalation successful tensions")
	if got := phraseRepair(between, 2, false); got != "" {
		t.Errorf("between words, no other sign: successful repaired to %q", got)
	}
	if got := phraseRepair(between, 2, true); got != "in" {
		t.Errorf("between words, in an article that swaps in: successful repaired to %q, want in", got)
	}
}

// TestNamesNotRepaired: a function word's spun form written with a capital
// within a sentence is part of a name ("August Connected Educator Month",
// "Successful Farming magazine"), which a spinner leaves alone; at a
// sentence's start it is still repaired.
func TestNamesNotRepaired(t *testing.T) {
	toks := func(s string) []token { return tokenize([]Segment{{Text: s}}, s, lower(s)) }
	for _, c := range []struct {
		text string
		at   int
	}{
		{"the department declared August Connected Educator Month", 4},
		{"she wrote for Successful Farming magazine", 3},
	} {
		tk := toks(c.text)
		if got := spunRepair(tk, c.at); got != "" {
			t.Errorf("%q: %q repaired to %q", c.text, tk[c.at].word, got)
		}
	}
	if got := spunRepair(toks("Successful the region, troops gathered"), 0); got != "In" {
		t.Errorf("at a sentence's start: repaired to %q, want In", got)
	}
}

// TestLoneWordNeedsFullMargin: in a spun article, a word alone between
// punctuation has no neighbours to judge by; the counts of its readings
// alone ("also" is far more common than "besides") repair no writer's
// "Besides,", while the spun words with neighbours around it still are.
func TestLoneWordNeedsFullMargin(t *testing.T) {
	text := "Story\n\nThe angstrom plan was announced successful March. Besides, the technical team volition work connected it successful the coming weeks, and the officials hold said that they would beryllium ready.\n\nIt is arsenic simple arsenic that, the spokesman said astatine the meeting.\n"
	r := Clean(text)
	var body []string
	for _, b := range r.Body() {
		body = append(body, b.Text())
	}
	got := strings.Join(body, "\n")
	if !strings.Contains(got, "Besides, the technical team will work on it in the coming weeks") {
		t.Errorf("cleaned text:\n%s", got)
	}
}
