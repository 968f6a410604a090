package clean

import (
	"strings"
	"testing"
)

// maxReutersRemoved bounds the blocks Clean removes from the 10,000 clean
// Reuters-21578 stories other than their "REUTER" sign-off: wire copy has
// no menus, so what goes is mostly a story's table of figures read as a
// page's header (an earnings statement over its notes). 535 at clean-269,
// 659 at clean-270 (a page with one line over its prose judged scraped by
// the boilerplate under it: a grain price table counted as that), 633 at
// clean-271 (rows of figures no longer count as it).
const maxReutersRemoved = 645

// TestReuters cleans every Reuters-21578 story of ../shared/corpora (clean
// wire text, read when present): nothing may be repaired, and no more than
// maxReutersRemoved blocks other than the sign-off removed.
func TestReuters(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	arts := loadJSONLTexts(t, reutersCorpus)
	if arts == nil {
		t.Skip(reutersCorpus + " absent")
	}
	var blocks, removed, repairs int
	reasons := map[string]int{}
	var examples []string
	note := func(reason, text string) {
		removed++
		reasons[reason]++
		if len(examples) < 30 {
			examples = append(examples, reason+": "+text)
		}
	}
	for _, a := range arts {
		r := Clean(a)
		repairs += len(r.Repairs())
		for _, b := range r.Blocks {
			if b.Removed == ReasonEmpty || b.Removed == ReasonSignoff {
				continue
			}
			blocks++
			if b.Removed != "" {
				note(b.Removed, b.Source())
				continue
			}
			for _, s := range b.Segments {
				if s.Removed != "" && s.Removed != ReasonSignoff {
					note(s.Removed+" (span)", s.Text)
				}
			}
		}
	}
	t.Logf("Reuters: %d stories, %d blocks, %d removed (%.3f%%), %d repairs; by reason %v", len(arts), blocks, removed,
		100*float64(removed)/float64(max(blocks, 1)), repairs, reasons)
	if len(examples) > 0 {
		t.Logf("examples:\n%s", strings.Join(examples, "\n"))
	}
	if repairs != 0 {
		t.Errorf("%d repairs in clean Reuters text", repairs)
	}
	if removed > maxReutersRemoved {
		t.Errorf("%d Reuters blocks removed besides the sign-off, want at most %d", removed, maxReutersRemoved)
	}
}
