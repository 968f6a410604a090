package timeline

import (
	"reflect"
	"testing"
)

func TestSynthetic(t *testing.T) {
	a, b := Synthetic(500), Synthetic(500)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("Synthetic is not deterministic")
	}
	undated, events := 0, 0
	for _, d := range a {
		if d.Date == "" {
			undated++
		}
		if d.Cluster < 0 || d.Cluster >= SyntheticClusters {
			t.Errorf("%s: cluster %d", d.ID, d.Cluster)
		}
		for _, e := range d.Events {
			events++
			if !e.Resolved {
				if d.Date != "" || !e.Relative {
					t.Errorf("%s: unresolved %+v", d.ID, e)
				}
				continue
			}
			if _, ok := e.Span(); !ok {
				t.Errorf("%s: event %+v has no span", d.ID, e)
			}
		}
	}
	if undated == 0 || undated > 30 {
		t.Errorf("%d undated of 500", undated)
	}
	if events < 500 || events > 2000 {
		t.Errorf("%d events", events)
	}
}

func TestQuery(t *testing.T) {
	cases := []struct {
		q     string
		texts []string
		want  bool
	}{
		{"", []string{"anything"}, false},
		{"Liaison", []string{Fold("The liaison office was demolished.")}, true},
		{"liaison office", []string{Fold("The liaison was"), Fold("Office title")}, true},
		{"liaison moscow", []string{Fold("The liaison office")}, false},
		{"choe's", []string{Fold("Choe’s visit")}, true},
		{"  kim,  jong ", []string{Fold("Kim Jong Un")}, true},
		// folded as search folds: diacritics and case go
		{"Kyiv", []string{Fold("Talks in Kyïv resumed.")}, true},
		{"kyïv", []string{Fold("TALKS IN KYIV")}, true},
		{"Pyongyang", []string{Fold("Pyŏngyang said")}, true},
		{"strasse", []string{Fold("Die Straße")}, true},
		{"kyiv", []string{Fold("Kharkiv")}, false},
	}
	for _, c := range cases {
		if got := NewQuery(c.q).Match(c.texts...); got != c.want {
			t.Errorf("NewQuery(%q).Match(%q) = %v, want %v", c.q, c.texts, got, c.want)
		}
	}
}
