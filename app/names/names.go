// Package names finds the people, places and organisations an article
// mentions, without a model: capitalised name sequences with their titles
// ("Foreign Minister Choe Son Hui" is the person Choe Son Hui, title Foreign
// Minister), a compact built-in gazetteer of countries, capitals, major cities
// and organisations, and alias merging ("Kim Jong-un" = "Kim Jong Un", "DPRK" =
// "N. Korea" = "North Korea", "Kyïv" = "Kyiv").
//
// Find never panics and runs in time linear in the text. The package is plain
// Go and compiles for GOOS=js GOARCH=wasm.
package names

import (
	"github.com/dossierapp/dossier/app/search"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The kinds of Mention.
const (
	Person = "person"
	Place  = "place"
	Org    = "org"
)

// Version identifies what Find returns; it changes whenever the mentions
// found in some text change, so it can key caches of processed articles.
const Version = "names-9"

// Mention is a person, place or organisation an article names.
type Mention struct {
	// Name is the canonical name: "Kim Jong Un", "North Korea".
	Name string
	// Kind is Person, Place or Org.
	Kind string
	// Count is how many times the article names it (by any alias, or a
	// person by a surname used alone after the full name).
	Count int
	// Title is the first title seen before a person's name ("Foreign
	// Minister"), or "".
	Title string
}

type entry struct {
	name, kind string
}

var (
	once     sync.Once
	gaz      map[string]entry // folded key → entry
	gazMax   int              // longest key in tokens
	titleSet map[string]bool  // folded title keys
	titleMax int
	stopSet  map[string]bool
	// orgSuffixes are the folded orgSuffixWords.
	orgSuffixes map[string]bool
	// placeHeads and placeFirsts are the folded placeHeadWords and
	// placeFirstWords.
	placeHeads, placeFirsts map[string]bool
	maxTokens               = 8
)

func load() {
	once.Do(func() {
		gaz = map[string]entry{}
		for _, line := range strings.Split(gazetteer, "\n") {
			if len(line) < 3 {
				continue
			}
			kind := Place
			if line[0] == 'O' {
				kind = Org
			}
			parts := strings.Split(line[2:], "=")
			for _, p := range parts {
				k, n := key(p)
				if k == "" {
					continue
				}
				gaz[k] = entry{parts[0], kind}
				gazMax = max(gazMax, n)
			}
		}
		titleSet = map[string]bool{}
		for _, t := range strings.Split(titles, "|") {
			k, n := key(t)
			titleSet[k] = true
			titleMax = max(titleMax, n)
		}
		stopSet = map[string]bool{}
		for _, w := range strings.Fields(stopWords) {
			stopSet[fold(w)] = true
		}
		orgSuffixes = map[string]bool{}
		for _, w := range strings.Fields(orgSuffixWords) {
			orgSuffixes[fold(w)] = true
		}
		placeHeads, placeFirsts = setOfFolded(placeHeadWords), setOfFolded(placeFirstWords)
	})
}

// key folds a phrase to its lookup key and counts its tokens.
func key(s string) (string, int) {
	toks := tokenize(s)
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.key
	}
	return strings.Join(parts, " "), len(toks)
}

type token struct {
	text     string // without a possessive 's
	key      string // text folded (fold): what the gazetteer and the word lists match
	start    bool   // first word of a sentence
	capital  bool   // starts with an upper-case letter
	breakEnd bool   // followed by punctuation that ends a name (, ; : ( " etc.)
	heading  bool   // on a title-case line ("Deepening Diplomatic Ties")
}

// tokenize splits text into words: letters, digits, inner hyphens and
// apostrophes, and the dots of abbreviations ("U.S.", "N.", "Gen."). A line
// break ends a sentence; the words of a heading line are marked (see
// markHeading).
func tokenize(s string) []token {
	if !strings.Contains(s, "\n") {
		return appendLineTokens(nil, s, "")
	}
	// Room for a word every four bytes, so the array rarely grows: the
	// median Reuters story has one every 5.9 bytes, its densest twentieth
	// one every 4.5 or less.
	toks := make([]token, 0, len(s)/4+1)
	// An ASCII text is lowered once, not line by line.
	low := ""
	if isASCII(s) {
		low = strings.ToLower(s)
	}
	for {
		line, rest, more := strings.Cut(s, "\n")
		lineLow := ""
		if low != "" {
			lineLow, low = low[:len(line)], low[min(len(line)+1, len(low)):]
		}
		k := len(toks)
		toks = appendLineTokens(toks, line, lineLow)
		markHeading(line, toks[k:])
		if !more {
			return toks
		}
		if len(toks) > 0 {
			toks[len(toks)-1].breakEnd = true // the line break
		}
		s = rest
	}
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// wordByte marks the ASCII letters and digits.
var wordByte = func() (t [128]bool) {
	for c := range t {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// isWordRune reports whether r is a letter or a digit. It is inlined (its
// slow path kept out of line), so an ASCII rune costs a table read, not a
// call: in wasm a call costs more than the work.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return wordByte[r]
	}
	return isWordRuneWide(r)
}

// isWordRuneWide is isWordRune beyond ASCII, out of line.
//
//go:noinline
func isWordRuneWide(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isLetterAt reports whether s[i:] starts with a letter ("" does not).
func isLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// appendLineTokens appends the words of one line to toks. low is the
// line's lower case when the caller has it (an ASCII text's), else "".
func appendLineTokens(toks []token, s, low string) []token {
	// An ASCII line is lowered once (no copy when it has no capital): the
	// key of a word without a dot is a slice of it.
	if low == "" && isASCII(s) {
		low = strings.ToLower(s)
	}
	start := true
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			switch r {
			case '.', '!', '?', '\n', '…':
				start = true
			}
			if len(toks) > 0 && r != ' ' {
				toks[len(toks)-1].breakEnd = true
			}
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r) {
				j += n
				continue
			}
			if (r == '-' || r == '\'' || r == '’') && isLetterAt(s, j+n) {
				j += n
				continue
			}
			if r == '.' && j-i <= 3 {
				// abbreviation: U.S. N. Gen. Mr.
				if r0, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsUpper(r0) {
					j += n
					continue
				}
			}
			break
		}
		ws, we := i, j // the word, s[ws:we]
		// anti-Kim, pro-Moscow, ex-President: the name after the prefix.
		if h := strings.IndexByte(s[ws:we], '-'); h > 0 && ws+h+1 < we && unicode.IsLower(r) {
			if r2, _ := utf8.DecodeRuneInString(s[ws+h+1 : we]); unicode.IsUpper(r2) {
				ws += h + 1
				r = r2
			}
		}
		for _, suf := range []string{"'s", "’s"} {
			if strings.HasSuffix(s[ws:we], suf) && we-ws > len(suf) {
				we -= len(suf)
			}
		}
		w := s[ws:we]
		key := ""
		if low != "" && strings.IndexByte(w, '.') < 0 {
			key = low[ws:we]
		} else {
			key = fold(w)
		}
		t := token{text: w, key: key, start: start, capital: unicode.IsUpper(r)}
		if strings.HasSuffix(w, ".") && len(w) > 1 {
			// "U.S." and "N." keep their dot; a lone capital-dot at the end of
			// a long abbreviation does not end the sentence.
			t.breakEnd = false
		}
		toks = append(toks, t)
		start = false
		i = j
	}
	return toks
}

// markHeading flags the tokens of a short line whose words are nearly all
// capitalised: headlines and headings name no one by their capitals.
func markHeading(line string, toks []token) {
	n := len(toks)
	caps, long := 0, 0
	for _, t := range toks {
		if utf8.RuneCountInString(t.text) > 3 {
			long++
			if t.capital {
				caps++
			}
		}
	}
	if n >= 2 && n <= 16 && long > 0 && caps*10 >= long*8 && !strings.ContainsAny(strings.TrimRight(line, ".!?\" \r"), ".") {
		for i := range toks {
			toks[i].heading = true
		}
	}
}

// setOfFolded is the set of the folded words of s.
func setOfFolded(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[fold(w)] = true
	}
	return m
}

// dotsAndQuotes drops dots and straightens curly apostrophes (see fold).
var dotsAndQuotes = strings.NewReplacer(".", "", "’", "'")

// fold lower-cases s and removes diacritics and dots, folding letters as
// search does (search.FoldLetters): "Kyïv" → "kyiv", "U.S." → "us".
func fold(s string) string {
	if strings.ContainsAny(s, ".’") {
		s = dotsAndQuotes.Replace(s)
	}
	return search.FoldLetters(s)
}

// Canonical returns the canonical form of a name: the gazetteer's name for a
// known place or organisation ("DPRK" → "North Korea", "Kyïv" → "Kyiv"), and
// for a person the name with hyphenated syllables split and capitalised
// ("Kim Jong-un" → "Kim Jong Un", "Choe Son-hui" → "Choe Son Hui").
func Canonical(s string) string {
	load()
	k, _ := key(s)
	if e, ok := gaz[k]; ok {
		return e.name
	}
	return personName(tokenize(s))
}

func personName(toks []token) string {
	var parts []string
	for _, t := range toks {
		for _, p := range strings.Split(t.text, "-") {
			if p == "" {
				continue
			}
			r, n := utf8.DecodeRuneInString(p)
			parts = append(parts, string(unicode.ToUpper(r))+p[n:])
		}
	}
	return strings.Join(parts, " ")
}

// Find returns the people, places and organisations text names, most
// mentioned first (then in order of first mention).
func Find(text string) []Mention {
	load()
	toks := tokenize(text)
	type agg struct {
		m     Mention
		first int
	}
	found := map[string]*agg{}
	add := func(name, kind, title string, pos int) {
		k := kind + "\x00" + fold(name)
		a := found[k]
		if a == nil {
			a = &agg{m: Mention{Name: name, Kind: kind, Title: title}, first: pos}
			found[k] = a
		}
		a.m.Count++
		if a.m.Title == "" {
			a.m.Title = title
		}
	}
	cued := placesByCue(toks)
	var singles []int // positions of lone capitalised words, resolved at the end
	var starts []int  // the same first in a sentence: counted for a surname only
	for i := 0; i < len(toks); {
		t := toks[i]
		if !t.capital {
			i++
			continue
		}
		// A gazetteer entry, longest first.
		if n, e := gazAt(toks, i); n > 0 {
			add(e.name, e.kind, "", i)
			i += n
			continue
		}
		// A title.
		title := ""
		if n := titleAt(toks, i); n > 0 {
			title = joinText(toks[i : i+n])
			i += n
			if i >= len(toks) || !toks[i].capital {
				continue
			}
			if n, _ := gazAt(toks, i); n > 0 {
				continue
			}
		}
		// A run of capitalised words.
		j := i
		for j < len(toks) && j-i < maxTokens && toks[j].capital && !stopSet[toks[j].key] && !isAllCaps(toks[j].text) {
			if j > i {
				if n, _ := gazAt(toks, j); n > 0 {
					break
				}
			}
			j++
			if toks[j-1].breakEnd {
				break
			}
		}
		// A place's head word after the run, which stops it ("Han River",
		// "Incheon Airport"), or last or first in it ("Harrington Lake",
		// "Cape Breton"): a place, not a person.
		if j > i && j < len(toks) && toks[j].capital && placeHeads[toks[j].key] && !toks[j-1].breakEnd && !toks[i].heading {
			add(placeName(toks[i:j+1]), Place, "", i)
			i = j + 1
			continue
		}
		switch {
		case j-i >= 2 && toks[i].heading:
			i = j
		case j-i >= 2 && orgSuffixes[toks[j-1].key]:
			// "Federal Reserve", "Kiel Institute", "Acme Holdings".
			add(joinText(toks[i:j]), Org, "", i)
			i = j
		case j-i >= 2 && (placeHeads[toks[j-1].key] || placeFirsts[toks[i].key]):
			add(placeName(toks[i:j]), Place, "", i)
			i = j
		case j-i >= 2:
			// "Fed Chair Jerome Powell", "Treasury Secretary Janet
			// Yellen": the words up to a title word are the title.
			k := i
			for m := j - 3; m >= i; m-- {
				if titleSet[toks[m].key] {
					k = m + 1
					break
				}
			}
			if k == i && title == "" && cued[fold(joinText(toks[i:j]))] {
				// "the town of Um Kadada", and "the loss of Um Kadada"
				// after it.
				add(placeName(toks[i:j]), Place, "", i)
				i = j
				continue
			}
			if k > i {
				title = strings.TrimSpace(title + " " + joinText(toks[i:k]))
			}
			add(personName(toks[k:j]), Person, title, k)
			i = j
		case j-i == 1:
			if !toks[i].start || title != "" {
				singles = append(singles, i)
			} else {
				starts = append(starts, i)
			}
			i = j
		default:
			i++
		}
	}
	// A surname (or given name) alone counts for the one person it names.
	bySingle := map[string]*agg{}
	ambiguous := map[string]bool{}
	for _, a := range found {
		if a.m.Kind != Person {
			continue
		}
		for _, w := range strings.Fields(a.m.Name) {
			k := fold(w)
			if b, ok := bySingle[k]; ok && b != a {
				ambiguous[k] = true
			}
			bySingle[k] = a
		}
	}
	for _, i := range singles {
		k := toks[i].key
		if a, ok := bySingle[k]; ok && !ambiguous[k] {
			a.m.Count++
		}
	}
	// "Macron later flew to New York": a surname opening a sentence.
	for _, i := range starts {
		k := toks[i].key
		if a, ok := bySingle[k]; ok && !ambiguous[k] && strings.HasSuffix(fold(a.m.Name), " "+k) {
			a.m.Count++
		}
	}
	out := make([]*agg, 0, len(found))
	for _, a := range found {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].m.Count != out[j].m.Count {
			return out[i].m.Count > out[j].m.Count
		}
		return out[i].first < out[j].first
	})
	ms := make([]Mention, len(out))
	for i, a := range out {
		ms[i] = a.m
	}
	return ms
}

// placesByCue returns the names (folded) that follow a place's noun and
// "of" in the text: "the town of Um Kadada", "the besieged city of El
// Fasher". Up to four capitalised words, as a run in Find.
func placesByCue(toks []token) map[string]bool {
	var out map[string]bool
	for i := 2; i < len(toks); i++ {
		if !toks[i].capital || toks[i-1].key != "of" || !placeNouns[toks[i-2].key] {
			continue
		}
		j := i
		for j < len(toks) && j-i < 4 && toks[j].capital && !stopSet[toks[j].key] {
			j++
			if toks[j-1].breakEnd {
				break
			}
		}
		if j-i >= 2 {
			if out == nil {
				out = map[string]bool{}
			}
			out[fold(joinText(toks[i:j]))] = true
		}
	}
	return out
}

// placeNouns name a kind of place before "of" and its name.
var placeNouns = setOfFolded("town city village province region district county port island suburb capital state " +
	"governorate oblast prefecture municipality")

func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// gazAt matches the longest gazetteer key starting at toks[i].
func gazAt(toks []token, i int) (int, entry) {
	var buf [96]byte
	k := buf[:0] // the keys of toks[i:i+n], joined by spaces
	best, be := 0, entry{}
	for n := 1; n <= gazMax && i+n <= len(toks); n++ {
		t := toks[i+n-1]
		if n > 1 {
			k = append(k, ' ')
		}
		k = append(k, t.key...)
		if e, ok := gaz[string(k)]; ok {
			// "US" must be written in capitals; "us" is a pronoun.
			if n > 1 || t.capital && (len(t.text) > 2 || isAllCaps(t.text) || strings.Contains(t.text, ".")) {
				best, be = n, e
			}
		}
		if n < gazMax && (t.breakEnd && n >= 1) {
			break
		}
	}
	return best, be
}

// titleAt matches the longest title starting at toks[i].
func titleAt(toks []token, i int) int {
	var buf [64]byte
	k := buf[:0]
	best := 0
	for n := 1; n <= titleMax && i+n <= len(toks); n++ {
		if n > 1 {
			k = append(k, ' ')
		}
		k = append(k, toks[i+n-1].key...)
		if titleSet[string(k)] && toks[i].capital {
			best = n
		}
	}
	return best
}

// placeName is the name of the place toks name, without the full stop a
// sentence's end leaves on a short last word ("Arabian Sea.").
func placeName(toks []token) string {
	return strings.TrimSuffix(joinText(toks), ".")
}

func joinText(toks []token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.text
	}
	return strings.Join(parts, " ")
}
