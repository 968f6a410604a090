//go:build wasm

package ui

import (
	"errors"
	"sync"
	"syscall/js"

	"github.com/dossierapp/dossier/app/workerproto"
)

// The app's side of web/import.js, which runs the library worker
// (cmd/dossier/main_worker.go): the worker imports the files web/import.js
// posts it (workerproto.Importer) and keeps the library in IndexedDB; the
// app gets its reports (workerproto.Progress: records, an entry's metadata
// and processed value, no raw bytes) and shows them.

// bridgeState is the bridge to the library worker: started once, and the
// receiver of its reports.
type bridgeState struct {
	mu      sync.Mutex
	started bool
	handler func(importEvent)
}

// startBridge starts the library worker (once) and makes fn the receiver
// of its reports. fn runs on a goroutine, one report at a time, so it may
// block.
func startBridge(workerURL string, fn func(importEvent)) {
	bridge := &theDossier.bridge
	bridge.mu.Lock()
	defer bridge.mu.Unlock()
	bridge.handler = fn
	api := js.Global().Get("dossierImport")
	if bridge.started || !api.Truthy() {
		return
	}
	bridge.started = true
	events := make(chan importEvent, 256)
	sink := js.FuncOf(func(this js.Value, args []js.Value) any {
		m := args[0]
		var ev importEvent
		if m.Get("type").String() == "changed" {
			ev.Changed = true
		} else {
			p := workerproto.ProgressFromJS(m)
			ev = importEvent{Done: p.Done, Total: p.Total, End: p.End, Cancelled: p.Cancelled, Quota: p.Quota,
				Added: p.Added, Dups: p.Dups, Errors: p.Errors}
		}
		go func() { events <- ev }()
		return nil
	})
	go func() {
		for ev := range events {
			bridge.mu.Lock()
			h := bridge.handler
			bridge.mu.Unlock()
			h(ev)
		}
	}()
	api.Call("bind", sink, workerURL)
}

// libCall asks the library worker and waits for its answer (call it from
// a goroutine). An answer's error is returned as the error.
func libCall(req workerproto.Request) (workerproto.Response, error) {
	api := js.Global().Get("dossierImport")
	if !api.Truthy() {
		return workerproto.Response{}, errors.New("the library is not available")
	}
	done := make(chan js.Value, 1)
	then := js.FuncOf(func(this js.Value, a []js.Value) any {
		done <- a[0]
		return nil
	})
	defer then.Release()
	msg := workerproto.RequestToJS(req)
	api.Call("call", string(req.Op), msg).Call("then", then)
	res := workerproto.ResponseFromJS(<-done)
	return res, res.Err
}

// jsAwait waits for a promise of window.dossierImport (storage, persist).
func jsAwait(method string) js.Value {
	api := js.Global().Get("dossierImport")
	if !api.Truthy() {
		return js.Undefined()
	}
	done := make(chan js.Value, 1)
	then := js.FuncOf(func(this js.Value, a []js.Value) any {
		done <- a[0]
		return nil
	})
	defer then.Release()
	api.Call(method).Call("then", then)
	return <-done
}

// keptAnswer is the bundle's whole answer the library worker kept for the
// next visit (workerproto's snapshot.go), as the worker's script read it
// before its Go started (web/import-worker.js's readKept, passed on by
// web/import.js), when it is the answer for the bundle at url and head:
// the page decodes it without waiting for the worker's start. ok is false
// when there is none (a first visit, a new version) or it is another's.
func keptAnswer(url, head string) (res workerproto.Response, ok bool) {
	v := jsAwait("kept")
	if v.Type() != js.TypeObject || v.Get("total").Type() != js.TypeNumber {
		return res, false
	}
	abs := js.Global().Get("URL").New(url, js.Global().Get("location").Get("href")).Call("toString").String()
	if v.Get("url").String() != abs || v.Get("key").String() != workerproto.SnapshotKey(abs, head) {
		return res, false
	}
	return workerproto.Response{Total: v.Get("total").Int(), Packed: workerproto.NewJSPacked(v.Get("packed"))}, true
}

// storageInfo is navigator.storage's estimate and whether it is persisted.
func storageInfo() (usage, quota int64, persisted bool) {
	v := jsAwait("storage")
	if !v.Truthy() {
		return 0, 0, false
	}
	return int64(v.Get("usage").Float()), int64(v.Get("quota").Float()), v.Get("persisted").Truthy()
}

// requestPersist asks the browser to keep the site's storage.
func requestPersist() { jsAwait("persist") }

// importCall calls a method of web/import.js's window.dossierImport.
func importCall(method string, args ...any) {
	if api := js.Global().Get("dossierImport"); api.Truthy() {
		api.Call(method, args...)
	}
}

// download saves data as a file named name (through a Blob URL).
func download(name, mime string, data []byte) {
	a := js.Global().Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(a, data)
	importCall("download", name, mime, a)
}
