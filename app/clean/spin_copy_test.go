package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestFindCopiesBBC makes 500 pairs of copies from BBC articles (one spun
// with the WordNet spinner; every third with its paragraphs reordered,
// every fifth without its last paragraph) among all 2,225 articles, and
// checks that at least 99% of the pairs are found and no two different
// BBC articles are paired (the corpus's own repeats of a story aside).
func TestFindCopiesBBC(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	arts := loadBBC(t, 0)
	if arts == nil {
		t.Skip(bbcPath + " absent")
	}
	sp := loadSpinner(t)
	rng := rand.New(rand.NewPCG(500, 2))
	keys := make([]CopyKey, 0, len(arts)+500)
	for _, a := range arts {
		keys = append(keys, KeyOf(Clean(a)))
	}
	copyOf := map[int]int{}
	for n, i := range rng.Perm(len(arts))[:500] {
		title, body, _ := strings.Cut(arts[i], "\n")
		paras := strings.Split(strings.TrimSpace(body), "\n\n")
		if n%3 == 0 {
			rng.Shuffle(len(paras), func(a, b int) { paras[a], paras[b] = paras[b], paras[a] })
		}
		if n%5 == 0 && len(paras) > 2 {
			paras = paras[:len(paras)-1]
		}
		spun, _ := sp.spin(strings.Join(paras, "\n\n"), spinRate, rng)
		copyOf[len(keys)] = i
		keys = append(keys, KeyOf(Clean(title+"\n\n"+spun+"\n")))
	}
	found, wrong, dups := 0, 0, 0
	var examples []string
	for _, p := range FindCopies(keys) {
		i, j := p[0], p[1]
		switch {
		case j >= len(arts) && copyOf[j] == i:
			found++
		case sameStory(keys[source(copyOf, i)], keys[source(copyOf, j)]):
			// The BBC corpus holds about a hundred stories twice (the
			// text edited a little or not at all, sometimes under a new
			// headline): their clean texts share 70% or more of their
			// pairs of words.
			dups++
		default:
			wrong++
			if len(examples) < 20 {
				examples = append(examples, firstLine(arts, copyOf, i)+" ~ "+firstLine(arts, copyOf, j))
			}
		}
	}
	t.Logf("%d of 500 copies found; %d BBC stories held twice paired; %d other pairs %v", found, dups, wrong, examples)
	if found < 495 {
		t.Errorf("%d of 500 copies found, want 495 or more", found)
	}
	if wrong > 0 {
		t.Errorf("%d pairs of different articles: %v", wrong, examples)
	}
}

// sameStory reports whether two clean BBC articles are one story: they
// share 70% or more of the smaller one's pairs of words.
func sameStory(a, b CopyKey) bool {
	ap, bp := a.pairs.get(), b.pairs.get()
	return float64(shared(ap, bp)) >= 0.7*float64(min(len(ap), len(bp)))
}

func firstLine(arts []string, copyOf map[int]int, i int) string {
	l, _, _ := strings.Cut(arts[source(copyOf, i)], "\n")
	return l
}

// source returns the BBC article key i was made from.
func source(copyOf map[int]int, i int) int {
	if s, ok := copyOf[i]; ok {
		return s
	}
	return i
}

// TestRepairFromCopy spins held-out BBC articles, repairs each from its
// clean copy and checks that every swap is undone and nothing else
// changes.
func TestRepairFromCopy(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	sp := loadSpinner(t)
	rng := rand.New(rand.NewPCG(7, 8))
	arts := heldOutBBC(t)[:100]
	swaps, wrong, left := 0, 0, 0
	for _, a := range arts {
		title, body, _ := strings.Cut(a, "\n")
		spunBody, sw := sp.spin(body, spinRate, rng)
		orig := Clean(a)
		r := Clean(title + "\n" + spunBody)
		fixed, _ := RepairFromCopy(r, orig)
		want := strings.Fields(bodyText(orig))
		got := strings.Fields(bodyText(fixed))
		if len(got) != len(want) {
			t.Errorf("%s: %d words, want %d", title, len(got), len(want))
			continue
		}
		swaps += len(sw)
		at := map[int]bool{}
		for _, s := range sw {
			at[s.field] = true
		}
		for i := range want {
			if got[i] != want[i] {
				if at[i] {
					left++
				} else {
					wrong++
				}
			}
		}
	}
	t.Logf("%d articles, %d swaps, %d left, %d words changed wrongly", len(arts), swaps, left, wrong)
	if wrong > 0 || left*100 > swaps {
		t.Errorf("%d swaps of %d left, %d words changed wrongly", left, swaps, wrong)
	}
}

// TestCopiesOfSeeds spins the function and content words of the clean
// seeds: each spun text is paired with its original and no other seed, and
// repairing it from the original restores the original's text.
func TestCopiesOfSeeds(t *testing.T) {
	srcs := spunSources(t)
	var names []string
	var keys []CopyKey
	var results []Result
	for _, p := range []string{"000", "001", "003", "004"} {
		spun, _ := spin(srcs[p], spinFunction, spinContent)
		for _, text := range []string{srcs[p], spun} {
			r := Clean("Title\n\n" + text)
			names = append(names, p)
			keys = append(keys, KeyOf(r))
			results = append(results, r)
		}
	}
	pairs := FindCopies(keys)
	if len(pairs) != 4 {
		t.Errorf("pairs %v, want one per seed", pairs)
	}
	for _, p := range pairs {
		i, j := p[0], p[1]
		if names[i] != names[j] || j != i+1 {
			t.Errorf("%s paired with %s", names[i], names[j])
			continue
		}
		fixed, n := RepairFromCopy(results[j], results[i])
		if got, want := bodyText(fixed), bodyText(results[i]); got != want {
			t.Errorf("%s: repaired from its copy (%d words):\n%s", names[i], n, diffWords(got, want))
		}
		for _, s := range fixed.Repairs() {
			if s.Original == "" || strings.EqualFold(s.Original, s.Text) {
				t.Errorf("%s: repair %+v", names[i], s)
			}
		}
	}
}
