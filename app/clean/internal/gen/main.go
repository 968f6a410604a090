// Command gen writes app/clean/spin_table.dat: the reverse table of the
// synonym spinner (spun word → the words it may have replaced) from WordNet
// 3.0, and a context model of news English, pruned bigram counts of news
// prose around the table's words with word classes (classes.go) for the
// pairs it does not list, and confusion models
// of the most frequent swaps, weights of the words around a use
// (confuse.go). Run it with `go generate` in app/clean;
// WordNet is Debian's wordnet-base (/usr/share/wordnet), the news text the
// BBC and Reuters corpora in ../shared/corpora and, with -web, the news
// prose of the dev pages of half the sites of the boilerplate corpus's
// L3S-GN1 (Google News 2007–2008) and Dragnet (news and blogs 2012) sets
// (web.go; the other half is app/clean's other news, the test pages are
// never read), whose pairs it counts; the word classes are learned from
// the BBC and Reuters text alone (-webclasses: from the web prose too,
// which cost a swap of the seed 002 for a few more undone). The
// corpora are for research use (L3S-GN1) or AGPL-3.0 (Dragnet): the table
// keeps counts of word pairs seen three times or more, quantised, from which
// no text can be read back; never text.
//
// The spinner replaces a word w with a synonym from w's first synset of each
// part of speech. For each common word w (frequent in news prose) and each
// word s of those synsets, the table maps s back to w; a spun word that no
// common word stands for is mapped back to the rarer words (minRareOrig)
// the spinner swaps it in for ("wed" to "marry"); where a common word
// stands for it, those rarer words are listed after "?", as the doubt
// that the writer wrote one ("jilted": "rejected", ? "spurned"), not as
// candidates. British and American
// spellings of a word are listed apart, as "v" lines (variants.go).
//
// Every fifth BBC article (its line number in bbc.jsonl divisible by 5) is
// held out of the model, for the tests to spin and repair (HeldOut); -fold k
// holds out the k-th fifth of each source, the web pages' too.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"sort"
	"strings"

	"github.com/dossierapp/dossier/app/clean/internal/numeral"
	"github.com/dossierapp/dossier/app/clean/internal/wordnet"
)

// minCommon is how often a word must occur in the news text to count as a
// common word the spinner's swaps of which the table undoes.
const minCommon = 10

// minRareOrig is how often a word rarer than minCommon must occur for the
// table to list it as the original of a spun word that no common word
// stands for ("wed" for "marry", "concealment" for "hiding").
const minRareOrig = 3

// minPair is the least count of a word pair the model keeps: rarer pairs
// would let a reader piece sentences back together.
const minPair = 3

// minClassPair is the least count of a pair of word classes the model
// keeps; a pair of classes seen less is read as seen half a time.
const minClassPair = 2

// minWire is how often a word the BBC never writes must occur in the
// Reuters text to count as the wire's shorthand ("pct", "mln", "dlrs").
const minWire = 300

// maxSenses is how many of a word's first senses (per part of speech) the
// spinner may draw synonyms from.
const maxSenses = 1

// maxRare is how often a spun word may occur in the news text and still
// tell of a spinner.
const maxRare = 8

// maxUnlisted is how many of the rarer originals of a spun word that a
// common word stands for the table lists after "?" (unlisted).
const maxUnlisted = 3

// unlistedPart returns the "?" part of a spun word's line: its rarer
// originals u, fanned ("" for none).
func unlistedPart(wn *wordnet.WordNet, s string, u []string) string {
	if len(u) == 0 {
		return ""
	}
	return " ? " + strings.Join(fanned(wn, s, u), " ")
}

// maxCands is how many original candidates the table keeps for a spun word.
const maxCands = 6

func main() {
	dir := flag.String("wordnet", wordnet.Dir, "WordNet 3.0 dict directory")
	out := flag.String("o", "spin_table.dat", "output file")
	bbc := flag.String("bbc", "", "BBC corpus (JSON lines with a \"text\" field); every fifth article is held out")
	reuters := flag.String("reuters", "", "Reuters corpus (JSON lines with a \"text\" field)")
	confDev := flag.Bool("confdev", false, "log each confusion model's AUC on a fifth of its examples left out")
	repairs := flag.String("repairs", "", "the learned decision of the repairs (app/clean's TestLearnRepairs -learnout), copied into the table's header")
	web := flag.String("web", "", "the boilerplate corpus (pages.jsonl.gz): the news prose of half its L3S-GN1 and Dragnet dev pages (boilerpages.SpinModel), never its test pages")
	webClasses := flag.Bool("webclasses", false, "with -web: learn the word classes from the web prose too (not the table's)")
	fold := flag.Int("fold", 0, "also hold out the n-th article of each corpus where n%5 is this (1 to 4), for a model whose repairs are learned on that fold (app/clean's TestLearnRepairs)")
	flag.Parse()
	wn, err := wordnet.Load(*dir)
	if err != nil {
		log.Fatal(err)
	}
	uni := map[string]int{}       // uses of each word
	bbcUni := map[string]int{}    // uses in the BBC's articles
	lowerUni := map[string]int{}  // uses written in lower case, or capitalised at a sentence's start
	lowerOnly := map[string]int{} // uses written in lower case
	bbcLower := map[string]int{}  // the BBC's uses written in lower case
	model := map[string]int{}     // the model's words: names as NameClass
	bi := map[[2]string]int{}
	total := 0
	var runs [][]string          // joined words as the model reads them, for the classes
	runCount := map[string]int{} // uses of each model word in runs
	count := func(text string, bbcText, classText bool) {
		prev := ""
		var run []string
		toks := Tokens(text)
		for i, t := range toks {
			w := t.Word
			uni[w]++
			if bbcText {
				bbcUni[w]++
			}
			if t.Lower || t.Start {
				lowerUni[w]++
			}
			if t.Lower {
				lowerOnly[w]++
				if bbcText {
					bbcLower[w]++
				}
			}
			m := w
			if !t.Lower && !t.Start && w != "i" {
				m = NameClass // a capital within a sentence: a name
			}
			if !t.Hyphen {
				// A use before a hyphen ("non-executive") starts no
				// pair: the model counts the word's uses that may.
				model[m]++
			}
			total++
			if b := Boundary(t); b != "" && (i == 0 || !t.Joined) {
				// The run's start: a pair of the boundary and the word
				// ("^ but", ", but"), which a run's first word reads
				// instead of its count alone.
				bi[[2]string{b, m}]++
				model[b]++
			}
			if b := BoundaryAfter(toks, i); b != "" && !t.Hyphen {
				// The run's end: a pair of the word and what follows it
				// ("merely .", "along ,").
				bi[[2]string{m, b}]++
				if b == SentenceEnd {
					model[b]++
				}
			}
			if i > 0 && t.Joined {
				bi[[2]string{prev, m}]++
			} else if len(run) > 0 {
				if classText {
					runs = append(runs, run)
				}
				run = nil
			}
			run = append(run, m)
			if classText {
				runCount[m]++
			}
			prev = m
		}
		if len(run) > 0 && classText {
			runs = append(runs, run)
		}
	}
	articles := 0
	var texts []string // the articles the model reads, for the confusion models
	for _, path := range []string{*bbc, *reuters} {
		if path == "" {
			continue
		}
		n := 0
		forLines(path, func(line string) {
			held := path == *bbc && HeldOut(n) || *fold > 0 && n%5 == *fold
			n++
			if held {
				return
			}
			var a struct {
				Text string `json:"text"`
			}
			if json.Unmarshal([]byte(line), &a) == nil {
				count(a.Text, path == *bbc, true)
				texts = append(texts, a.Text)
				articles++
			}
		})
	}
	if *web != "" {
		web, err := webNews(*web)
		if err != nil {
			log.Fatal(err)
		}
		for n, a := range web {
			if *fold > 0 && n%5 == *fold {
				continue
			}
			count(a, false, *webClasses)
			texts = append(texts, a)
			articles++
		}
	}
	if total == 0 {
		log.Fatal("no news text: pass -bbc and -reuters")
	}

	// The reverse table: spun word → common words whose first senses hold it.
	// rev[s][w] is true where s is the spinner's swap of w (the first other
	// word of one of w's first synsets), false where s is another word of
	// those synsets.
	rev := map[string]map[string]bool{}
	// rareRev[s] are the rarer words (minRareOrig to minCommon uses) the
	// spinner swaps s in for.
	rareRev := map[string]map[string]bool{}
	wireOnly := 0 // lemmas left out as the wire's shorthand
	add := func(s, w string, first bool) {
		if rev[s] == nil {
			rev[s] = map[string]bool{}
		}
		rev[s][w] = rev[s][w] || first
	}
	for p := range wordnet.POS {
		wn.Lemmas(p, func(w string) {
			if wordnet.SingleWord(w) && uni[w] >= minRareOrig && uni[w] < minCommon && !functionWords[w] {
				// A rare word: kept only for a spun word no common word
				// stands for (below).
				for _, s := range wn.FirstSynonyms(w) {
					if !spelling(s, w) {
						if rareRev[s] == nil {
							rareRev[s] = map[string]bool{}
						}
						rareRev[s][w] = true
					}
				}
				return
			}
			if !(wordnet.SingleWord(w) || functionWords[w]) || uni[w] < minCommon && !functionWords[w] {
				return
			}
			if bbcUni[w] == 0 && uni[w] >= minWire && !functionWords[w] {
				// The wire's shorthand ("pct", "mln", "dlrs"): frequent in
				// Reuters, never written by the BBC's writers, and no
				// word a spinner found in a writer's text ("percentage"
				// is "percent"'s swap, not "pct"'s).
				wireOnly++
				return
			}
			senses := wn.Senses(p, w)
			for _, set := range senses[:min(len(senses), maxSenses)] {
				first := true
				for _, m := range set {
					s := strings.ToLower(m)
					if s != w && wordnet.SingleWord(m) && !spelling(s, w) {
						add(s, w, first)
						first = false
					}
				}
			}
		})
	}
	for s, ws := range spinExtra {
		for _, w := range ws {
			add(s, w, true)
		}
	}
	rareAdded := 0
	// unlisted[s] are the rarer words the spinner swaps s in for where a
	// common word stands for s too, most frequent first: not candidates,
	// but the doubt that the repair's original is not the writer's.
	unlisted := map[string][]string{}
	for s, ws := range rareRev {
		primary := false
		for _, first := range rev[s] {
			primary = primary || first
		}
		if primary {
			for w := range ws {
				unlisted[s] = append(unlisted[s], w)
			}
			u := unlisted[s]
			sort.Slice(u, func(i, j int) bool { return uni[u[i]] > uni[u[j]] || uni[u[i]] == uni[u[j]] && u[i] < u[j] })
			unlisted[s] = u[:min(len(u), maxUnlisted)]
			continue
		}
		for w := range ws {
			add(s, w, true)
			rareAdded++
		}
	}
	var spun []string
	cands := map[string][]string{}
	tableWord := map[string]bool{}
	for s, set := range rev {
		var ws []string
		for w := range set {
			ws = append(ws, w)
		}
		// The spinner's own swaps first, then by frequency.
		sort.Slice(ws, func(i, j int) bool {
			a, b := ws[i], ws[j]
			if set[a] != set[b] {
				return set[a]
			}
			return uni[a] > uni[b] || uni[a] == uni[b] && a < b
		})
		if e := spinExtra[s]; e != nil { // the swaps seen in the wild first
			for i := len(e) - 1; i >= 0; i-- {
				ws = append([]string{e[i]}, remove(ws, e[i])...)
			}
		}
		ws = ws[:min(len(ws), maxCands)]
		// "|" parts the spinner's swaps from the other synonyms.
		for i, w := range ws {
			if !set[w] {
				ws = append(ws[:i:i], append([]string{"|"}, ws[i:]...)...)
				break
			}
		}
		if e := spinExtra[s]; len(e) > 1 && len(ws) > len(e) {
			// "+" after the originals of a swap seen in the wild.
			ws = append(ws[:len(e):len(e)], append([]string{"+"}, ws[len(e):]...)...)
		}
		cands[s] = ws
		spun = append(spun, s)
		tableWord[s] = true
		for _, w := range ws {
			if w != "|" && w != "+" {
				tableWord[w] = true
			}
		}
	}
	sort.Strings(spun)

	var sb strings.Builder
	sb.WriteString("# generated by internal/gen from WordNet 3.0 and news prose; do not edit\n" +
		"# s spun candidates...   the words a spun word may stand for: those the spinner swaps for it, then \"|\"\n" +
		"#                        and those of whose first synsets it is another word, each most frequent first\n" +
		"#                        (\"+\" after the originals of a swap seen in the wild, when there are several)\n" +
		"#                        (x: a swap seen in the wild; r, y: s, x of a word news prose rarely uses)\n" +
		"#                        (o/k: the spinner swaps o for s in about one of k of its swaps of o)\n" +
		"#                        (\"?\" before the rarer words it swaps s in for too, where a common word\n" +
		"#                        stands for s: no candidates, the doubt that the writer wrote one)\n" +
		"#                        (\"!\" first: WordNet knows s as a verb alone, which no article comes before;\n" +
		"#                        \"~\" first: as no verb nor adverb, which no modal verb comes before)\n" +
		"# g word u w2 q w2 q ... the word's count u and the counts q of the pairs (word, w2), quantised: count = 2^(q/2)\n" +
		"#                        (#n: every word written with a capital within a sentence, a name)\n" +
		"#                        (^, \",\": a sentence's start, a comma, before a run's first word;\n" +
		"#                        \".\", \",\": a sentence's end, a comma, after a run's last word;\n" +
		"#                        #0: a numeral alone between two words, before a run's first word or after its last)\n" +
		"#                        (a number after u: the word's class, learned from its neighbours; see the k lines)\n" +
		"# t total n              the number of words counted\n" +
		"# k a u row              class a's count u and a byte for each class b: the count q of the pair (a, b),\n" +
		"#                        quantised, as '0'+q ('.': seen less than twice)\n" +
		"# c s o bias f q ...     the confusion model of the swap of o for s: log-odds of o over s (tenths) from\n" +
		"#                        the words around it, slot then word ('<' -2, '[' -1, ']' +1, '>' +2, '~' within 5)\n" +
		"# v word b|a             a British (b) or American (a) spelling the spinner never writes: the writer's\n" +
		"# v word B|A orig        a British (B) or American (A) spelling the spinner writes for orig, the other\n" +
		"#                        convention's, and for no other word (A: where British prose hardly writes it)\n" +
		"# d veto add, t tree     the learned decision of the news model's repairs: boosted trees over a repair's\n" +
		"#                        evidence, each its splits (feature, value) then its leaves, in thousandths\n" +
		"#                        (app/clean/spin_learn.go; written by its TestLearnRepairs)\n" +
		"# h gate veto add        a second decision, its trees after it, for articles spun more: those whose share\n" +
		"#                        of words only a swap, among those and the words only an original, is gate or more\n")
	if *repairs != "" {
		data, err := os.ReadFile(*repairs)
		if err != nil {
			log.Fatal(err)
		}
		for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			if !strings.HasPrefix(l, "#d ") && !strings.HasPrefix(l, "#t ") && !strings.HasPrefix(l, "#h ") {
				log.Fatalf("%s: not a line of the learned decision: %.40q", *repairs, l)
			}
			sb.WriteString(l + "\n")
		}
	}
	variants := variantLines(wn, lowerOnly, bbcLower)
	for _, l := range variants {
		sb.WriteString(l + "\n")
	}
	for _, s := range spun {
		kind := "s"
		if spinExtra[s] != nil {
			kind = "x"
		}
		// Rare: news prose seldom writes the word other than as a name's
		// ("ii", "oregon" are names and numerals there): in lower case or
		// at a sentence's start ("Additionally, ..." is common; counted in
		// lower case only, it was rare, and a writer's "Additionally" at a
		// sentence's start was repaired to "Further" as the wild
		// spinner's swap).
		if lowerUni[s] <= maxRare {
			kind = map[string]string{"s": "r", "x": "y"}[kind]
		}
		fmt.Fprintf(&sb, "%s %s %s%s\n", kind, s, posMark(wn, s), strings.Join(fanned(wn, s, cands[s]), " ")+unlistedPart(wn, s, unlisted[s]))
	}
	group := map[string][]string{}
	pairs := 0
	for b, n := range bi {
		if n >= minPair && (tableWord[b[0]] || tableWord[b[1]]) {
			group[b[0]] = append(group[b[0]], fmt.Sprintf("%s %d", b[1], Quantise(n)))
			pairs++
		}
	}
	var firsts []string
	for w, n := range model {
		if n >= minPair || tableWord[w] || group[w] != nil {
			firsts = append(firsts, w)
		}
	}
	sort.Strings(firsts)
	class := wordClasses(runs, runCount)
	classUni, classBi := classPairs(runs, class)
	// The confusion models' lines, between the spun words' and the news
	// model's: the reader finds each section by a binary search of its
	// kind and the "t" line by a search back from the end over the
	// classes alone.
	confs := confusionModels(texts, rev, cands, uni, lowerUni, wn, *confDev)
	confLines(&sb, confs.pairs, confs.corpus)
	for _, w := range firsts {
		sort.Strings(group[w])
		sb.WriteString("g " + w + " " + fmt.Sprint(Quantise(model[w])))
		if k, ok := class[w]; ok {
			sb.WriteString(" " + fmt.Sprint(k))
		}
		for _, g := range group[w] {
			sb.WriteString(" " + g)
		}
		sb.WriteByte('\n')
	}
	fmt.Fprintf(&sb, "t total %d\n", total)
	// The classes' lines: "k a u row", every class a with its count u and
	// a row of one byte per class b: the count of the pair (a, b),
	// quantised, as '0'+q, or '.' for a pair seen less than minClassPair
	// times.
	classLines := 0
	row := make([]byte, len(classUni))
	for a, u := range classUni {
		for b := range row {
			row[b] = '.'
			if n := classBi[[2]int{a, b}]; n >= minClassPair {
				row[b] = byte('0' + Quantise(n))
				classLines++
			}
		}
		fmt.Fprintf(&sb, "k %d %d %s\n", a, Quantise(u), row)
	}
	if err := os.WriteFile(*out, []byte(sb.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d wire-only lemmas left out; %d spelling variants; %d rare originals", wireOnly, len(variants), rareAdded)
	log.Printf("%d articles, %d words; %d spun words, %d words, %d pairs, %d words in %d classes with %d pairs, %d bytes",
		articles, total, len(spun), len(firsts), pairs, len(class), len(classUni), classLines, sb.Len())
}

// fanned returns the candidates of the spun word s with each original the
// spinner swaps for s among others written "o/k": the spinner swaps o for
// s in one of about k of its swaps of o (k of o's first synonyms, one per
// part of speech, chosen at random), so s is the likelier original's swap
// the fewer other words it has.
func fanned(wn *wordnet.WordNet, s string, cands []string) []string {
	out := make([]string, len(cands))
	primary := true
	for i, o := range cands {
		out[i] = o
		if o == "|" {
			primary = false
		}
		if !primary || o == "|" || o == "+" {
			continue
		}
		syns := wn.FirstSynonyms(o)
		n := 0
		for _, x := range syns {
			if x == s {
				n++
			}
		}
		if n > 0 && len(syns) > n {
			out[i] = fmt.Sprintf("%s/%d", o, int(math.Round(float64(len(syns))/float64(n))))
		}
	}
	return out
}

// NameClass stands in the news model for every word written with a capital
// within a sentence (names: "North Korean leader Kim"): a pair with a name
// is counted as a pair with the class, which is common where any one name
// is rare. Clean reads such words the same way (spin_lm.go).
const NameClass = "#n"

// HeldOut reports whether the n-th article (from 0) of bbc.jsonl is held out
// of the model. The tests in app/clean use the same rule.
func HeldOut(n int) bool { return n%5 == 0 }

// Quantise returns round(2·log2(n)), which keeps a count to within 19%.
func Quantise(n int) int {
	if n <= 1 {
		return 0
	}
	return int(math.Round(2 * math.Log2(float64(n))))
}

// SentenceStart and AfterComma are the news model's words for the start of
// a sentence and for a comma: a pair ("^ but", ", but") counts the words
// that start a run after them.
const (
	SentenceStart = "^"
	AfterComma    = ","
)

// Boundary returns the news model's word for what comes before t when t
// starts a run (SentenceStart, AfterComma), or "" for other punctuation.
func Boundary(t Token) string {
	switch {
	case t.Start:
		return SentenceStart
	case t.Comma:
		return AfterComma
	case t.Num:
		return Numeral
	}
	return ""
}

// Numeral is the news model's word for a numeral between two words ("about
// 140% of", "past $50 a"), before a run's first word or after its last:
// "some of" is common and "some 40% of" is not "some of"'s evidence. The
// repair reads it as numeral.Word.
const Numeral = numeral.Word

// SentenceEnd is the news model's word for the end of a sentence, after a
// run's last word ("along ."); AfterComma stands for a comma there too.
const SentenceEnd = "."

// BoundaryAfter returns the news model's word for what follows toks[i] when
// it ends a run: SentenceEnd (the text's end, a sentence's or a
// paragraph's), AfterComma, or "" (other punctuation, or none).
func BoundaryAfter(toks []Token, i int) string {
	switch {
	case i+1 == len(toks) || toks[i+1].Start:
		return SentenceEnd
	case toks[i+1].Comma:
		return AfterComma
	case toks[i+1].Num:
		return Numeral
	}
	return ""
}

// Token is a word of news text as Tokens reads it.
type Token struct {
	Word   string // in lower case
	Joined bool   // only spaces and quotation marks, with at most one line break, since the word before
	Lower  bool   // written in lower case
	Start  bool   // starts a sentence: the text, a paragraph, or after ".", "!" or "?"
	Hyphen bool   // a hyphen right after it ("non-executive")
	Comma  bool   // a comma before it, with only spaces and quotation marks between, within a sentence
	Num    bool   // a numeral alone between it and the word before (numeral.IsGap)
}

// Tokens splits text into words as Clean's repair does (letters with inner
// apostrophes); a pair is counted only between joined words.
func Tokens(text string) []Token {
	isLetter := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	var toks []Token
	gapOK := false
	comma := false // a comma since the word before
	sentStart := true
	newlines := 0
	prevEnd := -1 // the end of the word before
	for i := 0; i < len(text); {
		c := text[i]
		if isLetter(c) {
			j := i
			for j < len(text) && (isLetter(text[j]) || text[j] == '\'' && j+1 < len(text) && isLetter(text[j+1])) {
				j++
			}
			w := strings.ToLower(text[i:j])
			toks = append(toks, Token{Word: w, Joined: gapOK && len(toks) > 0, Lower: w == text[i:j], Start: sentStart,
				Hyphen: j < len(text) && text[j] == '-', Comma: comma && !sentStart, Num: prevEnd >= 0 && numeral.IsGap(text[prevEnd:i])})
			gapOK, newlines, sentStart, comma = true, 0, false, false
			i, prevEnd = j, j
			continue
		}
		if c == '"' {
			i++ // a quotation mark: the news model reads across it
			continue
		}
		if strings.HasPrefix(text[i:], "\u201c") || strings.HasPrefix(text[i:], "\u201d") {
			i += len("\u201c")
			continue
		}
		switch c {
		case ' ', '\t', '\r':
		case '\n':
			if newlines++; newlines > 1 {
				gapOK, sentStart = false, true
			}
		case '.', '!', '?':
			sentStart = true
			gapOK, comma = false, false
		case ',':
			gapOK, comma = false, true
		default:
			gapOK, comma = false, false
		}
		i++
	}
	return toks
}

// spelling reports whether a and b are spellings of one word, British and
// American ("programme", "program"; "organised", "organized"; "defence",
// "defense"): a repair between them would change the writer's spelling, not
// undo a swap. Derivations ("first", "firstly"; "market", "marketplace")
// are swaps the spinner makes.
func spelling(a, b string) bool {
	return american(a) == american(b)
}

// american respells the British endings of w the American way.
func american(w string) string {
	for _, r := range [][2]string{{"isation", "ization"}, {"ise", "ize"}, {"ised", "ized"}, {"ising", "izing"},
		{"ises", "izes"}, {"our", "or"}, {"ours", "ors"}, {"ourable", "orable"}, {"ourite", "orite"}, {"mme", "m"},
		{"mmes", "ms"}, {"ence", "ense"}, {"tre", "ter"}, {"tres", "ters"}, {"llist", "list"}, {"lled", "led"},
		{"lling", "ling"}, {"ogue", "og"}, {"yse", "yze"}, {"ysed", "yzed"}, {"ysing", "yzing"},
		{"yses", "yzes"}, {"isations", "izations"}, {"oured", "ored"}, {"ouring", "oring"}, {"ourites", "orites"},
		{"tred", "tered"}, {"ences", "enses"}, {"llists", "lists"}, {"ller", "ler"}, {"llers", "lers"}} {
		if strings.HasSuffix(w, r[0]) {
			return strings.TrimSuffix(w, r[0]) + r[1]
		}
	}
	return w
}

func remove(ws []string, w string) []string {
	var out []string
	for _, x := range ws {
		if x != w {
			out = append(out, x)
		}
	}
	return out
}

// spinExtra are spinner swaps seen in the wild that WordNet 3.0's first
// synsets do not produce (the spinner's thesaurus is newer); spun → the
// originals, most common first. The seed 002 shows the last ones: "wrong
// weeks" (within), "portion South Korea said" (while), "past week" (last),
// "North Korean person Kim" (leader), "drawn person since" (closer),
// "either enactment faces" (party).
var spinExtra = map[string][]string{
	"sojourn": {"visit"}, "authoritative": {"official"}, "nonstop": {"direct"}, "soundlessness": {"silence"},
	"autarkic": {"independent"}, "assertion": {"claim"}, "nary": {"no"}, "conscionable": {"just"},
	"additionally": {"further"}, "penetration": {"invasion"}, "overseas": {"foreign"}, "planetary": {"global"},
	"determination": {"move"}, "publication": {"contribution"}, "lasting": {"standing"},
	"clasp": {"hold"}, "menace": {"threat"}, "garbage": {"refuse"}, "speedy": {"quick"}, "strategical": {"strategic"},
	"hazard": {"risk"}, "delight": {"please"}, "grooming": {"training"}, "proceed": {"continue"},
	"successful": {"in"}, "connected": {"on"}, "volition": {"will"}, "person": {"have", "leader", "closer"},
	"wrong": {"within"}, "portion": {"while"}, "past": {"last"}, "enactment": {"party", "support"},
}

// functionWords are kept as originals although news counts of their noun
// senses say nothing.
var functionWords = map[string]bool{"in": true, "be": true, "as": true, "at": true, "on": true,
	"about": true, "will": true, "me": true, "us": true, "just": true, "it": true, "do": true,
	"can": true, "may": true, "not": true, "up": true, "so": true, "no": true, "or": true, "i": true,
	"a": true, "an": true, "one": true, "have": true, "make": true, "get": true, "go": true, "say": true}

func forLines(path string, fn func(string)) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		fn(sc.Text())
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
}

// posMark returns "! " for a word WordNet knows as a verb and as nothing
// else ("exceed", "compensate", "publish"), which no article or
// possessive comes before, and "~ " for one it knows as neither a verb nor
// an adverb ("drama", "usage", "similar"), which no modal verb comes
// before: there the spinner wrote it (app/clean's afterNoWriter); "" for
// others.
func posMark(wn *wordnet.WordNet, w string) string {
	has := func(pos string) bool {
		for p := range wordnet.POS {
			if wordnet.POS[p] == pos {
				return len(wn.Senses(p, w)) > 0
			}
		}
		return false
	}
	switch {
	case has("verb") && !has("noun") && !has("adj") && !has("adv"):
		return "! "
	case (has("noun") || has("adj")) && !has("verb") && !has("adv"):
		return "~ "
	}
	return ""
}
