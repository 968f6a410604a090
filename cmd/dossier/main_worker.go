//go:build wasm && importworker

// Command dossier, compiled to WebAssembly with -tags importworker, is the
// library worker (web/import-worker.wasm, started by web/import.js in a Web
// Worker, without go-app). It owns the reader's library: it reads imported
// files (decoding, checks, HTML main-content extraction), keeps the entries
// in IndexedDB (app/libdb), removes duplicates, and writes and reads export
// files. The main app only receives the article text of each entry, so it
// carries none of that code (it would not fit the app's size budget), and
// the page stays responsive while thousands of files are read.
//
// Requests, each {id, op, ...}, are answered {id, ...} one at a time, in
// order (id is the request's: an entry's ID travels as "entry"); "error"
// in an answer is a message for the reader:
//
//	file {name, bytes}     → {entry}          read one file (not stored yet)
//	paste {text}           → {entry}
//	library {name, bytes}  → {entries}        read a library export file
//	store {entries}        → {added, dups}    store new entries, one transaction
//	all {head}             → {packed}         every stored entry (records, packed)
//	cache {values}         → {}               keep processed results, by entry ID
//	text {entry}           → {text}           the article text of the entry with that ID
//	delete {entry}         → {entry}          the deleted entry, for undo
//	clear                  → {}
//	export {dates}         → {bytes}          the library file (library.Export)
//
// An entry is the object libdb stores (raw as a Uint8Array, text: the
// article text); a record is an entry without raw, which is what the app
// processes. The app keeps what it made of an entry in the cache store,
// under the entry's ID (app/doccache values): "all" gives a record the
// cached value as "cached" when it begins with head, the entry's hash and a
// NUL (made by the app's pipeline version from this content), and the
// article text only when it does not, for the app to process. Its records
// come packed into one byte array (library.AppendRecord), transferred, not
// copied: thousands of objects would cost both threads more than the
// library's own reading. After a change the worker saves those packed
// records as the library's snapshot (libdb.SaveSnapshot) once the requests
// pause, and the next "all" sends that one value as long as nothing has
// changed since. Unasked: {type: "ready"} once started, {type: "changed"}
// when another tab changed the library.
package main

import (
	"errors"
	"syscall/js"
	"time"

	"github.com/dossierapp/dossier/app/libdb"
	"github.com/dossierapp/dossier/app/library"
)

var (
	self       = js.Global()
	uint8Array = self.Get("Uint8Array")
	object     = self.Get("Object")
	array      = self.Get("Array")
)

func main() {
	requests := make(chan js.Value, 256)
	onMessage := js.FuncOf(func(this js.Value, args []js.Value) any {
		requests <- args[0].Get("data")
		return nil
	})
	self.Set("onmessage", onMessage)
	self.Call("postMessage", map[string]any{"type": "ready"})
	w := &worker{}
	// The app asks for the whole library first: read its snapshot now,
	// while the app is still loading.
	w.prefetch()
	for {
		// After a change, once the requests pause, the worker saves the
		// library's snapshot for the next visit (see saveSnapshot).
		var idle <-chan time.Time
		if (w.dirty || w.unsaved != nil) && w.head != "" {
			idle = time.After(snapshotDelay)
		}
		select {
		case msg := <-requests:
			w.answer(msg)
		case <-idle:
			w.saveSnapshot()
		}
	}
}

// snapshotDelay is how long the requests must pause before the worker
// saves a snapshot of a changed library: an import sends its batches
// closer together than that.
const snapshotDelay = 300 * time.Millisecond

// answer handles one request and posts its answer.
func (w *worker) answer(msg js.Value) {
	out := object.New()
	out.Set("id", msg.Get("id"))
	transfer = transfer[:0]
	if err := w.handle(msg, out); err != nil {
		out.Set("error", err.Error())
		var qe *libdb.QuotaError
		if errors.As(err, &qe) {
			out.Set("quota", true)
		}
	}
	list := array.New()
	for _, b := range transfer {
		list.Call("push", b)
	}
	self.Call("postMessage", out, list)
}

// transfer lists the ArrayBuffers of the answer being made that move to
// the page instead of being copied.
var transfer []js.Value

type worker struct {
	// pre is the library's snapshot as read at start (see prefetch);
	// nil once used or after any change.
	pre    *snapshot
	lib    *libdb.Library
	known  []library.Entry // ID and Hash of the stored entries, for Dedupe
	loaded bool            // known is current
	dirty  bool            // the library changed since its snapshot was saved
	// unsaved is what the last "all" packed, every record with its
	// cached result: saved as the snapshot as it is, without reading the
	// library again.
	unsaved *packedLibrary
	head    string // the app's cache head, from its last "all"
}

func (w *worker) open() (*libdb.Library, error) {
	l, err := libdb.Open()
	if err != nil {
		return nil, err
	}
	if l != w.lib {
		w.lib, w.loaded = l, false
		l.OnChange(func() {
			w.loaded, w.pre = false, nil
			self.Call("postMessage", map[string]any{"type": "changed"})
		})
	}
	return l, nil
}

// packedLibrary is the library packed as "all" sends it, with the
// generation it was read from.
type packedLibrary struct {
	gen    string
	packed []byte
}

// snapshot is a library snapshot the worker read (libdb.Snapshot).
type snapshot struct {
	packed js.Value
	head   string
}

// prefetch reads the library's current snapshot, if it has one, into
// w.pre. A failure here is met again, and reported, by the request.
func (w *worker) prefetch() {
	l, err := w.open()
	if err != nil {
		return
	}
	if packed, head, ok, err := l.Snapshot(); err == nil && ok {
		w.pre = &snapshot{packed, head}
	}
}

// knownEntries returns the open library with w.known current.
func (w *worker) knownEntries() (*libdb.Library, error) {
	l, err := w.open()
	if err != nil || w.loaded {
		return l, err
	}
	all, err := l.All()
	if err != nil {
		return nil, err
	}
	w.known = w.known[:0]
	for _, e := range all {
		w.known = append(w.known, library.Entry{ID: e.ID, Hash: e.Hash})
	}
	w.loaded = true
	return l, nil
}

// errGone is the answer about an entry that is not stored (any more).
var errGone = errors.New("that article is no longer in your library")

// entry returns the open library and the stored entry with the given ID.
func (w *worker) entry(id string) (*libdb.Library, library.Entry, error) {
	l, err := w.open()
	if err != nil {
		return nil, library.Entry{}, err
	}
	e, ok, err := l.Get(id)
	if err == nil && !ok {
		err = errGone
	}
	return l, e, err
}

// packRecords reads the whole library as the app takes it (see recordOf),
// packed, with the generation it belongs to. allCached is true when every
// record came with its current cached result.
func (w *worker) packRecords(l *libdb.Library, head string) (lib packedLibrary, allCached bool, err error) {
	known := w.known[:0]
	allCached = true
	lib.gen, err = l.Records(func(o, cached js.Value) {
		if r, ok := recordOf(o, cached, head); ok {
			lib.packed = library.AppendRecord(lib.packed, r)
			known = append(known, library.Entry{ID: r.ID, Hash: r.Hash})
			allCached = allCached && r.Cached != ""
		}
	})
	if err == nil {
		w.known, w.loaded = known, true
	}
	return lib, allCached, err
}

// saveSnapshot keeps the library's records, packed as "all" sends them, so
// that the next visit reads them in one value (libdb.SaveSnapshot): those
// the last "all" packed when nothing changed since, else read now. A
// failure (a full disk) only costs the next visit that time.
func (w *worker) saveSnapshot() {
	lib := w.unsaved
	w.unsaved = nil
	l, err := w.open()
	if err != nil {
		return
	}
	if w.dirty || lib == nil {
		w.dirty = false
		var read packedLibrary
		if read, _, err = w.packRecords(l, w.head); err == nil {
			lib = &read
		}
	}
	if err == nil {
		_, err = l.SaveSnapshot(lib.gen, w.head, lib.packed)
	}
	if err != nil {
		self.Get("console").Call("warn", "dossier: the library's snapshot was not saved:", err.Error())
	}
}

func (w *worker) handle(msg, out js.Value) error {
	now := time.Now()
	op := msg.Get("op").String()
	switch op {
	case "store", "cache", "delete", "clear":
		// The library changes: the snapshot read at start and what "all"
		// packed are old.
		w.pre, w.unsaved = nil, nil
	}
	switch op {
	case "file":
		e, err := library.FromFile(msg.Get("name").String(), bytesOf(msg.Get("bytes")), now)
		if err != nil {
			return err
		}
		out.Set("entry", libdb.EntryToJS(e))
	case "paste":
		e, err := library.FromPaste(msg.Get("text").String(), now)
		if err != nil {
			return err
		}
		out.Set("entry", libdb.EntryToJS(e))
	case "library":
		es, err := library.Import(bytesOf(msg.Get("bytes")))
		for i := 0; err == nil && i < len(es); i++ {
			es[i], err = es[i].WithText()
		}
		if err != nil {
			return &library.FileError{Name: msg.Get("name").String(), Err: err}
		}
		list := array.New()
		for _, e := range es {
			list.Call("push", libdb.EntryToJS(e))
		}
		out.Set("entries", list)
	case "store":
		l, err := w.knownEntries()
		if err != nil {
			return err
		}
		in := msg.Get("entries")
		var incoming []library.Entry
		for i := 0; i < in.Length(); i++ {
			e, err := libdb.EntryFromJS(in.Index(i))
			if err != nil {
				return err
			}
			if e, err = e.WithText(); err != nil {
				return err
			}
			incoming = append(incoming, e)
		}
		added, dups := library.Dedupe(w.known, incoming)
		if len(added) > 0 {
			if err := l.Put(added...); err != nil {
				return err
			}
			w.dirty = true
		}
		recs := array.New()
		for _, e := range added {
			w.known = append(w.known, library.Entry{ID: e.ID, Hash: e.Hash})
			recs.Call("push", record(e))
		}
		names := array.New()
		for _, e := range dups {
			names.Call("push", e.Name)
		}
		out.Set("added", recs)
		out.Set("dups", names)
	case "all":
		l, err := w.open()
		if err != nil {
			return err
		}
		head := msg.Get("head").String()
		w.head = head
		snap := w.pre
		w.pre = nil
		if snap == nil {
			if packed, h, ok, err := l.Snapshot(); err == nil && ok {
				snap = &snapshot{packed, h}
			}
		}
		if snap != nil && snap.head == head {
			out.Set("packed", snap.packed)
			transfer = append(transfer, snap.packed.Get("buffer"))
			return nil
		}
		lib, allCached, err := w.packRecords(l, head)
		if err != nil {
			return err
		}
		b := uint8Array.New(len(lib.packed))
		js.CopyBytesToJS(b, lib.packed)
		out.Set("packed", b)
		transfer = append(transfer, b.Get("buffer"))
		if allCached {
			// No current snapshot: save this one. (Records sent as text
			// come back processed with "cache", which saves one then.)
			w.unsaved = &lib
		}
	case "cache":
		l, err := w.open()
		if err != nil {
			return err
		}
		vals := msg.Get("values")
		keys := object.Call("keys", vals)
		m := make(map[string][]byte, keys.Length())
		for i := 0; i < keys.Length(); i++ {
			k := keys.Index(i).String()
			m[k] = bytesOf(vals.Get(k))
		}
		w.dirty = true
		return l.PutCache(m)
	case "text":
		_, e, err := w.entry(msg.Get("entry").String())
		if err != nil {
			return err
		}
		text, err := e.Text()
		if err != nil {
			return err
		}
		out.Set("text", text)
	case "delete":
		l, e, err := w.entry(msg.Get("entry").String())
		if err != nil {
			return err
		}
		if err := l.Delete(e.ID); err != nil {
			return err
		}
		w.loaded, w.dirty = false, true
		out.Set("entry", libdb.EntryToJS(e))
	case "clear":
		l, err := w.open()
		if err != nil {
			return err
		}
		w.loaded, w.dirty = false, true
		return l.Clear()
	case "export":
		l, err := w.open()
		if err != nil {
			return err
		}
		all, err := l.All()
		if err != nil {
			return err
		}
		dates := msg.Get("dates")
		for i := range all {
			if d := dates.Get(all[i].ID); d.Type() == js.TypeString {
				all[i].UserDate = d.String()
			}
			all[i].Extracted = ""
		}
		data, err := library.Export(all, msg.Get("version").String())
		if err != nil {
			return err
		}
		b := uint8Array.New(len(data))
		js.CopyBytesToJS(b, data)
		out.Set("bytes", b)
	default:
		return errors.New("unknown request " + op)
	}
	return nil
}

// recordOf is a stored entry object as the app takes it: its cached result
// when that is current (see the package comment), else its article text.
// ok is false for a record that cannot be read (skipped with a warning, as
// libdb.All does).
func recordOf(o, cached js.Value, head string) (r library.Record, ok bool) {
	str := func(k string) string {
		if v := o.Get(k); v.Type() == js.TypeString {
			return v.String()
		}
		return ""
	}
	r = library.Record{ID: str("id"), Name: str("name"), Kind: str("kind"), Hash: str("hash"), UserDate: str("userDate"),
		Hidden: o.Get("hidden").Truthy()}
	if raw := o.Get("raw"); raw.InstanceOf(uint8Array) {
		r.Size = raw.Length()
	}
	if prefix := head + r.Hash + "\x00"; cached.InstanceOf(uint8Array) && cached.Length() >= len(prefix) {
		b := make([]byte, cached.Length())
		js.CopyBytesToGo(b, cached)
		if string(b[:len(prefix)]) == prefix {
			r.Cached = string(b)
			return r, true
		}
	}
	// EntryFromJS reads a text or Markdown entry's text from its raw bytes
	// and takes an HTML page's stored extraction: Text does not extract
	// again.
	e, err := libdb.EntryFromJS(o)
	if err == nil {
		r.Text, err = e.Text()
	}
	if err != nil {
		self.Get("console").Call("warn", "dossier: skipping a library record:", err.Error())
		return r, false
	}
	return r, true
}

// record is an entry as the app takes it: no raw bytes, the article text.
func record(e library.Entry) js.Value {
	o := object.New()
	o.Set("id", e.ID)
	o.Set("name", e.Name)
	o.Set("kind", e.Kind)
	o.Set("hash", e.Hash)
	o.Set("hidden", e.Hidden)
	o.Set("userDate", e.UserDate)
	o.Set("size", len(e.Raw))
	o.Set("text", e.Extracted)
	return o
}

func bytesOf(v js.Value) []byte {
	if !v.InstanceOf(uint8Array) {
		v = uint8Array.New(v)
	}
	b := make([]byte, v.Length())
	js.CopyBytesToGo(b, v)
	return b
}
