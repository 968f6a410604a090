//go:build js && wasm

package workerproto

import (
	"errors"
	"syscall/js"
)

// The import's JavaScript form: web/import.js posts {op: "import", pick,
// names, library} (a pick of files, by name) and then the browser's File
// objects themselves, unread, fifty at a time 40 ms apart ({op: "files",
// pick, from, files}: the page's thread pays for each File it posts, about
// 0.2 ms, and thousands at once would hold it for a long frame); or {op:
// "import", text}; and {op: "cancel"}. None is answered:
// the worker posts each Progress as {type: "batch", added, dups, errors,
// quota, done, total} or, at the end, {type: "done", done, total,
// cancelled}.

// JSFiles keeps the files of the picks whose File objects are still to
// come.
type JSFiles struct{ picks map[int][]*JSFile }

// NewJSFiles returns an empty JSFiles.
func NewJSFiles() *JSFiles { return &JSFiles{picks: map[int][]*JSFile{}} }

// Pick makes the files of an "import" message of a pick: known by name at
// once, their size and content once their File has come (Deliver).
func (fs *JSFiles) Pick(m js.Value) []ImportFile {
	names := m.Get("names")
	list := make([]*JSFile, names.Length())
	out := make([]ImportFile, len(list))
	for i := range list {
		list[i] = &JSFile{name: stringOr(names.Index(i)), file: make(chan js.Value, 1)}
		out[i] = list[i]
	}
	if len(list) > 0 {
		fs.picks[m.Get("pick").Int()] = list
	}
	return out
}

// Deliver hands the File objects of a "files" message to their files.
func (fs *JSFiles) Deliver(m js.Value) {
	pick, from, files := m.Get("pick").Int(), m.Get("from").Int(), m.Get("files")
	list := fs.picks[pick]
	for i := 0; i < files.Length() && from+i < len(list); i++ {
		list[from+i].file <- files.Index(i)
	}
	if from+files.Length() >= len(list) {
		delete(fs.picks, pick)
	}
}

// JSFile is a file of a pick: its name, and its File once the page has
// posted it. Size and Read wait for the File: call them in turn, not at
// once, and never in a callback from JavaScript.
type JSFile struct {
	name string
	file chan js.Value
	v    js.Value // the File, once received
	got  bool
}

// Name is the file's name.
func (f *JSFile) Name() string { return f.name }

// the File, waiting for it the first time.
func (f *JSFile) get() js.Value {
	if !f.got {
		f.v, f.got = <-f.file, true
	}
	return f.v
}

// Size is its size in bytes.
func (f *JSFile) Size() int64 { return int64(f.get().Get("size").Float()) }

// Read reads the File (File.arrayBuffer).
func (f *JSFile) Read() ([]byte, error) {
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
	f.get().Call("arrayBuffer").Call("then", ok, fail)
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
