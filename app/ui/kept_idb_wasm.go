//go:build wasm

package ui

import (
	"errors"
	"syscall/js"
	"time"
)

// The kept values' IndexedDB (kept_values.go): database "dossier-kept",
// apart from the library worker's "dossier" (app/libdb), so that neither
// upgrades the other's; one object store "kept", each value a Uint8Array
// under its name.
const (
	keptDBName  = "dossier-kept"
	keptDBStore = "kept"
	// keptDBWait is how long the page waits for IndexedDB to open or
	// answer before it keeps the values in local storage instead.
	keptDBWait = 3 * time.Second
)

// keptIDB is an open kept-values database.
type keptIDB struct{ db js.Value }

// openKeptDB opens (creating when needed) the kept-values database.
func openKeptDB() (b keptBackend, err error) {
	defer catchKeptJS(&err)
	factory := js.Global().Get("indexedDB")
	if !factory.Truthy() {
		return nil, errors.New("no IndexedDB")
	}
	req := factory.Call("open", keptDBName, 1)
	upgrade := js.FuncOf(func(js.Value, []js.Value) any {
		db := req.Get("result")
		if !db.Get("objectStoreNames").Call("contains", keptDBStore).Bool() {
			db.Call("createObjectStore", keptDBStore)
		}
		return nil
	})
	defer upgrade.Release()
	req.Set("onupgradeneeded", upgrade)
	if keptEvent(req, "success", "error") != "success" {
		return nil, errors.New("opening the kept values failed")
	}
	db := req.Get("result")
	// A newer Dossier in another tab upgrading the database closes this
	// tab's connection rather than wait for it (later writes then fail,
	// and keep nothing).
	db.Set("onversionchange", js.FuncOf(func(js.Value, []js.Value) any {
		db.Call("close")
		return nil
	}))
	return keptIDB{db}, nil
}

func (b keptIDB) load(names []string) (vals map[string][]byte, err error) {
	defer catchKeptJS(&err)
	tx := b.db.Call("transaction", keptDBStore, "readonly")
	st := tx.Call("objectStore", keptDBStore)
	reqs := make([]js.Value, len(names))
	for i, n := range names {
		reqs[i] = st.Call("get", n)
	}
	if keptEvent(tx, "complete", "error", "abort") != "complete" {
		return nil, errors.New("reading the kept values failed")
	}
	u8 := js.Global().Get("Uint8Array")
	vals = map[string][]byte{}
	for i, r := range reqs {
		v := r.Get("result")
		if !v.InstanceOf(u8) {
			continue
		}
		data := make([]byte, v.Get("length").Int())
		js.CopyBytesToGo(data, v)
		vals[names[i]] = data
	}
	return vals, nil
}

func (b keptIDB) put(name string, data []byte) (wait func() error) {
	var err error
	var tx js.Value
	func() {
		defer catchKeptJS(&err)
		tx = b.db.Call("transaction", keptDBStore, "readwrite")
		v := js.Global().Get("Uint8Array").New(len(data))
		js.CopyBytesToJS(v, data)
		tx.Call("objectStore", keptDBStore).Call("put", v, name)
	}()
	if err != nil {
		return func() error { return err }
	}
	return func() error {
		if keptEvent(tx, "complete", "error", "abort") != "complete" {
			return errors.New("writing a kept value failed")
		}
		return nil
	}
}

// keptEvent waits for target to fire one of the events (as on<name>
// handlers) and returns its name; "" after keptDBWait. Call it from a
// goroutine, never from a JavaScript callback.
func keptEvent(target js.Value, events ...string) string {
	ch := make(chan string, len(events))
	fns := make([]js.Func, len(events))
	for i, name := range events {
		name := name
		fns[i] = js.FuncOf(func(js.Value, []js.Value) any {
			ch <- name
			return nil
		})
		target.Set("on"+name, fns[i])
	}
	var got string
	select {
	case got = <-ch:
	case <-time.After(keptDBWait):
	}
	for i, name := range events {
		target.Set("on"+name, js.Null())
		fns[i].Release()
	}
	return got
}

// catchKeptJS turns a JavaScript exception (a quota, a closed database)
// into err.
func catchKeptJS(err *error) {
	if r := recover(); r != nil {
		if _, ok := r.(js.Error); !ok {
			panic(r)
		}
		*err = errors.New("the kept values' storage failed")
	}
}

// localLegacy is the browser's local storage, where an older Dossier kept
// the values.
type localLegacy struct{}

func (localLegacy) get(name string) ([]byte, bool) {
	item := js.Global().Get("localStorage").Call("getItem", name)
	if item.IsNull() || item.IsUndefined() {
		return nil, false
	}
	return []byte(item.String()), true
}

func (localLegacy) set(name string, data []byte) {
	defer func() { _ = recover() }() // a quota error is thrown as a JS exception
	js.Global().Get("localStorage").Call("setItem", name, string(data))
}

func (localLegacy) del(name string) {
	js.Global().Get("localStorage").Call("removeItem", name)
}
