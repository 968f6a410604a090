//go:build wasm && importworker

package main

import (
	"errors"
	"syscall/js"

	"github.com/dossierapp/dossier/app/workerproto"
)

// The library worker's helper (workerproto.Helper) is a second dedicated
// worker, started by the library worker from the same script and wasm
// (the same URLs, which the service worker keeps for offline use), named
// pipelineName: it runs the article pipeline on the
// batches it is sent (pipelineMain), on the machine's other core, and
// keeps nothing. Its messages are {packed: Uint8Array}, a batch
// (workerproto.PackBatch) one way, its result (PackResult) the other.

// pipelineName is the helper's worker name (self.name).
const pipelineName = "dossier-pipeline"

// jsHelper is the helper seen from the library worker: started at the
// first batch sent, ended by Stop.
type jsHelper struct {
	url    string // the worker's script
	worker js.Value
	funcs  []js.Func
	done   chan workerproto.HelperResult
	// The worker's messages before its Go has started are lost: the
	// batches wait until it says it is ready.
	ready   bool
	waiting [][]byte
}

// newJSHelper returns the helper of the worker whose script is at url.
func newJSHelper(url string) *jsHelper {
	// The worker answers at most helperAhead batches at once, and its
	// failures are sent without waiting: this never fills.
	return &jsHelper{url: url, done: make(chan workerproto.HelperResult, 64)}
}

// Done implements workerproto.Helper.
func (h *jsHelper) Done() <-chan workerproto.HelperResult { return h.done }

// Send implements workerproto.Helper.
func (h *jsHelper) Send(b workerproto.HelperBatch) {
	if h.worker.IsUndefined() {
		h.start()
	}
	packed := workerproto.PackBatch(b)
	if !h.ready {
		h.waiting = append(h.waiting, packed)
		return
	}
	h.post(packed)
}

// post posts a packed batch to the helper's worker.
func (h *jsHelper) post(packed []byte) {
	arr := js.Global().Get("Uint8Array").New(len(packed))
	js.CopyBytesToJS(arr, packed)
	h.worker.Call("postMessage", map[string]any{"packed": arr}, []any{arr.Get("buffer")})
}

// Stop implements workerproto.Helper.
func (h *jsHelper) Stop() {
	if h.worker.IsUndefined() {
		return
	}
	h.worker.Call("terminate")
	h.worker, h.ready, h.waiting = js.Undefined(), false, nil
	for _, f := range h.funcs {
		f.Release()
	}
	h.funcs = nil
}

// start starts the helper's worker.
func (h *jsHelper) start() {
	h.worker = js.Global().Get("Worker").New(h.url, map[string]any{"name": pipelineName})
	fail := func(msg string) {
		select {
		case h.done <- workerproto.HelperResult{Err: errors.New(msg)}:
		default:
		}
	}
	onMessage := js.FuncOf(func(this js.Value, args []js.Value) any {
		data := args[0].Get("data")
		switch {
		case data.Get("type").String() == "failed":
			fail(data.Get("error").String())
		case data.Get("type").String() == "ready":
			// how it started: from the shared module, or fetched
			mark("w-helper-ready-" + data.Get("start").String())
			h.ready = true
			for _, p := range h.waiting {
				h.post(p)
			}
			h.waiting = nil
		case data.Get("packed").Truthy():
			arr := data.Get("packed")
			b := make([]byte, arr.Length())
			js.CopyBytesToGo(b, arr)
			r, err := workerproto.UnpackResult(b)
			if err != nil {
				fail(err.Error())
				return nil
			}
			h.done <- r
		}
		return nil
	})
	onError := js.FuncOf(func(this js.Value, args []js.Value) any {
		fail("the second pipeline worker stopped: " + args[0].Get("message").String())
		return nil
	})
	h.worker.Set("onmessage", onMessage)
	h.worker.Set("onerror", onError)
	h.funcs = []js.Func{onMessage, onError}
	// Its first message is this worker's compiled module (import-worker.js),
	// so that it neither fetches nor compiles the wasm again.
	js.Global().Call("dossierShareModule", h.worker)
}

// pipelineMain is the helper's main: it processes the batches it is sent,
// one at a time, and posts their values back.
func pipelineMain(p *workerPipeline) {
	self := js.Global()
	batches := make(chan js.Value, 16)
	self.Set("onmessage", js.FuncOf(func(this js.Value, args []js.Value) any {
		batches <- args[0].Get("data").Get("packed")
		return nil
	}))
	start := "fetched"
	if self.Get("dossierShared").Truthy() {
		start = "shared"
	}
	self.Call("postMessage", map[string]any{"type": "ready", "start": start})
	for arr := range batches {
		b := make([]byte, arr.Length())
		js.CopyBytesToGo(b, arr)
		var r workerproto.HelperResult
		batch, err := workerproto.UnpackBatch(b)
		r.ID, r.Err = batch.ID, err
		if err == nil {
			r.Values = make([][]byte, len(batch.Articles))
			for i, a := range batch.Articles {
				r.Values[i] = p.Process(a, "")
			}
		}
		out := workerproto.PackResult(r)
		res := js.Global().Get("Uint8Array").New(len(out))
		js.CopyBytesToJS(res, out)
		self.Call("postMessage", map[string]any{"packed": res}, []any{res.Get("buffer")})
	}
}
