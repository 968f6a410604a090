//go:build !wasm

package ui

import (
	"fmt"
	"testing"
)

// TestWarmCopies: the copies WarmCopies finds between frames, before a
// large dossier's last articles are shown, are those findCopies would
// find, kept; the change that shows the articles reads them back and
// compares no article again.
func TestWarmCopies(t *testing.T) {
	many := repeated(seedDocs(t), keepCopiesFrom)
	// What findCopies finds itself.
	plain := newDossier()
	plain.copies.store = &memKept{}
	plain.SetProcessing(len(many), len(many))
	plain.SetBundled(many, nil, nil)
	want := fmt.Sprint(plain.copies.of)

	s := &memKept{}
	d := newDossier()
	d.copies.store = s
	d.SetProcessing(len(many)-1, len(many))
	d.SetBundled(many[:len(many)-1], nil, nil)
	paused := 0
	d.WarmCopies(many, func() { paused++ })
	if s.data == nil || paused < len(many) {
		t.Fatalf("kept %v, paused %d times for %d articles", s.data != nil, paused, len(many))
	}
	key := docsKey(many)
	kept, ok := decodeCopies(s.data, key)
	if !ok || fmt.Sprint(kept) != want {
		t.Fatalf("kept %v, %v; findCopies finds %v", kept, ok, want)
	}
	// Shown: read back, as marked (the second document a copy of the
	// first), not found again.
	kept[1] = 0
	d.copies.kept = keptCopies{}
	s.data = encodeCopies(key, kept)
	d.MoreBundled(many, len(many), len(many))
	if d.copies.of[1] != 0 {
		t.Errorf("the copies shown were found again, not read back: %v", d.copies.of[:3])
	}
}
