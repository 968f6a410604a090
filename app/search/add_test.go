package search

import (
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// addDocs returns the seed articles followed by n made-up ones, whose words
// mix lower and upper case, accents, apostrophes and numbers, and repeat
// enough that later documents both reuse terms and bring new ones.
func addDocs(t testing.TB, n int) []Doc {
	docs := seedDocs(t)
	r := rand.New(rand.NewSource(12))
	stems := []string{"talks", "Pyongyang", "minister", "Zürich", "o'neill", "1987", "mln", "dlrs",
		"Kremlin", "naïve", "export", "wheat", "CRUDE", "bank", "rates", "Straße", "pct", "said"}
	word := func() string {
		w := stems[r.Intn(len(stems))]
		if r.Intn(3) == 0 {
			w += fmt.Sprint(r.Intn(400)) // a new term now and then
		}
		return w
	}
	text := func(words int) string {
		ws := make([]string, words)
		for i := range ws {
			ws[i] = word()
		}
		return strings.Join(ws, " ")
	}
	for i := range n {
		d := Doc{ID: fmt.Sprintf("gen%03d", i), Title: text(5), Publisher: []string{"", "Reuters", "BBC News"}[i%3],
			Date: fmt.Sprintf("1987-03-%02d", 1+i%28)}
		for range 1 + r.Intn(4) {
			d.Body = append(d.Body, text(10+r.Intn(40)))
		}
		if i%4 == 0 {
			d.Headings = []string{text(3)}
			d.Names = []string{"Kim Yo Jong", text(2)}
		}
		docs = append(docs, d)
	}
	return docs
}

// sameIndex reports the first way two indexes differ in what searches read.
func sameIndex(a, b *Index) string {
	a.mu.Lock()
	a.updateNorms()
	a.mu.Unlock()
	b.mu.Lock()
	b.updateNorms()
	b.mu.Unlock()
	post := func(ix *Index) [][]posting {
		out := make([][]posting, len(ix.post))
		for i, p := range ix.post {
			out[i] = append([]posting{}, p...)
		}
		return out
	}
	for _, f := range []struct {
		name string
		a, b any
	}{
		{"docs", a.docs, b.docs}, {"pubFold", a.pubFold, b.pubFold}, {"flen", a.flen, b.flen},
		{"norm", a.norm, b.norm}, {"total", a.total, b.total}, {"seqOff", a.seqOff, b.seqOff},
		{"seq", a.seq, b.seq}, {"terms", a.vocab.terms, b.vocab.terms}, {"masks", a.vocab.masks, b.vocab.masks},
		{"byLen", a.vocab.byLen, b.vocab.byLen}, {"sorted", a.vocab.sorted, b.vocab.sorted},
		{"unsorted", len(a.vocab.unsorted), len(b.vocab.unsorted)}, {"post", post(a), post(b)},
	} {
		if !reflect.DeepEqual(f.a, f.b) {
			return f.name
		}
	}
	return ""
}

// addQueries are searches of every kind: exact, misspelt, prefixes,
// phrases, names, new terms and several words.
var addQueries = []string{"talks", "Pyongyng", "minis", "zurich", "o'neill", "crude wheat", "\"bank rates\"",
	"kim yo", "straße", "naive", "pct1", "dlrs2", "export3", "k", "said mln ", "1987"}

// TestAddPacedEqualsBuild checks that an index extended batch by batch,
// with searches between its pauses, is the index Build makes of all the
// documents, and answers every query the same.
func TestAddPacedEqualsBuild(t *testing.T) {
	docs := addDocs(t, 600)
	fresh := Build(docs)
	for _, batches := range [][]int{{0, 605}, {5, 605}, {1, 2, 50, 51, 300, 605}, {200, 201, 605}} {
		name := fmt.Sprint(batches)
		ix := Build(docs[:batches[0]])
		searches := 0
		during := func() {
			if searches%37 == 0 {
				ix.Search(addQueries[searches%len(addQueries)], Options{Limit: 5})
			}
			searches++
		}
		for k := 1; k < len(batches); k++ {
			ix.AddPaced(docs[batches[k-1]:batches[k]], during)
			ix.Search("talks", Options{Limit: 3}) // caches of a part, then more added
		}
		if diff := sameIndex(fresh, ix); diff != "" {
			t.Errorf("%s: %s differs from Build's", name, diff)
		}
		for _, q := range addQueries {
			for _, opt := range []Options{{Limit: 10}, {SortByDate: true}} {
				want, wn := fresh.SearchCount(q, opt)
				got, gn := ix.SearchCount(q, opt)
				if !reflect.DeepEqual(got, want) || gn != wn {
					t.Errorf("%s: %q: %d hits %v, Build's %d %v", name, q, gn, ids(got), wn, ids(want))
				}
			}
		}
	}
}

// TestAddPacedSortsInPieces checks that a batch bringing more new terms
// than one sorting piece (sortRun) leaves the vocabulary as Build does.
func TestAddPacedSortsInPieces(t *testing.T) {
	var docs []Doc
	for i := range 3 {
		var b strings.Builder
		for j := range sortRun + 500 {
			fmt.Fprintf(&b, "w%dx%d ", j, i)
		}
		docs = append(docs, Doc{ID: fmt.Sprint(i), Body: []string{b.String()}})
	}
	ix := Build(docs[:1])
	pauses := 0
	ix.AddPaced(docs[1:], func() { pauses++ })
	if diff := sameIndex(Build(docs), ix); diff != "" {
		t.Errorf("%s differs from Build's", diff)
	}
	if pauses < 3 {
		t.Errorf("%d pauses", pauses)
	}
}
