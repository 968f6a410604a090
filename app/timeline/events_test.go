package timeline

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestEventsOffsetsAndFlags(t *testing.T) {
	d := Doc{ID: "x", Date: "2024-03-25", Paragraphs: []string{
		"No dates here.",
		"The Kremlin on Tuesday called for restraint. Talks began in 2010 and will resume next month.",
	}}
	evs := Events(d)
	if len(evs) != 3 {
		t.Fatalf("%+v", evs)
	}
	want := []struct{ expr, date string }{{"Tuesday", "2024-03-19"}, {"2010", "2010"}, {"next month", "2024-04"}}
	for i, w := range want {
		e := evs[i]
		if e.Expression != w.expr || e.Date != w.date || e.Para != 1 || d.Paragraphs[1][e.Start:e.End] != e.Text {
			t.Errorf("event %d: %+v", i, e)
		}
	}
	d.Date = ""
	for _, e := range Events(d) {
		if e.Relative == e.Resolved {
			t.Errorf("undated: %+v", e)
		}
	}
	b, _ := json.Marshal(JSON(Events(d)))
	if string(b) != `[{"date":"2010","precision":"year","text":"Talks began in 2010 and will resume next month.","expression":"2010"}]` {
		t.Errorf("JSON: %s", b)
	}
	if b, _ := json.Marshal(JSON(nil)); string(b) != "[]" {
		t.Errorf("JSON(nil) = %s", b)
	}
}

func TestClustersEmptyAndSingle(t *testing.T) {
	if cs := Clusters(nil); len(cs) != 0 {
		t.Errorf("%+v", cs)
	}
	cs := Clusters([]Doc{{ID: "a"}, {ID: "b", Paragraphs: []string{"Hello."}}})
	if len(cs) != 2 {
		t.Errorf("%+v", cs)
	}
}

func BenchmarkEvents(b *testing.B) {
	docs := loadSeeds(b)
	var size int64
	for _, d := range docs {
		for _, p := range d.Paragraphs {
			size += int64(len(p))
		}
	}
	b.SetBytes(size)
	for b.Loop() {
		for _, d := range docs {
			Events(d)
		}
	}
}

func BenchmarkClusters(b *testing.B) {
	seeds := loadSeeds(b)
	var docs []Doc
	for i := 0; i < 1000; i++ {
		d := seeds[i%len(seeds)]
		d.ID = strings.Repeat("x", i%7) + d.ID
		docs = append(docs, d)
	}
	for b.Loop() {
		Clusters(docs)
	}
}
