package timeline

import (
	"encoding/json"
	"fmt"
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

// TestEventsReferences: "now" alone is an event on the publication date,
// beside another date it is none; "recently" and "in the future" are never
// events; Mentions keeps them all with their TimeML values.
func TestEventsReferences(t *testing.T) {
	d := Doc{ID: "x", Date: "2024-03-25", Paragraphs: []string{
		"Talks are now stalled.",
		"Now in the third quarter, talks stalled.",
		"He recently said talks may resume in the future.",
	}}
	type ev struct{ expr, date, prec string }
	got := func(evs []Event) []ev {
		var out []ev
		for _, e := range evs {
			out = append(out, ev{e.Expression, e.Date, string(e.Precision)})
		}
		return out
	}
	want := []ev{{"now", "2024-03-25", "day"}, {"the third quarter", "2023-Q3", "quarter"}}
	if g := got(Events(d)); fmt.Sprint(g) != fmt.Sprint(want) {
		t.Errorf("Events = %v, want %v", g, want)
	}
	want = []ev{{"now", "PRESENT_REF", "ref"}, {"Now", "PRESENT_REF", "ref"}, {"the third quarter", "2023-Q3", "quarter"},
		{"recently", "PAST_REF", "ref"}, {"the future", "FUTURE_REF", "ref"}}
	if g := got(Mentions(d)); fmt.Sprint(g) != fmt.Sprint(want) {
		t.Errorf("Mentions = %v, want %v", g, want)
	}
	d.Date = ""
	if evs := Events(d); len(evs) != 2 || evs[0].Resolved || !evs[0].Relative || evs[0].Date != "" {
		t.Errorf("undated: %+v", evs)
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
