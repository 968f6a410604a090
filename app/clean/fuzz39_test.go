package clean

import (
	"testing"

	"github.com/dossierapp/dossier/app/boiler"
	"github.com/dossierapp/dossier/app/parse"
)

// TestTitleLineSiteTellsNoStory: a title line whose site's name the lede
// repeats ("Our weekend picks - The Valley Voice" over "..., the Valley
// Voice has learned") gives way to the headline under it as it does without its
// site: the site's words tell none of the story, and a cleaning of the
// rendering, which writes the headline part alone, reads them so. Found by
// FuzzClean (testdata/fuzz/FuzzClean/7e0858cf3d38d073).
func TestTitleLineSiteTellsNoStory(t *testing.T) {
	in := "Our weekend picks - The Valley Voice\n\n" +
		"Ferry service returns to Fenwick harbour\n\n" +
		"The ferry service to Fenwick harbour returns on Monday after a winter away, the Valley Voice has learned from the port's operator.\n\n" +
		"Tickets go on sale at the quay on Saturday morning, and the first crossing leaves at seven.\n"
	r := Clean(in)
	if want := "Ferry service returns to Fenwick harbour"; r.Title != want {
		t.Errorf("title %q, want %q", r.Title, want)
	}
	once := r.Render()
	if twice := Clean(once).Render(); once != twice {
		t.Errorf("not idempotent:\n%q\n%q", once, twice)
	}
}

// TestFieldRecordsOrderFree: the runs of records ruleFieldRecords brings
// back are found on the classifier's verdicts, whatever order the labels
// come in: here the "Distance:" run brings back a "Season:" line, which
// must not make the "Season:" run one the classifier kept two of (Go's
// map order varies run to run, and a dev page's cleaning varied with it).
func TestFieldRecordsOrderFree(t *testing.T) {
	lines := []struct {
		text, removed string
	}{
		{"Distance: harbour loop by the quay", ""},
		{"Season: spring and early summer", ""},
		{"Distance: moor road past the farms", boiler.ReasonOther},
		{"Season: autumn weekends only", boiler.ReasonOther},
		{"Distance: coast path to the lighthouse", ""},
		{"Season: all year round", boiler.ReasonOther},
	}
	for run := 0; run < 40; run++ {
		d := &doc{echo: -1, echoOf: -1}
		for _, l := range lines {
			b := newBlock(&block{}, parse.Block{Kind: parse.Paragraph, Text: l.text})
			b.removed = l.removed
			d.blocks = append(d.blocks, b)
		}
		ruleFieldRecords(d)
		for i, want := range []bool{true, true, true, true, true, false} {
			if got := d.blocks[i].kept(); got != want {
				t.Fatalf("run %d: %q kept %v, want %v", run, d.blocks[i].text, got, want)
			}
		}
	}
}
