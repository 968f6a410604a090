//go:build wasm

package libdb

// The library's snapshot: what the library worker last sent the app for
// the whole library (its records, packed by library.AppendRecord), kept in
// the meta store so that a repeat visit reads one value instead of every
// entry and cached result.
//
// Every write (Put, Delete, Clear, PutCache, DeleteCache) renews the
// library's generation, a token in the meta store, and deletes the
// snapshot, in the write's own transaction. A snapshot carries the
// generation it was made from and is used only while that is still the
// library's generation, so a change made by another tab (or by this one)
// between reading the records and saving their snapshot can never be
// hidden by a stale one.

import (
	"math/rand/v2"
	"strconv"
	"syscall/js"
	"time"

	"github.com/dossierapp/dossier/app/workerproto"
)

// Keys of the meta store.
const (
	genKey      = "library-gen"
	snapshotKey = "library-snapshot"
)

// renewGen gives the library a new generation and drops its snapshot; call
// it in the fill of every transaction that changes entries or the cache.
func renewGen(tx js.Value) {
	meta := tx.Call("objectStore", idbMeta)
	meta.Call("put", strconv.FormatInt(time.Now().UnixNano(), 36)+"-"+strconv.FormatUint(rand.Uint64(), 36), genKey)
	meta.Call("delete", snapshotKey)
}

// Snapshot returns the saved snapshot's packed records (a Uint8Array of
// its own, which can be transferred) and the head (the app's pipeline
// version) it was made for, when it is current: made from the library's
// present generation. ok is false when there is none.
func (l *Library) Snapshot() (packed workerproto.Packed, head string, ok bool, err error) {
	var snap, gen js.Value
	err = l.run("reading the library", []string{idbMeta}, "readonly", func(tx js.Value) {
		meta := tx.Call("objectStore", idbMeta)
		snap = meta.Call("get", snapshotKey)
		gen = meta.Call("get", genKey)
	}, func(js.Value) {
		s := snap.Get("result")
		if s.Type() != js.TypeObject {
			return
		}
		p := s.Get("packed")
		if stringOr(s.Get("gen")) == stringOr(gen.Get("result")) && isUint8Array(p) {
			packed, head, ok = workerproto.NewJSPacked(p), stringOr(s.Get("head")), true
		}
	})
	return packed, head, ok, err
}

// SaveSnapshot keeps packed as the snapshot of generation gen (from
// Records) for head, unless the library has changed since: saved is false
// then, and nothing is written.
func (l *Library) SaveSnapshot(gen, head string, packed []byte) (saved bool, err error) {
	value := js.Global().Get("Object").New()
	value.Set("gen", gen)
	value.Set("head", head)
	value.Set("packed", bytesToJS(packed))
	var onGen js.Func
	defer func() { onGen.Release() }()
	err = l.run("saving the library's snapshot", []string{idbMeta}, "readwrite", func(tx js.Value) {
		meta := tx.Call("objectStore", idbMeta)
		req := meta.Call("get", genKey)
		// Written from the request's success handler, in the same
		// transaction: no other write can come between the check and it.
		onGen = js.FuncOf(func(js.Value, []js.Value) any {
			defer func() {
				if r := recover(); r != nil {
					// put threw (a full disk): nothing is saved.
					saved = false
					defer func() { _ = recover() }() // already aborted
					tx.Call("abort")
				}
			}()
			if stringOr(req.Get("result")) == gen {
				meta.Call("put", value, snapshotKey)
				saved = true
			}
			return nil
		})
		req.Set("onsuccess", onGen)
	}, nil)
	return saved && err == nil, err
}

// stringOr is v as a string, or "" when it is not one.
func stringOr(v js.Value) string {
	if v.Type() == js.TypeString {
		return v.String()
	}
	return ""
}
