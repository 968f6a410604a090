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
