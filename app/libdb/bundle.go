//go:build wasm

package libdb

import "syscall/js"

// bundleKey is the meta store's key of the bundled articles' values: the
// values of one bundle are kept, the last one processed.
const bundleKey = "bundle-values"

// BundleValues returns the bundled articles' values saved under key, when
// they are the ones saved (workerproto.Store).
func (l *Library) BundleValues(key string) (packed []byte, ok bool, err error) {
	var req js.Value
	err = l.run("reading the processed articles", []string{idbMeta}, "readonly", func(tx js.Value) {
		req = tx.Call("objectStore", idbMeta).Call("get", bundleKey)
	}, func(js.Value) {
		v := req.Get("result")
		if v.Type() != js.TypeObject || stringOr(v.Get("key")) != key || !isUint8Array(v.Get("packed")) {
			return
		}
		p := v.Get("packed")
		packed = make([]byte, p.Length())
		js.CopyBytesToGo(packed, p)
		ok = true
	})
	return packed, ok, err
}

// SaveBundleValues keeps packed under key in place of the values saved
// before. The library's entries are not touched: its generation and
// snapshot stay.
func (l *Library) SaveBundleValues(key string, packed []byte) error {
	value := js.Global().Get("Object").New()
	value.Set("key", key)
	value.Set("packed", bytesToJS(packed))
	return l.run("keeping the processed articles", []string{idbMeta}, "readwrite", func(tx js.Value) {
		tx.Call("objectStore", idbMeta).Call("put", value, bundleKey)
	}, nil)
}
