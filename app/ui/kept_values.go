package ui

import "sync"

// What a large dossier keeps between visits (its stories, its copies, its
// pages' template lines: timeline_kept.go, dossier_copies.go,
// template_lines_kept.go) is kept in the browser's IndexedDB, not in its
// local storage: go-app, as it starts, reads and decodes every value of
// local storage (its expired states), megabytes for ten thousand articles,
// on the page's thread. The values are read once, in one go, as the page
// loads (begin), and then served from memory; each change is written
// behind. Values an older Dossier left in local storage are moved over:
// read, written to IndexedDB, and deleted from local storage only once the
// write has succeeded. A browser without IndexedDB keeps them in local
// storage as before.

// keptBackend is where kept values last between visits (IndexedDB in the
// browser: kept_idb_wasm.go; a map in tests).
type keptBackend interface {
	// load returns the values stored under names (those it has).
	load(names []string) (map[string][]byte, error)
	// put starts storing data under name, in the order of the calls,
	// and returns a wait for its outcome.
	put(name string, data []byte) (wait func() error)
}

// legacyStore is where an older Dossier kept the values (the browser's
// local storage), and where they stay when there is no keptBackend.
type legacyStore interface {
	get(name string) ([]byte, bool)
	set(name string, data []byte)
	del(name string)
}

// keptValues are the values kept between visits, by name.
type keptValues struct {
	names  []string
	open   func() (keptBackend, error) // opens the backend (once)
	legacy legacyStore
	once   sync.Once
	ready  chan struct{} // closed once vals is read
	moved  chan struct{} // closed once local storage's values are moved

	mu   sync.Mutex
	db   keptBackend // nil: the values stay in legacy
	vals map[string][]byte
}

// newKeptValues returns the kept values of the given names, not read yet.
func newKeptValues(open func() (keptBackend, error), legacy legacyStore, names ...string) *keptValues {
	return &keptValues{names: names, open: open, legacy: legacy, ready: make(chan struct{}), moved: make(chan struct{})}
}

// begin starts reading the values (at most once), without waiting; a nil
// k (natively) has none.
func (k *keptValues) begin() {
	if k == nil {
		return
	}
	k.once.Do(func() { go k.read() })
}

// read reads the values and moves over those local storage holds.
func (k *keptValues) read() {
	defer close(k.moved)
	vals := map[string][]byte{}
	db, err := k.open()
	if err == nil {
		vals, err = db.load(k.names)
	}
	if err != nil {
		// No IndexedDB (or it failed): local storage, as before.
		vals = map[string][]byte{}
		for _, n := range k.names {
			if data, ok := k.legacy.get(n); ok {
				vals[n] = data
			}
		}
		k.vals = vals
		close(k.ready)
		return
	}
	type moved struct {
		name string
		wait func() error
	}
	var moving []moved
	for _, n := range k.names {
		data, ok := k.legacy.get(n)
		if !ok {
			continue
		}
		if _, have := vals[n]; have {
			// Already moved (its deletion failed or was cut short).
			k.legacy.del(n)
			continue
		}
		vals[n] = data
		moving = append(moving, moved{n, db.put(n, data)})
	}
	k.db, k.vals = db, vals
	close(k.ready)
	for _, m := range moving {
		if m.wait() == nil {
			k.legacy.del(m.name)
		}
	}
}

// get returns the value kept under name, or nil; it waits for the values
// to be read.
func (k *keptValues) get(name string) []byte {
	k.begin()
	<-k.ready
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.vals[name]
}

// set keeps data under name: at once for this visit, and written behind
// for the next (a full storage keeps nothing: the next visit makes it
// again).
func (k *keptValues) set(name string, data []byte) {
	k.begin()
	<-k.ready
	k.mu.Lock()
	defer k.mu.Unlock()
	k.vals[name] = data
	if k.db == nil {
		k.legacy.set(name, data)
		return
	}
	k.db.put(name, data)
}

// keptSlot is one of the kept values (a keptStore).
type keptSlot struct {
	all  *keptValues
	name string
}

func (s keptSlot) Get() []byte     { return s.all.get(s.name) }
func (s keptSlot) Set(data []byte) { s.all.set(s.name, data) }
