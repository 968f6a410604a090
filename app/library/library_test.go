package library

import (
	"crypto/sha256"
	"encoding/hex"
	"reflect"
	"strings"
	"testing"
)

// mustFile is an entry of a file as Dedupe sees one: its ID, the file's
// name and the start of its hash, and its hash.
func mustFile(_ testing.TB, name, text string) Entry {
	sum := sha256.Sum256([]byte(text))
	h := hex.EncodeToString(sum[:])
	return Entry{ID: strings.TrimSuffix(name, ".txt") + "-" + h[:8], Name: name, Kind: KindText, Raw: []byte(text), Hash: h}
}

func TestDedupe(t *testing.T) {
	a := mustFile(t, "a.txt", "alpha\n")
	b := mustFile(t, "b.txt", "beta\n")
	aCopy := mustFile(t, "copy of a.txt", "alpha\n")
	c := mustFile(t, "c.txt", "gamma\n")
	c2 := mustFile(t, "c2.txt", "gamma\n")
	// A different file whose ID collides with b's (hand-edited export).
	clash := mustFile(t, "d.txt", "delta\n")
	clash.ID = b.ID

	added, dups := Dedupe([]Entry{a, b}, []Entry{aCopy, c, c2, clash})
	ids := func(es []Entry) []string {
		var s []string
		for _, e := range es {
			s = append(s, e.ID)
		}
		return s
	}
	if got, want := ids(added), []string{c.ID, b.ID + "-2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("added = %v, want %v", got, want)
	}
	if got, want := ids(dups), []string{aCopy.ID, c2.ID}; !reflect.DeepEqual(got, want) {
		t.Errorf("dups = %v, want %v", got, want)
	}
	if added, dups := Dedupe(nil, nil); added != nil || dups != nil {
		t.Error("Dedupe(nil, nil) not empty")
	}
	// Importing the same batch twice adds nothing the second time.
	added, _ = Dedupe(nil, []Entry{a, b, c})
	again, dups := Dedupe(added, []Entry{a, b, c})
	if len(again) != 0 || len(dups) != 3 {
		t.Errorf("second import: added %d, dups %d", len(again), len(dups))
	}
}
