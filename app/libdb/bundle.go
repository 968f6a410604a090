//go:build wasm

package libdb

import (
	"syscall/js"

	"github.com/dossierapp/dossier/app/workerproto"
)

// bundleKey is the meta store's key of the bundled articles' values: the
// values of one bundle are kept, the last one processed.
const bundleKey = "bundle-values"

// bundleSnapshotKey is the meta store's key of the bundle's whole answer
// (workerproto's snapshot.go): one is kept, the last one made.
const bundleSnapshotKey = "bundle-snapshot"

// bundleRecleanedKey is the meta store's key of the articles cleaned again
// of the bundle whose whole answer is kept.
const bundleRecleanedKey = "bundle-snapshot-recleaned"

// KeptBundle returns the bundled articles' values saved last and the key
// they were saved under ("" when none were; workerproto.Store).
func (l *Library) KeptBundle() (key string, packed []byte, err error) {
	var req js.Value
	err = l.run("reading the processed articles", []string{idbMeta}, "readonly", func(tx js.Value) {
		req = tx.Call("objectStore", idbMeta).Call("get", bundleKey)
	}, func(js.Value) {
		v := req.Get("result")
		if v.Type() != js.TypeObject || !isUint8Array(v.Get("packed")) {
			return
		}
		p := v.Get("packed")
		packed = make([]byte, p.Length())
		js.CopyBytesToGo(packed, p)
		key = stringOr(v.Get("key"))
	})
	return key, packed, err
}

// SaveBundleValues keeps packed under key in place of the values saved
// before. The library's entries are not touched: its generation and
// snapshot stay.
func (l *Library) SaveBundleValues(key string, packed []byte) error {
	return l.putKeyed("keeping the processed articles", bundleKey, keyedPacked(key, packed))
}

// keyedPacked is the record {key, packed} of a bundle's kept bytes.
func keyedPacked(key string, packed []byte) js.Value {
	value := js.Global().Get("Object").New()
	value.Set("key", key)
	value.Set("packed", bytesToJS(packed))
	return value
}

// putKeyed puts value under metaKey in the meta store, in place of what was
// there, leaving the library's generation and snapshot alone; what names
// the work in an error.
func (l *Library) putKeyed(what, metaKey string, value js.Value) error {
	return l.run(what, []string{idbMeta}, "readwrite", func(tx js.Value) {
		tx.Call("objectStore", idbMeta).Call("put", value, metaKey)
	}, nil)
}

// BundleSnapshot returns the bundle's whole answer kept under key (a Blob,
// unread, which the worker's answer hands to the page as it is; a
// Uint8Array of its own, which can be transferred, as kept before the
// Blobs), how many articles it holds and its articles cleaned again kept
// under key, when it is the one kept (workerproto.Store).
func (l *Library) BundleSnapshot(key string) (packed workerproto.Packed, total int, recleaned []byte, ok bool, err error) {
	var req, rreq js.Value
	err = l.run("reading the processed articles", []string{idbMeta}, "readonly", func(tx js.Value) {
		meta := tx.Call("objectStore", idbMeta)
		req = meta.Call("get", bundleSnapshotKey)
		rreq = meta.Call("get", bundleRecleanedKey)
	}, func(js.Value) {
		v := req.Get("result")
		if v.Type() != js.TypeObject || stringOr(v.Get("key")) != key || !isUint8Array(v.Get("packed")) && !isBlob(v.Get("packed")) || v.Get("total").Type() != js.TypeNumber {
			return
		}
		packed, total, ok = workerproto.NewJSPacked(v.Get("packed")), v.Get("total").Int(), true
		if r := rreq.Get("result"); r.Type() == js.TypeObject && stringOr(r.Get("key")) == key && isUint8Array(r.Get("packed")) {
			p := r.Get("packed")
			recleaned = make([]byte, p.Length())
			js.CopyBytesToGo(recleaned, p)
		}
	})
	return packed, total, recleaned, ok, err
}

// SaveBundleSnapshot keeps packed, the bundle's whole answer, under key in
// place of the one kept before, with the bundle's URL. Like the values, it
// leaves the library's generation and snapshot alone.
//
// The answer is kept as a Blob: reading a record deserializes its result
// on the reading thread, and a Uint8Array of the 10,000 Reuters stories'
// whole answer (27 MB) held the reading thread 215-320 ms (plus 75-100 ms
// before the request's success), while a Blob's result is a handle (under
// 1 ms) whose bytes arrayBuffer() reads in a few tasks (125-160 ms in all;
// headless Chromium 156, 27 MB; two tasks of ~80 ms on a page's thread at
// load ~5). So the worker's script reads it for the page as the worker
// starts (web/import-worker.js's readKept; the record's url says which
// bundle it is), and the worker's Go hands it to the page unread.
func (l *Library) SaveBundleSnapshot(key, url string, total int, packed []byte) error {
	value := js.Global().Get("Object").New()
	value.Set("key", key)
	value.Set("url", url)
	value.Set("packed", js.Global().Get("Blob").New([]any{bytesToJS(packed)}))
	value.Set("total", total)
	return l.putKeyed("keeping the processed articles", bundleSnapshotKey, value)
}

// SaveBundleRecleaned keeps packed, the bundle's articles cleaned again,
// under key in place of those kept before.
func (l *Library) SaveBundleRecleaned(key string, packed []byte) error {
	return l.putKeyed("keeping the pages cleaned again", bundleRecleanedKey, keyedPacked(key, packed))
}
