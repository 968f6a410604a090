package workerproto

import (
	"errors"
	"time"

	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/library"
)

// Store is what the worker needs of the library's storage; app/libdb
// implements it on IndexedDB. Every write (Put, Delete, Clear, PutCache)
// gives the library a new generation and drops its snapshot.
type Store interface {
	// All returns every entry, ordered by ID.
	All() ([]library.Entry, error)
	// Get returns the entry stored under id; ok is false when there is none.
	Get(id string) (e library.Entry, ok bool, err error)
	// Put stores the entries (replacing any with the same ID), all or none.
	Put(entries ...library.Entry) error
	// Delete removes the entries and their cached values, all or none.
	Delete(ids ...string) error
	// Clear removes every entry and the cache.
	Clear() error
	// PutCache keeps the values by key in the cache, all or none.
	PutCache(values map[string][]byte) error
	// Records calls fn with every stored entry, in one reading, and
	// returns the library's generation they belong to.
	Records(fn func(Stored)) (gen string, err error)
	// Snapshot returns the saved snapshot and the head it was made for,
	// when it is of the library's present generation.
	Snapshot() (packed Packed, head string, ok bool, err error)
	// SaveSnapshot keeps packed as the snapshot of generation gen for
	// head, unless the library has changed since (saved is false then).
	SaveSnapshot(gen, head string, packed []byte) (saved bool, err error)
	// KeptBundle returns the bundled articles' values saved last
	// (PackValues) and the key they were saved under ("" and nil when
	// none were): the caller compares the key, so that the values can be
	// read while the bundle's articles, which make the key, are.
	KeptBundle() (key string, packed []byte, err error)
	// SaveBundleValues keeps packed under key in place of the bundle
	// values saved before; it does not change the library's generation.
	SaveBundleValues(key string, packed []byte) error
	// BundleSnapshot returns the bundle's whole answer kept under key
	// (SaveBundleSnapshot), how many articles it holds and the values of
	// its articles cleaned again kept under key (SaveBundleRecleaned, nil
	// when none are); ok is false when the answer kept is another's, or
	// there is none.
	BundleSnapshot(key string) (packed Packed, total int, recleaned []byte, ok bool, err error)
	// SaveBundleSnapshot keeps packed, every article of a bundle with its
	// value (PackArticles), under key in place of the one kept before,
	// with the bundle's URL (absolute), which tells the worker's script
	// whether to read it for the page before the worker's Go starts.
	SaveBundleSnapshot(key, url string, total int, packed []byte) error
	// SaveBundleRecleaned keeps packed, the values of the bundle's
	// articles cleaned again (PackValues: each key, then its value),
	// under key in place of those kept before.
	SaveBundleRecleaned(key string, packed []byte) error
}

// Stored is a stored entry as Store.Records reads it: what it copies is up
// to the caller.
type Stored interface {
	// Record is the entry's metadata: no text, no cached value.
	Record() library.Record
	// Cached returns the entry's cached value when it begins with prefix.
	Cached(prefix string) (string, bool)
	// Entry reads the whole entry.
	Entry() (library.Entry, error)
}

// Worker is the library worker's logic: it answers requests over a Store
// and keeps what it knows of the library between them (the stored entries'
// IDs and hashes, for deduplication; the snapshot read at start; what the
// last "all" packed, to save as the snapshot).
type Worker struct {
	open  func() (Store, error)
	files Files
	// OnOpen is called with every store newly opened (the browser's glue
	// watches it for other tabs' changes and calls Changed).
	OnOpen func(Store)
	// Warn reports a problem that does not fail a request.
	Warn func(msg string)
	// Mark records that the worker reached a phase of its work (the
	// browser benchmarks show it on the page's time line).
	Mark func(phase string)
	// Now is the clock of imported entries' Added time.
	Now func() time.Time
	// Pipeline processes the bundled articles ("bundle"); nil in a worker
	// that only keeps the library.
	Pipeline Pipeline
	// ChunkTime is how long a "bundle" answer may take to make; at least
	// one article is processed each time.
	ChunkTime time.Duration
	// Helper, when set, processes part of a large bundle on another core
	// (helper.go).
	Helper Helper
	help   helping
	// VersionedBundle is the URL of the bundle, when it names the
	// bundle's version (a hash of its articles): the same URL, the same
	// articles. The worker then keeps its whole answer (snapshot.go).
	VersionedBundle string
	snap            *bundleSnap  // the kept answer prefetched, until used
	settle          *bundleSnap  // answered from the snapshot, the bundle not read yet
	whole           *wholeAnswer // a whole answer to keep once answered (Settle)

	fresh           map[string][]byte // values processed for the cache, by entry ID
	bun             *bundleState      // the bundle "bundle" last read
	bunURL, bunHead string            // its URL and the head it was asked for

	store  Store
	pre    *snapshot       // the snapshot read at start; nil once used or after any change
	known  []library.Entry // ID and Hash of the stored entries, for Dedupe
	loaded bool            // known is current
	dirty  bool            // the library changed since its snapshot was saved
	// unsaved is what the last "all" packed, every record with its cached
	// result: saved as the snapshot as it is, without reading again.
	unsaved *packedLibrary
	head    string // the page's cache head, from its last "all"
}

// snapshot is a library snapshot the worker read.
type snapshot struct {
	packed Packed
	head   string
}

// packedLibrary is the library packed as "all" sends it, with the
// generation it was read from.
type packedLibrary struct {
	gen    string
	packed []byte
}

// New returns a worker over the store open opens (called for each request:
// it returns the same store until that one is closed), reading files with
// files (libfile.Files).
func New(open func() (Store, error), files Files) *Worker {
	return &Worker{open: open, files: files, Now: time.Now, Warn: func(string) {}, Mark: func(string) {}, OnOpen: func(Store) {}, ChunkTime: DefaultChunkTime}
}

// Changed tells the worker that another tab changed the library.
func (w *Worker) Changed() { w.loaded, w.pre = false, nil }

func (w *Worker) openStore() (Store, error) {
	s, err := w.open()
	if err != nil {
		return nil, err
	}
	if s != w.store {
		w.store, w.loaded = s, false
		w.OnOpen(s)
	}
	return s, nil
}

// Prefetch reads the library's current snapshot, if it has one: the page
// asks for the whole library first. A failure here is met again, and
// reported, by the request.
func (w *Worker) Prefetch() {
	s, err := w.openStore()
	if err != nil {
		return
	}
	if packed, head, ok, err := s.Snapshot(); err == nil && ok {
		w.pre = &snapshot{packed, head}
	}
}

// Pending reports whether a snapshot waits to be saved (see SaveSnapshot):
// the library changed, or the last "all" packed one, since the last save.
func (w *Worker) Pending() bool { return (w.dirty || w.unsaved != nil) && w.head != "" }

// SaveSnapshot keeps the library's records, packed as "all" sends them, so
// that the next visit reads them in one value: those the last "all" packed
// when nothing changed since, else read now. Call it once the requests
// pause. A failure (a full disk) only costs the next visit that time.
func (w *Worker) SaveSnapshot() {
	lib := w.unsaved
	w.unsaved = nil
	s, err := w.openStore()
	if err != nil {
		return
	}
	if w.dirty || lib == nil {
		w.dirty = false
		var read packedLibrary
		if read, _, err = w.packRecords(s, w.head); err == nil {
			lib = &read
		}
	}
	if err == nil {
		_, err = s.SaveSnapshot(lib.gen, w.head, lib.packed)
	}
	if err != nil {
		w.Warn("the library's snapshot was not saved: " + err.Error())
	}
}

// knownEntries returns the open store with w.known current.
func (w *Worker) knownEntries() (Store, error) {
	s, err := w.openStore()
	if err != nil || w.loaded {
		return s, err
	}
	all, err := s.All()
	if err != nil {
		return nil, err
	}
	w.known = w.known[:0]
	for _, e := range all {
		w.known = append(w.known, library.Entry{ID: e.ID, Hash: e.Hash})
	}
	w.loaded = true
	return s, nil
}

// ErrGone is the answer about an entry that is not stored (any more).
var ErrGone = errors.New("that article is no longer in your library")

// entry returns the open store and the stored entry with the given ID.
func (w *Worker) entry(id string) (Store, library.Entry, error) {
	s, err := w.openStore()
	if err != nil {
		return nil, library.Entry{}, err
	}
	e, ok, err := s.Get(id)
	if err == nil && !ok {
		err = ErrGone
	}
	return s, e, err
}

// packRecords reads the whole library as the page takes it (see
// recordOf), packed, with the generation it belongs to. allCached is true
// when every record came with its current cached result.
func (w *Worker) packRecords(s Store, head string) (lib packedLibrary, allCached bool, err error) {
	known := w.known[:0]
	allCached = true
	lib.gen, err = s.Records(func(st Stored) {
		if r, ok := w.recordOf(st, head); ok {
			lib.packed = library.AppendRecord(lib.packed, r)
			known = append(known, library.Entry{ID: r.ID, Hash: r.Hash})
			allCached = allCached && r.Cached != ""
		}
	})
	if err == nil {
		w.known, w.loaded = known, true
	}
	return lib, allCached, err
}

// recordOf is a stored entry as the page takes it: its cached result when
// that is current (made by the page's pipeline version head from this
// content), else its article text. ok is false for a record that cannot
// be read (skipped with a warning).
func (w *Worker) recordOf(st Stored, head string) (r library.Record, ok bool) {
	r = st.Record()
	if c, ok := st.Cached(head + r.Hash + "\x00"); ok {
		r.Cached = c
		return r, true
	}
	e, err := st.Entry()
	if err == nil {
		r.Text, err = w.files.Text(e)
	}
	if err != nil {
		w.Warn("skipping a library record: " + err.Error())
		return r, false
	}
	w.processRecord(&r)
	return r, true
}

// processRecord, in a worker with a pipeline, processes the record's text
// into its cached value (sent in place of the text) and keeps the value
// for the store (saveFresh).
func (w *Worker) processRecord(r *library.Record) {
	if w.Pipeline == nil {
		return
	}
	v := w.Pipeline.Process(corpus.Article{ID: r.ID, Source: r.Name, Name: r.Name, Size: r.Size, Text: r.Text}, r.Hash)
	r.Cached, r.Text = string(v), ""
	if w.fresh == nil {
		w.fresh = map[string][]byte{}
	}
	w.fresh[r.ID] = v
}

// saveFresh keeps the values processRecord made in the store's cache (one
// transaction). A failure (storage full) costs the next visit the time to
// process them again: it is reported, nothing else.
func (w *Worker) saveFresh(s Store) {
	if len(w.fresh) == 0 {
		return
	}
	if err := s.PutCache(w.fresh); err != nil {
		w.Warn("the processed articles were not kept: " + err.Error())
	}
	w.fresh = nil
	w.dirty = true
}

// Handle answers one request.
func (w *Worker) Handle(req Request) (res Response) {
	res.Err = w.handle(req, &res)
	return res
}

func (w *Worker) handle(req Request, out *Response) error {
	switch req.Op {
	case OpStories:
		w.settleBundle() // it needs the bundle read
	}
	switch req.Op {
	case OpStore, OpCache, OpDelete, OpClear:
		// The library changes: the snapshot read at start and what "all"
		// packed are old.
		w.pre, w.unsaved = nil, nil
	}
	switch req.Op {
	case OpFile:
		e, err := w.files.FromFile(req.Name, req.Bytes, w.Now())
		if err != nil {
			return err
		}
		out.Entry = &e
	case OpPaste:
		e, err := w.files.FromPaste(req.Text, w.Now())
		if err != nil {
			return err
		}
		out.Entry = &e
	case OpLibrary:
		es, err := w.files.ImportFile(req.Name, req.Bytes)
		if err != nil {
			return err
		}
		out.Entries = append([]library.Entry{}, es...) // answered even when empty
	case OpStore:
		return w.storeEntries(req.Entries, out)
	case OpAll:
		return w.all(req.Head, out)
	case OpCache:
		s, err := w.openStore()
		if err != nil {
			return err
		}
		w.dirty = true
		return s.PutCache(req.Values)
	case OpText:
		_, e, err := w.entry(req.Entry)
		if err != nil {
			return err
		}
		out.Text, err = w.files.Text(e)
		return err
	case OpDelete:
		s, e, err := w.entry(req.Entry)
		if err != nil {
			return err
		}
		if err := s.Delete(e.ID); err != nil {
			return err
		}
		w.loaded, w.dirty = false, true
		out.Entry = &e
	case OpClear:
		s, err := w.openStore()
		if err != nil {
			return err
		}
		w.loaded, w.dirty = false, true
		return s.Clear()
	case OpExport:
		return w.export(req, out)
	case OpBundle:
		return w.bundle(req, out)
	case OpStories:
		return w.stories(req, out)
	case OpProcess:
		return w.process(req, out)
	case OpReclean:
		return w.reclean(req, out)
	default:
		return errors.New("unknown request " + string(req.Op))
	}
	return nil
}

// storeEntries stores the entries not in the library yet (by content) and
// answers their records, and the names of the others.
func (w *Worker) storeEntries(incoming []library.Entry, out *Response) error {
	s, err := w.knownEntries()
	if err != nil {
		return err
	}
	for i := range incoming {
		if incoming[i], err = w.files.WithText(incoming[i]); err != nil {
			return err
		}
	}
	added, dups := library.Dedupe(w.known, incoming)
	out.Added, out.Dups = []library.Record{}, []string{} // answered even when empty
	if len(added) > 0 {
		if err := s.Put(added...); err != nil {
			return err
		}
		w.dirty = true
	}
	for _, e := range added {
		w.known = append(w.known, library.Entry{ID: e.ID, Hash: e.Hash})
		r := RecordOf(e)
		w.processRecord(&r)
		out.Added = append(out.Added, r)
	}
	w.saveFresh(s)
	for _, e := range dups {
		out.Dups = append(out.Dups, e.Name)
	}
	return nil
}

// all answers the whole library: the snapshot when it is current for
// head, else the records read now.
func (w *Worker) all(head string, out *Response) error {
	s, err := w.openStore()
	if err != nil {
		return err
	}
	w.head = head
	snap := w.pre
	w.pre = nil
	if snap == nil {
		if packed, h, ok, err := s.Snapshot(); err == nil && ok {
			snap = &snapshot{packed, h}
		}
	}
	if snap != nil && snap.head == head {
		out.Packed = snap.packed
		return nil
	}
	lib, allCached, err := w.packRecords(s, head)
	if err != nil {
		return err
	}
	if len(w.fresh) > 0 {
		// Processed now: the values change the library's generation, so
		// this packing is not saved as the snapshot; the next "all"
		// reads every value back and saves one.
		w.saveFresh(s)
		out.Packed = PackedBytes(lib.packed)
		return nil
	}
	out.Packed = PackedBytes(lib.packed)
	if allCached {
		// No current snapshot: save this one. (Records sent as text come
		// back processed with "cache", which saves one then.)
		w.unsaved = &lib
	}
	return nil
}

// export writes the library file, with the reader's dates.
func (w *Worker) export(req Request, out *Response) error {
	s, err := w.openStore()
	if err != nil {
		return err
	}
	all, err := s.All()
	if err != nil {
		return err
	}
	for i := range all {
		if d, ok := req.Dates[all[i].ID]; ok {
			all[i].UserDate = d
		}
		all[i].Extracted = ""
	}
	out.Bytes, err = w.files.Export(all, req.Version)
	return err
}

// RecordOf is an entry as the page takes it: no raw bytes, the text the
// import extracted (an HTML page's; "" for text, which the page reads).
func RecordOf(e library.Entry) library.Record {
	return library.Record{ID: e.ID, Name: e.Name, Kind: e.Kind, Hash: e.Hash, Hidden: e.Hidden,
		UserDate: e.UserDate, Size: len(e.Raw), Text: e.Extracted}
}
