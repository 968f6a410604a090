//go:build !wasm

package ui

import (
	"strings"
	"testing"
)

// TestServerProgressThenDocs: while the server processes its articles the
// pages say how many are ready; once it hands them over they are shown,
// searchable and found by ID.
func TestServerProgressThenDocs(t *testing.T) {
	d := newDossier()
	d.setServerProgress(func() (int, int) { return 2, 5 })
	if st, _ := d.Status(); st != statusLoading {
		t.Fatalf("status %v while processing, want loading", st)
	}
	if got := d.LoadingText("Loading articles…"); !strings.Contains(got, "2 of 5 ready, 3 still processing") {
		t.Errorf("loading text %q", got)
	}
	seeds := seedDocs(t)
	d.setServerDocs(seeds)
	if st, _ := d.Status(); st != statusReady {
		t.Fatalf("status %v after the docs, want ready", st)
	}
	if got := d.LoadingText("Loading articles…"); got != "Loading articles…" {
		t.Errorf("loading text %q once processed", got)
	}
	if len(d.Docs()) != len(seeds) || d.Index() == nil {
		t.Fatalf("%d docs (want %d), index %v", len(d.Docs()), len(seeds), d.Index())
	}
	if _, _, ok := d.Doc(seeds[0].ID); !ok {
		t.Errorf("%s not found by ID", seeds[0].ID)
	}
	d.setServerProgress(func() (int, int) { return 0, 1 })
	if len(d.Docs()) != 0 || d.Index() != nil {
		t.Errorf("new processing kept %d docs and an index", len(d.Docs()))
	}
}
