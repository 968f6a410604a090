package ui

import (
	"errors"
	"testing"
)

// fakeBackend is a keptBackend in memory; failing puts fail.
type fakeBackend struct {
	vals     map[string][]byte
	loadErr  error
	failPuts bool
	puts     []string
}

func (b *fakeBackend) load(names []string) (map[string][]byte, error) {
	if b.loadErr != nil {
		return nil, b.loadErr
	}
	out := map[string][]byte{}
	for _, n := range names {
		if v, ok := b.vals[n]; ok {
			out[n] = v
		}
	}
	return out, nil
}

func (b *fakeBackend) put(name string, data []byte) func() error {
	b.puts = append(b.puts, name)
	if b.failPuts {
		return func() error { return errors.New("quota") }
	}
	b.vals[name] = data
	return func() error { return nil }
}

// fakeLegacy is a legacyStore in memory.
type fakeLegacy map[string][]byte

func (l fakeLegacy) get(name string) ([]byte, bool) { v, ok := l[name]; return v, ok }
func (l fakeLegacy) set(name string, data []byte)   { l[name] = data }
func (l fakeLegacy) del(name string)                { delete(l, name) }

func keptOver(b *fakeBackend, l fakeLegacy) *keptValues {
	return newKeptValues(func() (keptBackend, error) { return b, nil }, l, keptClustersName, keptCopiesName, keptLinesName)
}

// An older Dossier's values in local storage move to the backend: still
// read this visit, and gone from local storage (which go-app reads
// whole as it starts) once written.
func TestKeptValuesMoveFromLocalStorage(t *testing.T) {
	b := &fakeBackend{vals: map[string][]byte{}}
	l := fakeLegacy{keptClustersName: []byte(`{"k":"a"}`), keptCopiesName: []byte(`{"k":"b"}`), "dossier.user-dates": []byte(`{}`)}
	k := keptOver(b, l)
	if got := string(keptSlot{k, keptClustersName}.Get()); got != `{"k":"a"}` {
		t.Fatalf("clusters = %q, want the old value", got)
	}
	if got := string(keptSlot{k, keptCopiesName}.Get()); got != `{"k":"b"}` {
		t.Fatalf("copies = %q, want the old value", got)
	}
	if (keptSlot{k, keptLinesName}).Get() != nil {
		t.Fatal("lines kept from nothing")
	}
	<-k.moved
	if string(b.vals[keptClustersName]) != `{"k":"a"}` || string(b.vals[keptCopiesName]) != `{"k":"b"}` {
		t.Fatalf("backend holds %q, want both moved", b.vals)
	}
	if _, ok := l[keptClustersName]; ok {
		t.Error("clusters left in local storage")
	}
	if _, ok := l[keptCopiesName]; ok {
		t.Error("copies left in local storage")
	}
	if _, ok := l["dossier.user-dates"]; !ok {
		t.Error("a value not kept here was deleted from local storage")
	}
	// The next visit reads them from the backend.
	k2 := keptOver(b, l)
	if got := string(keptSlot{k2, keptClustersName}.Get()); got != `{"k":"a"}` {
		t.Fatalf("next visit's clusters = %q", got)
	}
}

// A value whose move fails stays in local storage: nothing is lost.
func TestKeptValuesMoveFailedKeepsOld(t *testing.T) {
	b := &fakeBackend{vals: map[string][]byte{}, failPuts: true}
	l := fakeLegacy{keptLinesName: []byte(`[1]`)}
	k := keptOver(b, l)
	if got := string(keptSlot{k, keptLinesName}.Get()); got != `[1]` {
		t.Fatalf("lines = %q, want the old value", got)
	}
	<-k.moved
	if _, ok := l[keptLinesName]; !ok {
		t.Fatal("a value whose move failed was deleted from local storage")
	}
}

// The backend's value wins over a stale copy left in local storage, which
// is then deleted.
func TestKeptValuesBackendWins(t *testing.T) {
	b := &fakeBackend{vals: map[string][]byte{keptCopiesName: []byte("new")}}
	l := fakeLegacy{keptCopiesName: []byte("old")}
	k := keptOver(b, l)
	if got := string(keptSlot{k, keptCopiesName}.Get()); got != "new" {
		t.Fatalf("copies = %q, want the backend's", got)
	}
	<-k.moved
	if _, ok := l[keptCopiesName]; ok {
		t.Error("stale copy left in local storage")
	}
}

// Set writes to the backend, not to local storage, and is read back at
// once.
func TestKeptValuesSetWritesBackend(t *testing.T) {
	b := &fakeBackend{vals: map[string][]byte{}}
	l := fakeLegacy{}
	k := keptOver(b, l)
	s := keptSlot{k, keptClustersName}
	s.Set([]byte("v1"))
	if string(s.Get()) != "v1" || string(b.vals[keptClustersName]) != "v1" {
		t.Fatalf("got %q, backend %q", s.Get(), b.vals[keptClustersName])
	}
	if len(l) != 0 {
		t.Fatalf("local storage written: %q", l)
	}
}

// Without a backend (no IndexedDB) the values stay in local storage.
func TestKeptValuesNoBackendUsesLocalStorage(t *testing.T) {
	l := fakeLegacy{keptClustersName: []byte("old")}
	k := newKeptValues(func() (keptBackend, error) { return nil, errors.New("no IndexedDB") }, l, keptClustersName)
	s := keptSlot{k, keptClustersName}
	if string(s.Get()) != "old" {
		t.Fatalf("got %q", s.Get())
	}
	s.Set([]byte("new"))
	if string(l[keptClustersName]) != "new" {
		t.Fatalf("local storage holds %q", l[keptClustersName])
	}
}
