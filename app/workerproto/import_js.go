//go:build js && wasm

package workerproto

import (
	"errors"
	"syscall/js"
)

// The import's JavaScript form: web/import.js posts {op: "import", files,
// library} (the browser's File objects, unread) or {op: "import", text},
// and {op: "cancel"}, unanswered; the worker posts each Progress as
// {type: "batch", added, dups, errors, quota, done, total} or, at the end,
// {type: "done", done, total, cancelled}.

// JSFile is a File the page posted: read in the worker.
type JSFile struct{ v js.Value }

// FilesFromJS reads a list of File objects (an array or a FileList).
func FilesFromJS(v js.Value) []ImportFile {
	if !v.Truthy() {
		return nil
	}
	out := make([]ImportFile, v.Length())
	for i := range out {
		out[i] = JSFile{v.Index(i)}
	}
	return out
}

// Name is the file's name.
func (f JSFile) Name() string { return stringOr(f.v.Get("name")) }

// Size is its size in bytes.
func (f JSFile) Size() int64 { return int64(f.v.Get("size").Float()) }

// Read reads it (File.arrayBuffer); it waits, so call it on a goroutine,
// never in a callback from JavaScript.
func (f JSFile) Read() ([]byte, error) {
	type result struct {
		v   js.Value
		err error
	}
	done := make(chan result, 1)
	ok := js.FuncOf(func(this js.Value, a []js.Value) any {
		done <- result{v: a[0]}
		return nil
	})
	defer ok.Release()
	fail := js.FuncOf(func(this js.Value, a []js.Value) any {
		done <- result{err: errors.New(js.Global().Get("String").Invoke(a[0]).String())}
		return nil
	})
	defer fail.Release()
	f.v.Call("arrayBuffer").Call("then", ok, fail)
	r := <-done
	if r.err != nil {
		return nil, r.err
	}
	return bytesOf(r.v), nil
}

// ProgressToJS is the message of a report (the worker's side).
func ProgressToJS(p Progress) js.Value {
	o := object.New()
	o.Set("done", p.Done)
	o.Set("total", p.Total)
	if p.End {
		o.Set("type", "done")
		o.Set("cancelled", p.Cancelled)
		return o
	}
	o.Set("type", "batch")
	recs := array.New()
	for _, r := range p.Added {
		recs.Call("push", RecordToJS(r))
	}
	o.Set("added", recs)
	o.Set("dups", stringsToJS(p.Dups))
	o.Set("errors", stringsToJS(p.Errors))
	o.Set("quota", p.Quota)
	return o
}

// ProgressFromJS reads a report (the page's side).
func ProgressFromJS(m js.Value) Progress {
	p := Progress{End: stringOr(m.Get("type")) == "done", Cancelled: m.Get("cancelled").Truthy(), Quota: m.Get("quota").Truthy(),
		Added: RecordsFromJS(m.Get("added")), Dups: stringsFromJS(m.Get("dups")), Errors: stringsFromJS(m.Get("errors"))}
	if n := m.Get("done"); n.Type() == js.TypeNumber {
		p.Done = n.Int()
	}
	if n := m.Get("total"); n.Type() == js.TypeNumber {
		p.Total = n.Int()
	}
	return p
}

func stringsToJS(list []string) js.Value {
	a := array.New()
	for _, s := range list {
		a.Call("push", s)
	}
	return a
}

func stringsFromJS(v js.Value) []string {
	if !v.Truthy() {
		return nil
	}
	out := make([]string, v.Length())
	for i := range out {
		out[i] = stringOr(v.Index(i))
	}
	return out
}
