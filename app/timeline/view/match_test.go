package view

import (
	"sort"
	"testing"

	"github.com/dossierapp/dossier/app/dates"
	"github.com/dossierapp/dossier/app/search"
	"github.com/dossierapp/dossier/app/timeline"
)

// TestMatchesFoldAsSearch: the timeline's filter finds the articles the
// library's search finds for a query, whatever its accents and case:
// "Kyiv" and "kyïv" find "Kyïv" and "KYIV" both.
func TestMatchesFoldAsSearch(t *testing.T) {
	type art struct{ id, title, sentence string }
	arts := []art{
		{"a", "Talks in Kyïv", "The talks in Kyïv resumed."},
		{"b", "Shelling near KYIV", "KYIV was shelled again."},
		{"c", "Kharkiv report", "Kharkiv counted the damage."},
		{"d", "Pyŏngyang summit", "Pyŏngyang hosted the summit."},
		{"e", "Choe’s visit", "Choe’s visit was announced."},
	}
	m := NewModel([]Cluster{{Label: "all"}}, testReader)
	var docs []search.Doc
	for _, a := range arts {
		m.Add(Article{ID: a.id, Title: a.title, Date: "2024-03-20", Stated: true}, []timeline.Event{{
			DocID: a.id, Date: "2024-03-19", Precision: dates.PrecisionDay, Text: a.sentence, Resolved: true, End: len(a.sentence),
		}})
		docs = append(docs, search.Doc{ID: a.id, Title: a.title, Body: []string{a.sentence}})
	}
	m.Index()
	ix := search.Build(docs)
	for _, q := range []string{"Kyiv", "kyïv", "KYÏV", "kharkiv", "pyongyang", "Pyŏngyang", "choe's", "Choe’s visit"} {
		var want []string
		for _, h := range ix.Search(q, search.Options{Limit: 100}) {
			want = append(want, h.ID)
		}
		sort.Strings(want)
		hits := m.Matches(timeline.NewQuery(q))
		var got []string
		for i, a := range m.Arts {
			ev := false
			for j, e := range m.Events {
				ev = ev || e.Art == i && hits.Events[j]
			}
			if hits.Articles[i] || ev {
				got = append(got, a.ID)
			}
		}
		if len(want) == 0 || len(got) != len(want) {
			t.Errorf("%q: the timeline finds %v, search %v", q, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%q: the timeline finds %v, search %v", q, got, want)
				break
			}
		}
	}
}

// TestFoldAheadMatchesAsLazy: folding ahead of the first query (Fold, as
// the page does once the timeline is drawn) finds what folding at the
// first query finds, and an article added after folding is folded too.
func TestFoldAheadMatchesAsLazy(t *testing.T) {
	build := func(n int) *Model {
		m := NewModel([]Cluster{{Label: "all"}}, testReader)
		for i := 0; i < n; i++ {
			title := []string{"Talks in Kyïv", "Kharkiv report", "KYIV shelled"}[i%3]
			m.Add(Article{ID: string(rune('a' + i)), Title: title, Date: "2024-03-20", Stated: true}, []timeline.Event{{
				DocID: string(rune('a' + i)), Date: "2024-03-19", Precision: dates.PrecisionDay, Text: title + " again", Resolved: true, End: 5,
			}})
		}
		m.Index()
		return m
	}
	lazy, ahead := build(6), build(6)
	paused := 0
	ahead.Fold(func() { paused++ })
	if paused < 12 {
		t.Errorf("Fold paused %d times, want one an article and one an event (12)", paused)
	}
	q := timeline.NewQuery("kyiv")
	a, b := lazy.Matches(q), ahead.Matches(q)
	if a.N != 4 || b.N != a.N || len(b.Articles) != len(a.Articles) {
		t.Fatalf("lazy %d events, ahead %d; want 4 both", a.N, b.N)
	}
	for i := range a.Articles {
		if a.Articles[i] != b.Articles[i] {
			t.Errorf("article %d: lazy %v, ahead %v", i, a.Articles[i], b.Articles[i])
		}
	}
	// Added after folding: its title and sentence are matched too.
	ahead.Add(Article{ID: "z", Title: "Kyiv at night", Date: "2024-03-21", Stated: true}, []timeline.Event{{
		DocID: "z", Date: "2024-03-21", Precision: dates.PrecisionDay, Text: "Kyiv at night", Resolved: true, End: 4,
	}})
	ahead.Index()
	if h := ahead.Matches(q); h.N != 5 || !h.Articles[6] {
		t.Errorf("after an Add: %d events, the new article matched %v; want 5, true", h.N, h.Articles[6])
	}
}
