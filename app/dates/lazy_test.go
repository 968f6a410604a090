package dates

import (
	"sync"
	"testing"
)

// builtAtInit records whether package initialisation built the tables: a
// package-level variable is initialised after the ones it depends on.
var builtAtInit = monthNames != nil || abbreviations != nil || startWords != nil

// TestLazyTables checks that package initialisation builds no word table
// and that the exported functions build them themselves: after the tables
// are dropped, Find needs the month names and SentenceBounds the
// abbreviations.
func TestLazyTables(t *testing.T) {
	if builtAtInit {
		t.Error("word tables built at package initialisation")
	}
	drop := func() {
		monthNames, abbreviations, startWords = nil, nil, nil
		tablesOnce = sync.Once{}
	}
	defer loadTables()
	drop()
	got := Find("Talks resumed on March 3, 2024.", Anchor{})
	if len(got) != 1 || got[0].Date != "2024-03-03" {
		t.Errorf("Find after the tables were dropped = %+v, want one expression 2024-03-03", got)
	}
	drop()
	if got := SentenceBounds("Mr. Smith came. He left."); len(got) != 2 {
		t.Errorf("SentenceBounds after the tables were dropped = %v, want 2 sentences", got)
	}
}
