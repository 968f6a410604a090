// Command gen derives the spun-word reverse table from WordNet 3.0's data files
// and writes it to app/clean/spin_table.dat. Run it with `go generate` in
// app/clean; WordNet is Debian's wordnet-base (/usr/share/wordnet).
//
// The seed spinner replaces a word w with a synonym from w's first synsets (of
// any part of speech). For each common lemma w and each of its first-sense
// synonyms s, the table maps s back to w. It also lists, for every word in the
// table, its frequency in WordNet's glosses and example sentences, and the
// common bigrams of those glosses that involve a table word — the context model
// the repair uses.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// minBigram is the least count of a bigram around a candidate worth keeping.
const minBigram = 10

// maxSenses is how many senses of each lemma (per part of speech) the spinner
// may draw synonyms from.
const maxSenses = 3

var posFiles = []string{"noun", "verb", "adj", "adv"}

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 dict directory")
	out := flag.String("o", "spin_table.dat", "output file")
	news := flag.String("news", "", "optional news corpus (JSON lines with a \"text\" field): spun words it uses are real news words, not swaps")
	flag.Parse()
	newsCount, newsBi := countNews(*news)

	// Gloss corpus: unigram and bigram counts.
	uni := map[string]int{}
	bi := map[[2]string]int{}
	for _, p := range posFiles {
		forLines(filepath.Join(*dir, "data."+p), func(line string) {
			if strings.HasPrefix(line, "  ") {
				return
			}
			k := strings.Index(line, "| ")
			if k < 0 {
				return
			}
			toks := tokens(line[k+2:])
			for i, t := range toks {
				uni[t]++
				if i > 0 {
					bi[[2]string{toks[i-1], t}]++
				}
			}
		})
	}

	// First synset of each lemma per part of speech.
	type synset = []string
	first := map[string][]synset{}
	for _, p := range posFiles {
		data, err := os.ReadFile(filepath.Join(*dir, "data."+p))
		if err != nil {
			log.Fatal(err)
		}
		forLines(filepath.Join(*dir, "index."+p), func(line string) {
			if strings.HasPrefix(line, " ") {
				return
			}
			f := strings.Fields(line)
			if len(f) < 6 {
				return
			}
			pc, _ := strconv.Atoi(f[3])
			if len(f) < 6+pc+1 {
				return
			}
			// The first senses (WordNet orders them by frequency).
			for k := 0; k < maxSenses && 6+pc+k < len(f); k++ {
				off, _ := strconv.Atoi(f[6+pc+k])
				first[f[0]] = append(first[f[0]], synsetWords(data, off))
			}
		})
	}

	rev := map[string]map[string]bool{}
	for w, sets := range first {
		if !isWord(w) || (uni[w] < 15 && !functionWords[w]) {
			continue
		}
		for _, set := range sets {
			for _, s := range set {
				s = strings.ToLower(s)
				if s == w || !isWord(s) {
					continue
				}
				if rev[s] == nil {
					rev[s] = map[string]bool{}
				}
				rev[s][w] = true
			}
		}
	}
	// spinExtra (below) adds swaps WordNet 3.0 does not produce; their
	// original goes first.
	cands := map[string][]string{}
	for s, set := range rev {
		var ws []string
		for w := range set {
			ws = append(ws, w)
		}
		sort.Slice(ws, func(i, j int) bool { return uni[ws[i]] > uni[ws[j]] || uni[ws[i]] == uni[ws[j]] && ws[i] < ws[j] })
		cands[s] = ws
	}
	for s, w := range spinExtra {
		cs := []string{w}
		for _, c := range cands[s] {
			if c != w {
				cs = append(cs, c)
			}
		}
		cands[s] = cs
	}

	// Prune to the entries the repair can ever use (see contentRepair in
	// ../../spin.go): a spun word of four letters or more that is rare in the
	// glosses (at most 5 uses) and whose most frequent original is at least 20
	// times as frequent, and is not a spelling variant of it. Extras are kept
	// whatever their frequencies. Only the first four candidates are compared.
	// A repair needs the first candidate to have 20 or more bigrams with the
	// neighbouring words (summed over both sides), so only bigrams of 10 or
	// more around candidates matter; bigrams around the rare spun words
	// themselves are kept from 3 (their presence vetoes a repair).
	strong := map[string]bool{}
	for b, n := range bi {
		if n >= minBigram {
			strong[b[0]] = true
			strong[b[1]] = true
		}
	}
	var keys []string
	keep := map[string]bool{}
	spun := map[string]bool{}
	for s, cs := range cands {
		extra := spinExtra[s] != ""
		if len(s) < 4 {
			continue
		}
		c0 := cs[0]
		uniOK := uni[s] <= 5 && uni[c0] >= 20*max(uni[s], 1)
		// Spelling variants ("defence"/"defense") and derivations share a
		// stem; the hand-checked extras ("strategical"/"strategic") are
		// swaps whatever their spelling.
		if !extra && (!uniOK || !strong[c0] || strings.Contains(s, c0) || strings.Contains(c0, s) ||
			len(c0) >= 4 && c0[:4] == s[:4]) {
			continue
		}
		// A word news prose uses is no evidence of a swap ("aftermath",
		// "forecast", "tier"): drop it, or, for an extra, require the
		// context to favour the original ("w").
		if !extra && newsCount[s] > maxNews {
			continue
		}
		// Only the first four candidates are compared, and a later one with
		// no strong bigram can never outscore the first.
		kept := cs[:1]
		for _, w := range cs[1:min(len(cs), 4)] {
			if strong[w] {
				kept = append(kept, w)
			}
		}
		cands[s] = kept
		keys = append(keys, s)
		spun[s] = true
		for _, w := range cands[s] {
			keep[w] = true
		}
	}
	sort.Strings(keys)
	var sb strings.Builder
	sb.WriteString("# generated by internal/gen from WordNet 3.0; do not edit\n" +
		"# s|x|X|w spun candidates... (x: an extra swap, X: an extra that also passes the frequency test,\n" +
		"#   w: an extra that news prose also uses, repaired only when the context favours the original)\n" +
		"# n w1 w2 count (bigrams of news prose around the w entries and their originals)\n" +
		"# b w1 w2 count (bigrams of WordNet glosses around table words)\n")
	for _, s := range keys {
		kind := "s"
		if spinExtra[s] != "" {
			kind = "x"
			if c0 := cands[s][0]; uni[s] <= 5 && uni[c0] >= 20*max(uni[s], 1) {
				kind = "X"
			}
			if newsCount[s] > maxNews {
				kind = "w"
			}
		}
		fmt.Fprintf(&sb, "%s %s %s\n", kind, s, strings.Join(cands[s], " "))
	}
	// Bigrams grouped by their first word: "b w1 w2 n w2 n ...".
	group := map[string][]string{}
	nb := 0
	for b, n := range bi {
		near := func(w string) bool { return stop[w] || keep[w] || spun[w] }
		if n >= 3 && (spun[b[0]] && near(b[1]) || spun[b[1]] && near(b[0])) ||
			n >= minBigram && (keep[b[0]] && near(b[1]) || keep[b[1]] && near(b[0])) {
			group[b[0]] = append(group[b[0]], fmt.Sprintf("%s %d", b[1], min(n, 999)))
			nb++
		}
	}
	var firsts []string
	for w := range group {
		firsts = append(firsts, w)
	}
	sort.Strings(firsts)
	for _, w := range firsts {
		sort.Strings(group[w])
		fmt.Fprintf(&sb, "b %s %s\n", w, strings.Join(group[w], " "))
	}
	// News bigrams around the weak extras ("n w1 w2 n ..."): the news
	// context of the spun word (all of it) and of its first candidate (the
	// frequent pairs), so that "overseas ministry" (never in news) can be
	// told from "overseas investors" (news prose).
	weak := map[string]bool{}
	for _, s := range keys {
		if spinExtra[s] != "" && newsCount[s] > maxNews {
			weak[s] = true
			weak[cands[s][0]] = true
		}
	}
	ngroup := map[string][]string{}
	for b, n := range newsBi {
		spunSide := weak[b[0]] && spinExtra[b[0]] != "" || weak[b[1]] && spinExtra[b[1]] != ""
		if b[0] == "" || b[1] == "" || !(spunSide || n >= minNewsBigram && (weak[b[0]] || weak[b[1]])) {
			continue
		}
		ngroup[b[0]] = append(ngroup[b[0]], fmt.Sprintf("%s %d", b[1], min(n, 999)))
	}
	nfirsts := make([]string, 0, len(ngroup))
	for w := range ngroup {
		nfirsts = append(nfirsts, w)
	}
	sort.Strings(nfirsts)
	for _, w := range nfirsts {
		sort.Strings(ngroup[w])
		fmt.Fprintf(&sb, "n %s %s\n", w, strings.Join(ngroup[w], " "))
	}
	if err := os.WriteFile(*out, []byte(sb.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d spun words, %d bigram groups (%d bigrams), %d news bigram groups, %d bytes", len(keys), len(firsts), nb, len(nfirsts), sb.Len())
}

// spinExtra are spinner swaps seen in the wild that WordNet 3.0's first senses
// do not produce (the spinner's thesaurus is newer); spun → original.
var spinExtra = map[string]string{
	"sojourn": "visit", "authoritative": "official", "nonstop": "direct", "soundlessness": "silence",
	"autarkic": "independent", "assertion": "claim", "nary": "no", "conscionable": "just",
	"additionally": "further", "penetration": "invasion", "overseas": "foreign", "planetary": "global",
	"determination": "move", "publication": "contribution", "lasting": "standing",
	"clasp": "hold", "menace": "threat", "garbage": "refuse", "speedy": "quick", "strategical": "strategic",
	"hazard": "risk", "delight": "please", "grooming": "training", "proceed": "continue",
}

// maxNews is how often a spun word may occur in the news corpus and still be
// taken for a swap.
const maxNews = 1

// minNewsBigram is the least count of a news bigram around a weak extra's
// original worth keeping.
const minNewsBigram = 5

// countNews counts the lower-case words and bigrams of a JSON-lines news
// corpus; nil when path is "".
func countNews(path string) (map[string]int, map[[2]string]int) {
	if path == "" {
		return nil, nil
	}
	counts := map[string]int{}
	bi := map[[2]string]int{}
	forLines(path, func(line string) {
		var a struct {
			Text string `json:"text"`
		}
		if json.Unmarshal([]byte(line), &a) != nil {
			return
		}
		toks := tokens(a.Text)
		for i, t := range toks {
			counts[t]++
			if i > 0 {
				bi[[2]string{toks[i-1], t}]++
			}
		}
	})
	return counts, bi
}

// functionWords are kept even though glosses rarely use their noun senses.
var functionWords = map[string]bool{"in": true, "be": true, "as": true, "at": true, "on": true,
	"about": true, "will": true, "me": true, "us": true, "just": true, "it": true, "do": true,
	"can": true, "may": true, "not": true, "up": true, "so": true, "no": true, "or": true, "i": true,
	"a": true, "an": true, "one": true, "have": true, "make": true, "get": true, "go": true, "say": true}

// stop are the frequent context words bigrams are kept for.
var stop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an of to in on at for with by from as and or but is are was were be been
	being has have had do does did will would can could should may might must not no this that these those his her
	its their our your my it he she they we you i who which what when where how than then so very more most some any
	all each into over under about after before between during without within against through up down out off`) {
		stop[w] = true
	}
}

func isWord(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

func synsetWords(data []byte, off int) []string {
	end := off
	for end < len(data) && data[end] != '\n' {
		end++
	}
	f := strings.Fields(string(data[off:end]))
	if len(f) < 4 {
		return nil
	}
	n, _ := strconv.ParseInt(f[3], 16, 32)
	var out []string
	for i := 0; i < int(n) && 4+2*i < len(f); i++ {
		w := f[4+2*i]
		if k := strings.IndexByte(w, '('); k >= 0 {
			w = w[:k]
		}
		out = append(out, w)
	}
	return out
}

func tokens(s string) []string {
	var out []string
	for _, t := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '\'' || r == '-')
	}) {
		t = strings.Trim(t, "'-")
		if t != "" {
			out = append(out, t)
		}
	}
	return out
}

func forLines(path string, fn func(string)) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fn(sc.Text())
	}
}
