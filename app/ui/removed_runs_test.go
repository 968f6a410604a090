package ui

import (
	"slices"
	"testing"

	"github.com/dossierapp/dossier/app/clean"
)

// TestRemovedRuns: neighbours removed for one reason make one run, across
// an empty line; another reason or a kept block ends it.
func TestRemovedRuns(t *testing.T) {
	b := func(reason string) clean.Block { return clean.Block{Removed: reason} }
	blocks := []clean.Block{
		b(clean.ReasonNav), b(clean.ReasonNav), b(clean.ReasonEmpty), b(clean.ReasonNav), // 0-3: one run
		b(clean.ReasonShare), // 4: another reason
		b(""),                // 5: kept
		b(clean.ReasonNav),   // 6: a run of one
		b(clean.ReasonEmpty), // 7: not shown
	}
	want := []int{4, -1, -1, -1, 5, -1, 7, -1}
	if got := removedRuns(blocks); !slices.Equal(got, want) {
		t.Errorf("removedRuns = %v, want %v", got, want)
	}
	if got := removedRuns(nil); len(got) != 0 {
		t.Errorf("removedRuns(nil) = %v", got)
	}
}

// TestRemovedStretches: removed blocks of any reasons between two kept
// blocks make one stretch, across empty lines; a kept block ends it.
func TestRemovedStretches(t *testing.T) {
	b := func(reason string) clean.Block { return clean.Block{Removed: reason} }
	blocks := []clean.Block{
		b(clean.ReasonNav), b(clean.ReasonEmpty), b(clean.ReasonShare), b(clean.ReasonNav), // 0-3: one stretch
		b(""),                                   // 4: kept
		b(clean.ReasonEmpty), b(clean.ReasonAd), // 5: not shown, 6: a stretch of one
		b(clean.ReasonEmpty), // 7: not shown
		b(""),                // 8: kept
	}
	want := []int{4, -1, -1, -1, -1, -1, 7, -1, -1}
	if got := removedStretches(blocks); !slices.Equal(got, want) {
		t.Errorf("removedStretches = %v, want %v", got, want)
	}
}
