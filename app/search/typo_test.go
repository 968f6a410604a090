package search

import (
	"math"
	"slices"
	"strings"
	"testing"
)

// TestMisspeltNames: a half-remembered name is found wherever the slip is,
// also when the slip is itself a word of the articles ("sun" for "son":
// 003 has "Kang Sun-nam", so "sun" is in the vocabulary).
func TestMisspeltNames(t *testing.T) {
	ix := Build(seedDocs(t))
	tests := []struct {
		q    string
		want []string // exactly these, in any order
	}{
		{"choe sun hui", []string{"002", "003"}},  // middle word, itself a word of 003
		{"choe sun hui ", []string{"002", "003"}}, // finished
		{"chon son hui", []string{"002", "003"}},  // first word, itself a word ("chon")
		{"him jong un", []string{"000", "001", "002", "003", "004"}},
		{"kim yo yong", []string{"000"}},         // last word, itself a word ("yong")
		{"crocus city all", []string{"003"}},     // last word, itself a word
		{"chon sun hui", []string{"002", "003"}}, // two slips, both words
		{"him yo yong", []string{"000"}},
		{"choe sno hui", []string{"002", "003"}}, // transpositions
		{"kim jogn un", []string{"000", "001", "002", "003", "004"}},
		{"cohe son hui", []string{"002", "003"}},
		{"kang sun nma", []string{"003"}},
		{"lavrov zakharvoa", []string{"002"}},
		{"kim jong um", []string{"000", "001", "002", "003", "004"}}, // a two-letter slip no term reads
		{"kim jong xq", nil},                                         // no term one edit from "xq"
	}
	for _, tc := range tests {
		got := ids(ix.Search(tc.q, Options{}))
		g := slices.Clone(got)
		slices.Sort(g)
		if !slices.Equal(g, tc.want) && (len(g) > 0 || len(tc.want) > 0) {
			t.Errorf("Search(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
	// The slip ranks its exact reading first: 003 has "choe", "sun" and
	// "hui"; 002 only "son".
	h := ix.Search("choe sun hui", Options{})
	if len(h) != 2 || h[0].ID != "003" || !h[0].Exact || h[1].Exact {
		t.Fatalf("choe sun hui: %v", h)
	}
	if got := highlighted(h[1].Snippet, h[1].Highlights); !slices.Contains(got, "Son") || slices.Contains(got, "Sun") {
		t.Errorf("002's highlights %q", got)
	}
}

// TestNearNeighbourBelowExact: a word's near neighbours rank below the word
// itself however strong their match, add nothing to the score of a document
// that has the word, and are not highlighted there.
func TestNearNeighbourBelowExact(t *testing.T) {
	ix := Build([]Doc{
		{ID: "near", Title: "Sun, sun, sun", Body: []string{"Choe Sun Hui: sun and sun again."}},
		{ID: "exact", Body: []string{"A long paragraph that mentions Choe Son Hui only once, among many other words of little interest."}},
		{ID: "both", Body: []string{"A long paragraph that mentions Choe Son Hui once and the sun, among many other words of little interest."}},
		{ID: "none", Body: []string{"Nothing here."}},
	})
	hits := ix.Search("choe son hui", Options{})
	if got := ids(hits); len(got) != 3 || got[2] != "near" {
		t.Fatalf("got %v, want exact, both, then near", got)
	}
	if !hits[0].Exact || !hits[1].Exact || hits[2].Exact {
		t.Errorf("Exact flags %v %v %v", hits[0].Exact, hits[1].Exact, hits[2].Exact)
	}
	// "both" scores as "exact" does (its "sun" counts for nothing), up to
	// the length normalisation of its one extra word.
	byID := map[string]Hit{}
	for _, h := range hits {
		byID[h.ID] = h
	}
	if d := byID["exact"].Score - byID["both"].Score; d < 0 || d > 0.5 {
		t.Errorf("scores exact %.3f both %.3f", byID["exact"].Score, byID["both"].Score)
	}
	if got := highlighted(byID["both"].Snippet, byID["both"].Highlights); !slices.Equal(got, []string{"Choe", "Son", "Hui"}) {
		t.Errorf("both: highlights %q", got)
	}
	if got := highlighted(byID["near"].Snippet, byID["near"].Highlights); !slices.Contains(got, "Sun") {
		t.Errorf("near: highlights %q", got)
	}
}

// TestNearNeighbourNoProximity: "tsunami and" is not "tsunami aid" for a
// document that has "aid": a neighbour earns no proximity bonus where the
// word itself matched.
func TestNearNeighbourNoProximity(t *testing.T) {
	ix := Build([]Doc{
		{ID: "a", Body: []string{"The tsunami and the aid."}},
		{ID: "b", Body: []string{"The tsunami but the aid."}},
	})
	h := ix.Search("tsunami aid ", Options{})
	if len(h) != 2 || h[0].Score != h[1].Score {
		t.Errorf("hits %v: want two equal scores", h)
	}
}

// TestExactHitsUnchangedByFuzzy: on the seeds, the documents that have every
// word of a correct query come first, in the order and with the scores that
// an exact-only search (every word quoted) gives them, and they are exactly
// the documents whose text has every word.
func TestExactHitsUnchangedByFuzzy(t *testing.T) {
	docs := seedDocs(t)
	ix := Build(docs)
	for _, q := range []string{"choe son hui", "kim jong un", "kang sun nam", "crocus city hall", "kim yo jong", "sergei lavrov", "the moscow times", "liaison office"} {
		for _, typed := range []string{q, q + " "} {
			hits := ix.Search(typed, Options{})
			var quoted []string
			for _, w := range strings.Fields(q) {
				quoted = append(quoted, `"`+w+`"`)
			}
			exact := ix.Search(strings.Join(quoted, " "), Options{})
			var want []string
			for _, d := range docs {
				if hasAllWords(d, strings.Fields(q)) {
					want = append(want, d.ID)
				}
			}
			got := ids(hits[:min(len(exact), len(hits))])
			gs, ws := slices.Clone(got), slices.Clone(want)
			slices.Sort(gs)
			if !slices.Equal(gs, ws) || !slices.Equal(got, ids(exact)) {
				t.Errorf("Search(%q) starts %v, exact-only %v, want %v", typed, got, ids(exact), want)
				continue
			}
			for i, h := range hits {
				if h.Exact != (i < len(exact)) {
					t.Errorf("Search(%q): hit %d %s Exact=%v", typed, i, h.ID, h.Exact)
				}
				// (The words are summed in another order: float32 rounding.)
				if i < len(exact) && math.Abs(h.Score-exact[i].Score) > 1e-3 {
					t.Errorf("Search(%q): %s scores %.3f, exact-only %.3f", typed, h.ID, h.Score, exact[i].Score)
				}
			}
		}
	}
}

// hasAllWords reports whether the indexed text of d has every word.
func hasAllWords(d Doc, words []string) bool {
	have := map[string]bool{}
	fields := append(append([]string{d.Title, d.Publisher}, d.Headings...), d.Body...)
	for _, f := range append(fields, d.Names...) {
		scanTokens(f, nil, func(term string, _, _ int) { have[strings.Clone(term)] = true })
	}
	for _, w := range words {
		if !have[w] {
			return false
		}
	}
	return true
}

// TestNearBelowCompletions: while a short word that is itself a term is
// typed, its completions rank above its near neighbours, which are mostly
// other words ("mob": "mobile" before "job"); once it is finished, the
// neighbours still follow the word itself.
func TestNearBelowCompletions(t *testing.T) {
	ix := Build([]Doc{
		{ID: "near", Title: "Job, job, job", Body: []string{"A job."}},
		{ID: "prefix", Body: []string{"A long text about a mobile phone and many other things, at length."}},
		{ID: "exact", Body: []string{"A long text about a mob and many other things, at some length."}},
	})
	if got := ids(ix.Search("mob", Options{})); !slices.Equal(got, []string{"exact", "prefix", "near"}) {
		t.Errorf("typing: %v, want exact, prefix, near", got)
	}
	if got := ids(ix.Search("mob ", Options{})); !slices.Equal(got, []string{"exact", "near"}) {
		t.Errorf("finished: %v, want exact, near", got)
	}
}
