//go:build wasm

package libdb

// The reader's library in IndexedDB. Database "dossier", version 2, with
// three object stores:
//
//   - "entries": library.Entry records keyed by their "id" (keyPath), Raw as
//     a Uint8Array (lossless), Added as an RFC 3339 string;
//   - "meta":    small string values under string keys (settings, versions),
//     the library's generation and its snapshot (snapshot.go);
//   - "cache":   byte values (Uint8Array) under string keys, for processed
//     results keyed by content hash and pipeline version.
//
// Every call blocks until IndexedDB answers, so call them from a goroutine
// (ctx.Async), never from a JS callback or event handler. Each call is one
// transaction: all of it happens or none of it does, which is what keeps two
// open tabs from corrupting the library and a full disk from losing anything.
// When another tab upgrades the database, this tab's connection closes (so
// the upgrade is not blocked) and later calls say to reload.
//
// idb_other.go has the native stubs.

import (
	"errors"
	"strconv"
	"sync"
	"syscall/js"
	"time"

	"github.com/dossierapp/dossier/app/errwrap"
	"github.com/dossierapp/dossier/app/library"
	"github.com/dossierapp/dossier/app/workerproto"
)

// IndexedDB names.
const (
	idbName = "dossier"
	// Version 2 has the same stores as 1; every write also renews the
	// library's generation (snapshot.go). The bump closes tabs of older
	// versions, which would write without renewing it.
	idbVersion     = 2
	idbEntries     = "entries"
	idbMeta        = "meta"
	idbCache       = "cache"
	idbChannel     = "dossier-library" // BroadcastChannel for change notices
	idbOpenTimeout = 10 * time.Second
)

// Library is an open connection to the library database.
type Library struct {
	mu       sync.Mutex
	db       js.Value
	closed   error // why the connection is closed, or nil
	channel  js.Value
	handlers []js.Func // released on close
	watchers map[int]func()
	nextW    int
}

var idbShared struct {
	sync.Mutex
	lib *Library
}

// Open opens (creating or upgrading when needed) the library
// database. It returns the same connection until that one is closed.
func Open() (*Library, error) {
	idbShared.Lock()
	defer idbShared.Unlock()
	if l := idbShared.lib; l != nil && l.err() == nil {
		return l, nil
	}
	l, err := openIDB()
	if err != nil {
		return nil, err
	}
	idbShared.lib = l
	return l, nil
}

func openIDB() (l *Library, err error) {
	defer catchJS(&err, "opening the library")
	factory := js.Global().Get("indexedDB")
	if !factory.Truthy() {
		return nil, errors.New("this browser offers no IndexedDB storage (private browsing?): imported articles cannot be kept")
	}
	req := factory.Call("open", idbName, idbVersion)
	upgrade := js.FuncOf(func(this js.Value, args []js.Value) any {
		// Runs inside the versionchange transaction: create what is missing.
		db := req.Get("result")
		names := db.Get("objectStoreNames")
		if !names.Call("contains", idbEntries).Bool() {
			db.Call("createObjectStore", idbEntries, map[string]any{"keyPath": "id"})
		}
		for _, s := range []string{idbMeta, idbCache} {
			if !names.Call("contains", s).Bool() {
				db.Call("createObjectStore", s)
			}
		}
		return nil
	})
	defer upgrade.Release()
	req.Set("onupgradeneeded", upgrade)
	defer req.Set("onupgradeneeded", js.Null())

	ev, _ := waitEvent(req, 0, "success", "error", "blocked")
	if ev == "blocked" {
		// Another tab holds an older version open and has not closed it.
		if ev, _ = waitEvent(req, idbOpenTimeout, "success", "error"); ev == "" {
			return nil, errors.New("the library is held open by another Dossier tab that is out of date: close or reload it, then reload this page")
		}
	}
	if ev != "success" {
		e := domErr(req.Get("error"))
		if e.Name == "VersionError" {
			return nil, errors.New("the library was saved by a newer version of Dossier: reload this page to update the app")
		}
		return nil, errwrap.New("opening the library: "+e.Error(), e)
	}
	l = &Library{db: req.Get("result"), watchers: map[int]func(){}}
	onVersionChange := js.FuncOf(func(this js.Value, args []js.Value) any {
		// A newer Dossier in another tab wants to upgrade: let it.
		l.close(errors.New("the library was upgraded by a newer Dossier in another tab: reload this page"))
		return nil
	})
	onClose := js.FuncOf(func(this js.Value, args []js.Value) any {
		// The browser closed the connection (storage cleared, disk error).
		l.close(errors.New("the browser closed the library (was site data cleared?): reload this page"))
		return nil
	})
	l.handlers = append(l.handlers, onVersionChange, onClose)
	l.db.Set("onversionchange", onVersionChange)
	l.db.Set("onclose", onClose)
	if bc := js.Global().Get("BroadcastChannel"); bc.Truthy() {
		l.channel = bc.New(idbChannel)
		onMessage := js.FuncOf(func(this js.Value, args []js.Value) any {
			l.mu.Lock()
			fns := make([]func(), 0, len(l.watchers))
			for _, fn := range l.watchers {
				fns = append(fns, fn)
			}
			l.mu.Unlock()
			for _, fn := range fns {
				fn()
			}
			return nil
		})
		l.handlers = append(l.handlers, onMessage)
		l.channel.Set("onmessage", onMessage)
	}
	return l, nil
}

// close closes the connection for the given reason; later calls return it.
func (l *Library) close(why error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed != nil {
		return
	}
	l.closed = why
	l.db.Call("close")
	l.db.Set("onversionchange", js.Null())
	l.db.Set("onclose", js.Null())
	if l.channel.Truthy() {
		l.channel.Set("onmessage", js.Null())
		l.channel.Call("close")
	}
	// Releasing a func while it runs is allowed: it only drops the
	// reference for later calls.
	for _, f := range l.handlers {
		f.Release()
	}
	l.handlers = nil
}

// Close closes the connection. Use Open to open a new one.
func (l *Library) Close() { l.close(errors.New("the library is closed")) }

func (l *Library) err() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.closed
}

// OnChange calls fn whenever another tab changes the library (Put, Delete,
// Clear, SetMeta, cache writes). fn runs inside a JS event handler: it must
// not block (dispatch to the UI, e.g. ctx.Dispatch or ctx.Async). The
// returned func stops the notices.
func (l *Library) OnChange(fn func()) (stop func()) {
	l.mu.Lock()
	defer l.mu.Unlock()
	id := l.nextW
	l.nextW++
	l.watchers[id] = fn
	return func() {
		l.mu.Lock()
		defer l.mu.Unlock()
		delete(l.watchers, id)
	}
}

func (l *Library) notify(what string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed == nil && l.channel.Truthy() {
		l.channel.Call("postMessage", what)
	}
}

// All returns every entry, ordered by ID. Records that are not entries
// (written by something else) are skipped with a console warning.
func (l *Library) All() (entries []library.Entry, err error) {
	var req js.Value
	err = l.run("reading the library", []string{idbEntries}, "readonly", func(tx js.Value) {
		req = tx.Call("objectStore", idbEntries).Call("getAll")
	}, func(js.Value) {
		arr := req.Get("result")
		n := arr.Length()
		entries = make([]library.Entry, 0, n)
		for i := 0; i < n; i++ {
			e, err := entryFromJS(arr.Index(i))
			if err != nil {
				js.Global().Get("console").Call("warn", "dossier: skipping a library record:", err.Error())
				continue
			}
			entries = append(entries, e)
		}
	})
	return entries, err
}

// Records reads every stored entry and the cache store in one
// transaction, and calls fn with each entry (workerproto.Stored), which
// copies into Go only what is asked of it. gen is the library's generation
// they belong to (see SaveSnapshot).
func (l *Library) Records(fn func(workerproto.Stored)) (gen string, err error) {
	var ents, keys, vals, genReq js.Value
	err = l.run("reading the library", []string{idbEntries, idbCache, idbMeta}, "readonly", func(tx js.Value) {
		ents = tx.Call("objectStore", idbEntries).Call("getAll")
		st := tx.Call("objectStore", idbCache)
		keys = st.Call("getAllKeys")
		vals = st.Call("getAll")
		genReq = tx.Call("objectStore", idbMeta).Call("get", genKey)
	}, func(js.Value) {
		gen = stringOr(genReq.Get("result"))
		cached := map[string]js.Value{}
		ks, vs := keys.Get("result"), vals.Get("result")
		for i, n := 0, min(ks.Length(), vs.Length()); i < n; i++ {
			if k, v := ks.Index(i), vs.Index(i); k.Type() == js.TypeString && isUint8Array(v) {
				cached[k.String()] = v
			}
		}
		arr := ents.Get("result")
		for i, n := 0, arr.Length(); i < n; i++ {
			o := arr.Index(i)
			c, ok := cached[o.Get("id").String()]
			if !ok {
				c = js.Undefined()
			}
			fn(stored{o, c})
		}
	})
	return gen, err
}

// Get returns the entry stored under id; ok is false when there is none.
func (l *Library) Get(id string) (e library.Entry, ok bool, err error) {
	var req js.Value
	var readErr error
	err = l.run("reading the library", []string{idbEntries}, "readonly", func(tx js.Value) {
		req = tx.Call("objectStore", idbEntries).Call("get", id)
	}, func(js.Value) {
		if o := req.Get("result"); o.Type() == js.TypeObject {
			e, readErr = entryFromJS(o)
			ok = readErr == nil
		}
	})
	if err == nil {
		err = readErr
	}
	return e, ok, err
}

// Put stores the entries (replacing any with the same ID) in one
// transaction: either all are stored or, on any failure (a full disk
// included), none is and what was stored before is untouched.
func (l *Library) Put(entries ...library.Entry) error {
	if len(entries) == 0 {
		return nil
	}
	err := l.run("saving to the library", []string{idbEntries, idbMeta}, "readwrite", func(tx js.Value) {
		renewGen(tx)
		st := tx.Call("objectStore", idbEntries)
		for _, e := range entries {
			st.Call("put", workerproto.EntryToJS(e))
		}
	}, nil)
	if err == nil {
		l.notify("put")
	}
	return err
}

// Delete removes the entries with the given IDs (unknown IDs are ignored),
// and the cache values kept under the same keys, all or none.
func (l *Library) Delete(ids ...string) error {
	if len(ids) == 0 {
		return nil
	}
	err := l.run("deleting from the library", []string{idbEntries, idbCache, idbMeta}, "readwrite", func(tx js.Value) {
		renewGen(tx)
		st, cache := tx.Call("objectStore", idbEntries), tx.Call("objectStore", idbCache)
		for _, id := range ids {
			st.Call("delete", id)
			cache.Call("delete", id)
		}
	}, nil)
	if err == nil {
		l.notify("delete")
	}
	return err
}

// Clear removes every entry and the processed-results cache (meta, such as
// settings, stays).
func (l *Library) Clear() error {
	err := l.run("clearing the library", []string{idbEntries, idbCache, idbMeta}, "readwrite", func(tx js.Value) {
		renewGen(tx)
		tx.Call("objectStore", idbEntries).Call("clear")
		tx.Call("objectStore", idbCache).Call("clear")
	}, nil)
	if err == nil {
		l.notify("clear")
	}
	return err
}

// Meta returns the string stored under key in the meta store.
func (l *Library) Meta(key string) (value string, ok bool, err error) {
	var req js.Value
	err = l.run("reading the library", []string{idbMeta}, "readonly", func(tx js.Value) {
		req = tx.Call("objectStore", idbMeta).Call("get", key)
	}, func(js.Value) {
		if v := req.Get("result"); v.Type() == js.TypeString {
			value, ok = v.String(), true
		}
	})
	return value, ok, err
}

// SetMeta stores value under key in the meta store.
func (l *Library) SetMeta(key, value string) error {
	err := l.run("saving to the library", []string{idbMeta}, "readwrite", func(tx js.Value) {
		tx.Call("objectStore", idbMeta).Call("put", value, key)
	}, nil)
	if err == nil {
		l.notify("meta")
	}
	return err
}

// Cache returns every value in the cache store, by key.
func (l *Library) Cache() (map[string][]byte, error) {
	var keys, vals js.Value
	out := map[string][]byte{}
	err := l.run("reading the cache", []string{idbCache}, "readonly", func(tx js.Value) {
		st := tx.Call("objectStore", idbCache)
		keys = st.Call("getAllKeys")
		vals = st.Call("getAll")
	}, func(js.Value) {
		ks, vs := keys.Get("result"), vals.Get("result")
		for i, n := 0, min(ks.Length(), vs.Length()); i < n; i++ {
			k, v := ks.Index(i), vs.Index(i)
			if k.Type() != js.TypeString || !isUint8Array(v) {
				continue
			}
			b := make([]byte, v.Length())
			js.CopyBytesToGo(b, v)
			out[k.String()] = b
		}
	})
	return out, err
}

// PutCache stores the values by key in the cache store, all or none.
func (l *Library) PutCache(values map[string][]byte) error {
	if len(values) == 0 {
		return nil
	}
	return l.run("saving the cache", []string{idbCache, idbMeta}, "readwrite", func(tx js.Value) {
		renewGen(tx)
		st := tx.Call("objectStore", idbCache)
		for k, v := range values {
			st.Call("put", bytesToJS(v), k)
		}
	}, nil)
}

// DeleteCache removes the given keys from the cache store.
func (l *Library) DeleteCache(keys ...string) error {
	if len(keys) == 0 {
		return nil
	}
	return l.run("cleaning the cache", []string{idbCache, idbMeta}, "readwrite", func(tx js.Value) {
		renewGen(tx)
		st := tx.Call("objectStore", idbCache)
		for _, k := range keys {
			st.Call("delete", k)
		}
	}, nil)
}

// run does one transaction: fill issues the requests (synchronously, so
// the transaction cannot commit early), then run waits for the
// transaction to complete and calls done (which may be nil) to read the
// results. A failure aborts the whole transaction.
func (l *Library) run(what string, stores []string, mode string, fill, done func(tx js.Value)) (err error) {
	if err := l.err(); err != nil {
		return err
	}
	defer catchJS(&err, what)
	opts := map[string]any{}
	if mode == "readwrite" {
		// Report success only once the data is on disk.
		opts["durability"] = "strict"
	}
	names := make([]any, len(stores))
	for i, s := range stores {
		names[i] = s
	}
	tx := l.db.Call("transaction", names, mode, opts)
	if ferr := fillTx(tx, fill); ferr != nil {
		if errors.Is(ferr, ErrStorageFull) {
			return ferr
		}
		return errwrap.New(what+": "+ferr.Error()+"; nothing was changed", ferr)
	}
	ev, _ := waitEvent(tx, 0, "complete", "abort")
	if ev != "complete" {
		return txError(what, tx)
	}
	if done != nil {
		done(tx)
	}
	return nil
}

// fillTx calls fill, aborting the transaction when it throws.
func fillTx(tx js.Value, fill func(js.Value)) (err error) {
	defer func() {
		if r := recover(); r != nil {
			func() {
				defer func() { _ = recover() }() // already finished: nothing to abort
				tx.Call("abort")
			}()
			if je, ok := r.(js.Error); ok {
				err = quotaOr(domErr(je.Value))
				return
			}
			panic(r)
		}
	}()
	fill(tx)
	return nil
}

// txError describes why a transaction was aborted.
func txError(what string, tx js.Value) error {
	e := domErr(tx.Get("error"))
	if e.Name == "QuotaExceededError" {
		return quotaOr(e)
	}
	if e.Name == "" {
		return errors.New(what + ": the change was cancelled; nothing was changed")
	}
	return errwrap.New(what+": "+e.Error()+"; nothing was changed", e)
}

// ErrStorageFull is what a QuotaError wraps: test with errors.Is.
var ErrStorageFull = workerproto.ErrStorageFull

// QuotaError is a write refused because the browser's storage quota for
// the site is used up. Nothing of the write was stored.
type QuotaError struct {
	Usage, Quota int64 // bytes, from navigator.storage.estimate(); 0 if unknown
}

func (e *QuotaError) Error() string {
	if e.Quota > 0 {
		return "storage is full: " + MBString(e.Usage) + " used of " + MBString(e.Quota) + "; nothing was changed"
	}
	return "storage is full; nothing was changed"
}

func (e *QuotaError) Unwrap() error { return ErrStorageFull }

func MBString(n int64) string {
	switch {
	case n >= 10<<20:
		return strconv.FormatInt((n+(1<<19))>>20, 10) + " MB"
	default:
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MB"
	}
}

// DOMError is an error thrown or reported by the browser.
type DOMError struct {
	Name, Message string
}

func (e *DOMError) Error() string {
	if e.Message == "" {
		return e.Name
	}
	return e.Name + ": " + e.Message
}

func domErr(v js.Value) *DOMError {
	if !v.Truthy() {
		return &DOMError{}
	}
	e := &DOMError{}
	if n := v.Get("name"); n.Type() == js.TypeString {
		e.Name = n.String()
	}
	if m := v.Get("message"); m.Type() == js.TypeString {
		e.Message = m.String()
	}
	if e.Name == "" && e.Message == "" {
		e.Message = js.Global().Get("String").Invoke(v).String()
	}
	return e
}

// quotaOr returns a *QuotaError (with the current usage and quota) for a
// QuotaExceededError, else e.
func quotaOr(e *DOMError) error {
	if e.Name != "QuotaExceededError" {
		return e
	}
	qe := &QuotaError{}
	qe.Usage, qe.Quota, _ = StorageEstimate()
	return qe
}

// catchJS turns a JS exception (a syscall/js panic) into *err.
func catchJS(err *error, what string) {
	if r := recover(); r != nil {
		je, ok := r.(js.Error)
		if !ok {
			panic(r)
		}
		e := domErr(je.Value)
		if e.Name == "QuotaExceededError" {
			*err = quotaOr(e)
			return
		}
		*err = errwrap.New(what+": "+e.Error(), e)
	}
}

// waitEvent blocks until target fires one of the events (set as on<name>
// handlers) and returns its name and the event; "" when timeout (if > 0)
// passes first.
func waitEvent(target js.Value, timeout time.Duration, events ...string) (string, js.Value) {
	type fired struct {
		name string
		ev   js.Value
	}
	ch := make(chan fired, 1)
	fns := make([]js.Func, len(events))
	for i, name := range events {
		fns[i] = js.FuncOf(func(this js.Value, args []js.Value) any {
			f := fired{name: name}
			if len(args) > 0 {
				f.ev = args[0]
			}
			select {
			case ch <- f:
			default:
			}
			return nil
		})
		target.Set("on"+name, fns[i])
	}
	var f fired
	if timeout > 0 {
		select {
		case f = <-ch:
		case <-time.After(timeout):
		}
	} else {
		f = <-ch
	}
	for i, name := range events {
		target.Set("on"+name, js.Null())
		fns[i].Release()
	}
	return f.name, f.ev
}

// awaitPromise blocks until the promise settles.
func awaitPromise(p js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	ch := make(chan result, 1)
	onOK := js.FuncOf(func(this js.Value, args []js.Value) any {
		var v js.Value
		if len(args) > 0 {
			v = args[0]
		}
		ch <- result{v: v}
		return nil
	})
	onErr := js.FuncOf(func(this js.Value, args []js.Value) any {
		var v js.Value
		if len(args) > 0 {
			v = args[0]
		}
		ch <- result{err: domErr(v)}
		return nil
	})
	p.Call("then", onOK, onErr)
	r := <-ch
	onOK.Release()
	onErr.Release()
	return r.v, r.err
}

func navigatorStorage() (js.Value, error) {
	s := js.Global().Get("navigator").Get("storage")
	if !s.Truthy() {
		return js.Undefined(), errors.New("this browser does not report storage (navigator.storage is missing)")
	}
	return s, nil
}

// StorageEstimate reports the bytes the site uses and may use, from
// navigator.storage.estimate().
func StorageEstimate() (usage, quota int64, err error) {
	defer catchJS(&err, "estimating storage")
	s, err := navigatorStorage()
	if err != nil {
		return 0, 0, err
	}
	v, err := awaitPromise(s.Call("estimate"))
	if err != nil {
		return 0, 0, errwrap.New("estimating storage: "+err.Error(), err)
	}
	if u := v.Get("usage"); u.Type() == js.TypeNumber {
		usage = int64(u.Float())
	}
	if q := v.Get("quota"); q.Type() == js.TypeNumber {
		quota = int64(q.Float())
	}
	return usage, quota, nil
}

// RequestPersist asks the browser to keep the site's storage under
// pressure (navigator.storage.persist()) and reports whether it will.
func RequestPersist() (persisted bool, err error) {
	defer catchJS(&err, "asking for persistent storage")
	s, err := navigatorStorage()
	if err != nil {
		return false, err
	}
	v, err := awaitPromise(s.Call("persist"))
	if err != nil {
		return false, errwrap.New("asking for persistent storage: "+err.Error(), err)
	}
	return v.Type() == js.TypeBoolean && v.Bool(), nil
}

// StoragePersisted reports whether storage is already persistent, without
// asking (navigator.storage.persisted()).
func StoragePersisted() (persisted bool, err error) {
	defer catchJS(&err, "checking persistent storage")
	s, err := navigatorStorage()
	if err != nil {
		return false, err
	}
	v, err := awaitPromise(s.Call("persisted"))
	if err != nil {
		return false, errwrap.New("checking persistent storage: "+err.Error(), err)
	}
	return v.Type() == js.TypeBoolean && v.Bool(), nil
}

var uint8Array = js.Global().Get("Uint8Array")

func bytesToJS(b []byte) js.Value { return workerproto.BytesToJS(b) }

func isUint8Array(v js.Value) bool {
	return v.Type() == js.TypeObject && v.InstanceOf(uint8Array)
}

func isBlob(v js.Value) bool {
	return v.Type() == js.TypeObject && v.InstanceOf(js.Global().Get("Blob"))
}
