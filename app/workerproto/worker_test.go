package workerproto

import (
	"errors"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dossierapp/dossier/app/library"
	"github.com/dossierapp/dossier/app/library/libfile"
)

// memStore is a Store in memory with IndexedDB's rules as app/libdb keeps
// them: every write renews the library's generation and drops its
// snapshot; a snapshot is current only for the generation it was made of.
type memStore struct {
	entries map[string]library.Entry
	cache   map[string][]byte
	gen     int
	snap    *memSnap
	bundle  map[string][]byte // saved bundle values, by key (one at a time)
	// whole is the bundle's whole answer kept (one at a time), its key
	// and total; wholeReads counts the reads that found it.
	whole      PackedBytes
	wholeKey   string
	wholeTotal int
	wholeReads int
	// recleaned is the bundle's values cleaned again kept with it
	recleaned    []byte
	recleanedKey string
	writes       int
	fail         error // every call fails with it when set
}

type memSnap struct {
	gen    int
	head   string
	packed PackedBytes
}

func newMemStore() *memStore {
	return &memStore{entries: map[string]library.Entry{}, cache: map[string][]byte{}}
}

func (s *memStore) write() { s.gen++; s.snap = nil; s.writes++ }

func (s *memStore) All() ([]library.Entry, error) {
	if s.fail != nil {
		return nil, s.fail
	}
	var out []library.Entry
	for _, e := range s.entries {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

func (s *memStore) Get(id string) (library.Entry, bool, error) {
	e, ok := s.entries[id]
	return e, ok, s.fail
}

func (s *memStore) Put(entries ...library.Entry) error {
	if s.fail != nil {
		return s.fail
	}
	for _, e := range entries {
		s.entries[e.ID] = e
	}
	s.write()
	return nil
}

func (s *memStore) Delete(ids ...string) error {
	for _, id := range ids {
		delete(s.entries, id)
		delete(s.cache, id)
	}
	s.write()
	return nil
}

func (s *memStore) Clear() error {
	s.entries, s.cache = map[string]library.Entry{}, map[string][]byte{}
	s.write()
	return nil
}

func (s *memStore) PutCache(values map[string][]byte) error {
	for k, v := range values {
		s.cache[k] = v
	}
	s.write()
	return nil
}

type memStored struct {
	e      library.Entry
	cached []byte
}

func (m memStored) Record() library.Record {
	r := RecordOf(m.e)
	r.Text = ""
	return r
}

func (m memStored) Cached(prefix string) (string, bool) {
	if strings.HasPrefix(string(m.cached), prefix) {
		return string(m.cached), true
	}
	return "", false
}

func (m memStored) Entry() (library.Entry, error) { return m.e, nil }

func (s *memStore) Records(fn func(Stored)) (string, error) {
	all, err := s.All()
	for _, e := range all {
		fn(memStored{e, s.cache[e.ID]})
	}
	return strconv.Itoa(s.gen), err
}

func (s *memStore) Snapshot() (Packed, string, bool, error) {
	if s.snap == nil || s.snap.gen != s.gen {
		return nil, "", false, s.fail
	}
	return s.snap.packed, s.snap.head, true, nil
}

func (s *memStore) SaveSnapshot(gen, head string, packed []byte) (bool, error) {
	if gen != strconv.Itoa(s.gen) {
		return false, nil
	}
	s.snap = &memSnap{s.gen, head, append(PackedBytes(nil), packed...)}
	return true, nil
}

func (s *memStore) KeptBundle() (string, []byte, error) {
	if s.fail != nil {
		return "", nil, s.fail
	}
	for k, v := range s.bundle {
		return k, v, nil
	}
	return "", nil, nil
}

func (s *memStore) BundleSnapshot(key string) (Packed, int, []byte, bool, error) {
	if s.fail != nil {
		return nil, 0, nil, false, s.fail
	}
	if s.whole == nil || s.wholeKey != key {
		return nil, 0, nil, false, nil
	}
	s.wholeReads++
	var rc []byte
	if s.recleanedKey == key {
		rc = append([]byte(nil), s.recleaned...)
	}
	return append(PackedBytes(nil), s.whole...), s.wholeTotal, rc, true, nil
}

func (s *memStore) SaveBundleRecleaned(key string, packed []byte) error {
	if s.fail != nil {
		return s.fail
	}
	s.recleaned, s.recleanedKey = append([]byte(nil), packed...), key
	return nil
}

func (s *memStore) SaveBundleSnapshot(key, _ string, total int, packed []byte) error {
	if s.fail != nil {
		return s.fail
	}
	s.whole, s.wholeKey, s.wholeTotal = append(PackedBytes(nil), packed...), key, total
	return nil
}

func (s *memStore) SaveBundleValues(key string, packed []byte) error {
	if s.fail != nil {
		return s.fail
	}
	s.bundle = map[string][]byte{key: append([]byte(nil), packed...)}
	return nil
}

// newTestWorker is a worker over s, with a fixed clock.
func newTestWorker(s *memStore) *Worker {
	w := New(func() (Store, error) { return s, nil }, &libfile.Files{})
	w.Now = func() time.Time { return time.Date(2024, 6, 1, 8, 0, 0, 0, time.UTC) }
	return w
}

// file reads a text file through the worker.
func file(t *testing.T, w *Worker, name, text string) library.Entry {
	t.Helper()
	res := w.Handle(Request{Op: OpFile, Name: name, Bytes: []byte(text)})
	if res.Err != nil || res.Entry == nil {
		t.Fatalf("file %s: %v", name, res.Err)
	}
	return *res.Entry
}

// records unpacks an "all" answer.
func records(t *testing.T, res Response) []library.Record {
	t.Helper()
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	p, ok := res.Packed.(PackedBytes)
	if !ok {
		t.Fatalf("packed %T", res.Packed)
	}
	recs, err := library.ReadRecords(string(p))
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// TestStoreDedupes: a file already in the library, by content, is not
// stored again but named as a duplicate, in one batch or across batches,
// and after another tab's change too.
func TestStoreDedupes(t *testing.T) {
	s := newMemStore()
	w := newTestWorker(s)
	a := file(t, w, "a.txt", "Kyiv talks\n\nThe talks resumed in Kyïv on Monday.")
	b := file(t, w, "b.txt", "Okapi sighting\n\nAn okapi was filmed in the Ituri forest.")
	again := file(t, w, "a-copy.txt", "Kyiv talks\n\nThe talks resumed in Kyïv on Monday.")
	res := w.Handle(Request{Op: OpStore, Entries: []library.Entry{a, b, again}})
	if res.Err != nil || len(res.Added) != 2 || len(res.Dups) != 1 || res.Dups[0] != "a-copy.txt" {
		t.Fatalf("first batch: %d added, dups %v, %v", len(res.Added), res.Dups, res.Err)
	}
	if r := res.Added[0]; r.ID != a.ID || r.Size != len(a.Raw) || r.Hash != a.Hash {
		t.Errorf("added record %+v", r)
	}
	res = w.Handle(Request{Op: OpStore, Entries: []library.Entry{again}})
	if len(res.Added) != 0 || len(res.Dups) != 1 || len(s.entries) != 2 {
		t.Errorf("second batch: %d added, %d dups, %d stored", len(res.Added), len(res.Dups), len(s.entries))
	}
	// another tab stores c: after Changed the worker knows it
	c := file(t, w, "c.txt", "Quokka report\n\nA quokka was seen on the island.")
	s.Put(c)
	w.Changed()
	if res := w.Handle(Request{Op: OpStore, Entries: []library.Entry{c}}); len(res.Added) != 0 || len(res.Dups) != 1 {
		t.Errorf("after another tab stored c: %d added, %d dups", len(res.Added), len(res.Dups))
	}
	// deleted, it can be stored again (undo)
	del := w.Handle(Request{Op: OpDelete, Entry: a.ID})
	if del.Err != nil || del.Entry == nil || del.Entry.ID != a.ID || string(del.Entry.Raw) != string(a.Raw) {
		t.Fatalf("delete: %+v", del)
	}
	if res := w.Handle(Request{Op: OpText, Entry: a.ID}); !errors.Is(res.Err, ErrGone) {
		t.Errorf("text of a deleted entry: %v", res.Err)
	}
	if res := w.Handle(Request{Op: OpStore, Entries: []library.Entry{*del.Entry}}); len(res.Added) != 1 {
		t.Errorf("undo: %d added, dups %v", len(res.Added), res.Dups)
	}
	if res := w.Handle(Request{Op: OpText, Entry: b.ID}); res.Err != nil || !strings.Contains(res.Text, "okapi") {
		t.Errorf("text: %q %v", res.Text, res.Err)
	}
	if res := w.Handle(Request{Op: OpClear}); res.Err != nil || len(s.entries) != 0 {
		t.Errorf("clear: %v, %d left", res.Err, len(s.entries))
	}
	if res := w.Handle(Request{Op: OpStore, Entries: []library.Entry{a}}); len(res.Added) != 1 {
		t.Error("after clear, a file is not a duplicate")
	}
}

// TestSnapshot: the whole library goes to the page as records, cached
// results when current and texts otherwise; once every record has its
// result the worker saves them as the snapshot, which the next visit
// sends as it is, until any change makes it old.
func TestSnapshot(t *testing.T) {
	s := newMemStore()
	w := newTestWorker(s)
	a := file(t, w, "a.txt", "Kyiv talks\n\nThe talks resumed in Kyïv on Monday.")
	b := file(t, w, "b.txt", "Okapi sighting\n\nAn okapi was filmed in the Ituri forest.")
	w.Handle(Request{Op: OpStore, Entries: []library.Entry{a, b}})
	const head = "v1\x00"

	recs := records(t, w.Handle(Request{Op: OpAll, Head: head}))
	if len(recs) != 2 || recs[0].Text == "" || recs[0].Cached != "" {
		t.Fatalf("first all: %+v", recs)
	}
	if w.Pending() != true {
		t.Error("the library changed and no snapshot is pending")
	}
	// the page caches its results: every record then comes cached
	w.Handle(Request{Op: OpCache, Values: map[string][]byte{
		a.ID: []byte(head + a.Hash + "\x00result-a"), b.ID: []byte(head + b.Hash + "\x00result-b")}})
	recs = records(t, w.Handle(Request{Op: OpAll, Head: head}))
	if recs[0].Cached != head+a.Hash+"\x00result-a" || recs[0].Text != "" {
		t.Fatalf("cached record %+v", recs[0])
	}
	w.SaveSnapshot()
	if s.snap == nil || w.Pending() {
		t.Fatal("the snapshot was not saved")
	}
	writes := s.writes

	// the next visit: the snapshot, read ahead, is what "all" sends
	next := newTestWorker(s)
	next.Prefetch()
	res := next.Handle(Request{Op: OpAll, Head: head})
	if p, ok := res.Packed.(PackedBytes); !ok || &p[0] != &s.snap.packed[0] {
		t.Error("the next visit did not get the saved snapshot")
	}
	if len(records(t, res)) != 2 || s.writes != writes {
		t.Error("sending the snapshot changed the library")
	}
	// another pipeline version: read again
	if recs := records(t, next.Handle(Request{Op: OpAll, Head: "v2\x00"})); recs[0].Cached != "" || recs[0].Text == "" {
		t.Errorf("another head took the old results: %+v", recs[0])
	}
	// any change makes the snapshot old
	for _, change := range []Request{
		{Op: OpCache, Values: map[string][]byte{a.ID: []byte("x")}},
		{Op: OpDelete, Entry: b.ID},
		{Op: OpClear},
	} {
		w.SaveSnapshot()
		w.Handle(Request{Op: OpAll, Head: head})
		w.Handle(change)
		if snap, _, ok, _ := s.Snapshot(); ok {
			t.Errorf("%s: the snapshot %d bytes long is still current", change.Op, snap.PackedSize())
		}
		if !w.Pending() {
			t.Errorf("%s: no snapshot pending", change.Op)
		}
	}
}

// TestExportAndImport: the library file carries every entry with the
// reader's dates; read back it gives the same entries, with their texts.
func TestExportAndImport(t *testing.T) {
	s := newMemStore()
	w := newTestWorker(s)
	a := file(t, w, "a.txt", "Kyiv talks\n\nThe talks resumed in Kyïv on Monday.")
	p := w.Handle(Request{Op: OpPaste, Text: "Pasted note\n\nSomething happened last Tuesday."})
	if p.Err != nil || p.Entry == nil || p.Entry.Kind != library.KindText {
		t.Fatalf("paste: %+v", p)
	}
	w.Handle(Request{Op: OpStore, Entries: []library.Entry{a, *p.Entry}})
	res := w.Handle(Request{Op: OpExport, Dates: map[string]string{a.ID: "2024-03-05"}, Version: "v-test"})
	if res.Err != nil || len(res.Bytes) == 0 {
		t.Fatalf("export: %v", res.Err)
	}
	back := w.Handle(Request{Op: OpLibrary, Name: "dossier-library.json", Bytes: res.Bytes})
	if back.Err != nil || len(back.Entries) != 2 {
		t.Fatalf("import: %d entries, %v", len(back.Entries), back.Err)
	}
	for _, e := range back.Entries {
		if e.ID == a.ID && (e.UserDate != "2024-03-05" || string(e.Raw) != string(a.Raw)) {
			t.Errorf("exported %s: date %q", e.ID, e.UserDate)
		}
		if e.Extracted == "" {
			t.Errorf("imported %s has no text", e.ID)
		}
	}
	bad := w.Handle(Request{Op: OpLibrary, Name: "broken.json", Bytes: []byte("{")})
	var fe *libfile.FileError
	if !errors.As(bad.Err, &fe) || fe.Name != "broken.json" {
		t.Errorf("a broken library file: %v", bad.Err)
	}
}

// TestWorkerErrors: a store that cannot be opened or read fails the
// requests that need it, with its error; an unknown request is refused.
func TestWorkerErrors(t *testing.T) {
	closed := errors.New("the library is closed: reload the page")
	w := New(func() (Store, error) { return nil, closed }, &libfile.Files{})
	w.Prefetch()
	w.SaveSnapshot()
	for _, op := range []Op{OpStore, OpAll, OpCache, OpText, OpDelete, OpClear, OpExport} {
		if res := w.Handle(Request{Op: op}); !errors.Is(res.Err, closed) {
			t.Errorf("%s: %v", op, res.Err)
		}
	}
	if res := w.Handle(Request{Op: "rename"}); res.Err == nil || !strings.Contains(res.Err.Error(), "unknown request") {
		t.Errorf("unknown op: %v", res.Err)
	}
	s := newMemStore()
	w = newTestWorker(s)
	var warned []string
	w.Warn = func(m string) { warned = append(warned, m) }
	opened := 0
	w.OnOpen = func(Store) { opened++ }
	s.fail = errors.New("disk error")
	if res := w.Handle(Request{Op: OpStore, Entries: []library.Entry{{ID: "x"}}}); !errors.Is(res.Err, s.fail) {
		t.Errorf("store on a failing disk: %v", res.Err)
	}
	w.head, w.dirty = "v1\x00", true
	w.SaveSnapshot()
	if len(warned) != 1 || opened != 1 {
		t.Errorf("warnings %v, opened %d", warned, opened)
	}
	if res := w.Handle(Request{Op: OpFile, Name: "x.pdf", Bytes: []byte("%PDF")}); res.Err == nil {
		t.Error("a PDF was read")
	}
	if res := w.Handle(Request{Op: OpPaste, Text: "  "}); res.Err == nil {
		t.Error("empty pasted text was read")
	}
}
