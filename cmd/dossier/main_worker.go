//go:build wasm && importworker

// Command dossier, compiled to WebAssembly with -tags importworker, is the
// library worker (web/import-worker.wasm, started by web/import.js in a Web
// Worker, without go-app). It owns the reader's library: it reads imported
// files (decoding, checks, HTML main-content extraction), keeps the entries
// in IndexedDB (app/libdb), removes duplicates, and writes and reads export
// files. It also runs the article pipeline on the bundled articles for the
// page (worker_pipeline.go), with a second worker of the same code for
// the machine's other core (worker_helper.go), and keeps what it made for
// the next visit. The main app only receives the article text of each entry, so it
// carries none of that code (it would not fit the app's size budget), and
// the page stays responsive while thousands of files are read.
//
// This file is the glue: messages in and out (their form and the protocol
// are app/workerproto's), and the timer that saves the library's snapshot
// once the requests pause. The logic is workerproto.Worker, over libdb,
// and workerproto.Importer, which reads the files the page posts (File
// objects, read here) and stores them in batches.
package main

import (
	"syscall/js"
	"time"

	"github.com/dossierapp/dossier/app/article"
	"github.com/dossierapp/dossier/app/doccache"
	"github.com/dossierapp/dossier/app/libdb"
	"github.com/dossierapp/dossier/app/library/libfile"
	"github.com/dossierapp/dossier/app/workerproto"
)

func main() {
	self := js.Global()
	params := js.Global().Get("URLSearchParams").New(self.Get("location").Get("search"))
	pipeline := &workerPipeline{}
	if v := params.Call("get", "v"); v.Type() == js.TypeString {
		pipeline.version = v.String()
	}
	if self.Get("name").String() == pipelineName {
		pipelineMain(pipeline)
		return
	}
	requests := make(chan js.Value, 256)
	onMessage := js.FuncOf(func(this js.Value, args []js.Value) any {
		requests <- args[0].Get("data")
		return nil
	})
	self.Set("onmessage", onMessage)
	self.Call("postMessage", map[string]any{"type": "ready"})
	w := workerproto.New(func() (workerproto.Store, error) { return libdb.Open() }, &libfile.Files{})
	w.Warn = warn
	w.Mark = mark
	mark("w-main")
	w.Pipeline = pipeline
	helper := newJSHelper(self.Get("location").Get("href").String())
	w.Helper = helper
	w.OnOpen = func(s workerproto.Store) {
		s.(*libdb.Library).OnChange(func() {
			w.Changed()
			self.Call("postMessage", map[string]any{"type": "changed"})
		})
	}
	// The importer's requests are answered here, between the page's.
	type call struct {
		req   workerproto.Request
		reply chan workerproto.Response
	}
	calls := make(chan call)
	im := workerproto.NewImporter(&libfile.Files{}, func(req workerproto.Request) workerproto.Response {
		c := call{req, make(chan workerproto.Response, 1)}
		calls <- c
		return <-c.reply
	}, func(p workerproto.Progress) {
		self.Call("postMessage", workerproto.ProgressToJS(p))
	})
	picks := workerproto.NewJSFiles()
	// The app asks for the whole library first: read its snapshot now,
	// while the app is still loading; then the bundled articles and the
	// values kept for them, which it asks for next.
	w.Prefetch()
	bundleURL := pipeline.asset("articles.json") // ui.BundlePath's, next to this script
	if pipeline.version != "" {
		// Its URL names the app's version, a hash of the articles among
		// the rest: the worker may keep its whole answer (snapshot.go).
		w.VersionedBundle = bundleURL
	}
	w.PrefetchBundle(bundleURL, doccache.Head(article.Version))
	turn := newTurns()
	for {
		// After a change, once the requests pause, the worker saves the
		// library's snapshot for the next visit.
		var idle, settle <-chan time.Time
		if w.Pending() {
			idle = time.After(snapshotDelay)
		}
		// Reading a bundle answered from its whole answer kept, which
		// the page does not wait for, waits for the requests that
		// follow that answer, which it would hold up.
		if w.Unsettled() {
			settle = time.After(settleDelay)
		}
		// With articles to process before the page asks for them, the
		// worker yields to the event loop (its messages come in) and
		// processes a slice ahead when nothing came.
		var ahead <-chan struct{}
		if w.Ahead() {
			ahead = turn.next()
		}
		select {
		case msg := <-requests:
			switch workerproto.Op(msg.Get("op").String()) {
			case workerproto.OpImport:
				if text := msg.Get("text"); text.Type() == js.TypeString {
					im.Paste(text.String())
				} else {
					im.Files(picks.Pick(msg), msg.Get("library").Truthy())
				}
			case workerproto.OpFiles:
				picks.Deliver(msg)
			case workerproto.OpCancel:
				im.Cancel()
			default:
				answer(self, w, msg)
				// A bundle's whole answer made is kept now, while the
				// page decodes it.
				w.KeepWhole()
			}
		case r := <-helper.Done():
			w.Helped(r)
		case c := <-calls:
			c.reply <- w.Handle(c.req)
		case <-idle:
			w.SaveSnapshot()
		case <-settle:
			w.Settle()
		case <-ahead:
			turn.taken()
			w.WorkAhead(aheadSlice)
		}
	}
}

// snapshotDelay is how long the requests must pause before the worker
// saves a snapshot of a changed library: an import sends its batches
// closer together than that.
const snapshotDelay = 300 * time.Millisecond

// settleDelay is how long the requests must pause before the worker reads
// a bundle it answered from its whole answer kept (workerproto's Settle),
// which only a request for its stories, or for pages cleaned again without
// other lines, needs (and reads at once): a repeat visit's page, which
// decodes that answer and then asks for its pages cleaned again, may take
// seconds on a busy machine, and the reading would hold its request up.
const settleDelay = 10 * time.Second

// aheadSlice is how long the worker processes ahead (workerproto's
// WorkAhead) between two looks at its messages: what a request waits
// behind it at most.
const aheadSlice = 50 * time.Millisecond

// turns gives the worker's loop a turn after the event loop's pending
// tasks (the page's messages among them): a message to itself on a
// MessageChannel, which unlike a timer is not clamped to 4 ms. (A Go timer
// of 0 would not yield: the Go scheduler runs an expired timer without
// returning to JavaScript.)
type turns struct {
	port    js.Value
	ch      chan struct{}
	pending bool
}

// newTurns makes the worker's channel to itself.
func newTurns() *turns {
	t := &turns{ch: make(chan struct{}, 1)}
	mc := js.Global().Get("MessageChannel").New()
	mc.Get("port1").Set("onmessage", js.FuncOf(func(js.Value, []js.Value) any {
		t.ch <- struct{}{}
		return nil
	}))
	t.port = mc.Get("port2")
	return t
}

// next asks for a turn (unless one is already asked for) and returns the
// channel it comes on.
func (t *turns) next() <-chan struct{} {
	if !t.pending {
		t.pending = true
		t.port.Call("postMessage", nil)
	}
	return t.ch
}

// taken records that the turn asked for came.
func (t *turns) taken() { t.pending = false }

// mark tells the page the worker reached a phase (import-worker.js).
func mark(phase string) { js.Global().Call("dossierPhase", phase) }

// answer handles one request and posts its answer, with the request's id.
func answer(self js.Value, w *workerproto.Worker, msg js.Value) {
	var res workerproto.Response
	req, err := workerproto.RequestFromJS(msg)
	if err != nil {
		res.Err = err
	} else {
		if req.URL != "" {
			// The bundle's URL as the worker's prefetch made it (absolute).
			req.URL = js.Global().Get("URL").New(req.URL, self.Get("location").Get("href")).Call("toString").String()
		}
		res = w.Handle(req)
	}
	out, transfer := workerproto.ResponseToJS(res)
	out.Set("id", msg.Get("id"))
	list := js.Global().Get("Array").New()
	for _, b := range transfer {
		list.Call("push", b)
	}
	self.Call("postMessage", out, list)
}
