//go:build js && wasm

package workerproto

import (
	"errors"
	"time"

	"syscall/js"

	"github.com/dossierapp/dossier/app/library"
)

// The protocol's JavaScript form: requests and answers are plain objects
// posted between the page and the worker (and built by web/import.js);
// entries are objects with raw as a Uint8Array (app/libdb stores them so),
// records objects without it, byte values Uint8Arrays.

var (
	uint8Array = js.Global().Get("Uint8Array")
	object     = js.Global().Get("Object")
	array      = js.Global().Get("Array")
)

// JSPacked is packed records in a Uint8Array: a snapshot read from
// IndexedDB, or an answer the page received. The worker sends it as it is
// (transferred, not copied). A bundle's answer kept (libdb's
// BundleSnapshot) is a Blob, which the worker only sends on, unread
// (the worker's script read it for the page before: web/import-worker.js).
type JSPacked struct{ v js.Value }

// NewJSPacked is the packed records in the Uint8Array (or Blob) v.
func NewJSPacked(v js.Value) JSPacked { return JSPacked{v} }

// PackedSize is the length of p.
func (p JSPacked) PackedSize() int { return p.v.Length() }

// PackedData copies p into Go.
func (p JSPacked) PackedData() []byte {
	b := make([]byte, p.v.Length())
	js.CopyBytesToGo(b, p.v)
	return b
}

// copyTo copies p's bytes from from on into b (see PackedDataPaced).
func (p JSPacked) copyTo(b []byte, from int) {
	js.CopyBytesToGo(b, p.v.Call("subarray", from, from+len(b)))
}

// RequestToJS makes the message of a request (the page's side).
func RequestToJS(r Request) js.Value {
	o := object.New()
	o.Set("op", string(r.Op))
	switch r.Op {
	case OpFile, OpLibrary:
		o.Set("name", r.Name)
		o.Set("bytes", BytesToJS(r.Bytes))
	case OpPaste:
		o.Set("text", r.Text)
	case OpStore:
		list := array.New()
		for _, e := range r.Entries {
			list.Call("push", EntryToJS(e))
		}
		o.Set("entries", list)
	case OpAll:
		o.Set("head", r.Head)
	case OpCache:
		vals := object.New()
		for k, b := range r.Values {
			vals.Set(k, BytesToJS(b))
		}
		o.Set("values", vals)
	case OpReclean:
		list := array.New()
		for _, rc := range r.Recleans {
			lines := object.New()
			for k, n := range rc.Lines {
				lines.Set(k, n)
			}
			item := object.New()
			item.Set("entry", rc.Entry)
			item.Set("lines", lines)
			list.Call("push", item)
		}
		o.Set("recleans", list)
	case OpText, OpDelete, OpProcess:
		o.Set("entry", r.Entry)
	case OpExport:
		dates := object.New()
		for k, d := range r.Dates {
			dates.Set(k, d)
		}
		o.Set("dates", dates)
		o.Set("version", r.Version)
	case OpBundle:
		o.Set("url", r.URL)
		o.Set("head", r.Head)
		o.Set("from", r.From)
	case OpStories:
		o.Set("url", r.URL)
		o.Set("head", r.Head)
	}
	return o
}

// RequestFromJS reads a request message (the worker's side).
func RequestFromJS(m js.Value) (Request, error) {
	r := Request{Op: Op(stringOr(m.Get("op"))), Name: stringOr(m.Get("name")), Text: stringOr(m.Get("text")),
		Head: stringOr(m.Get("head")), Entry: stringOr(m.Get("entry")), Version: stringOr(m.Get("version")),
		URL: stringOr(m.Get("url"))}
	if f := m.Get("from"); f.Type() == js.TypeNumber {
		r.From = f.Int()
	}
	if b := m.Get("bytes"); b.Truthy() {
		r.Bytes = bytesOf(b)
	}
	if in := m.Get("entries"); in.Truthy() {
		for i := 0; i < in.Length(); i++ {
			e, err := EntryFromJS(in.Index(i))
			if err != nil {
				return r, err
			}
			r.Entries = append(r.Entries, e)
		}
	}
	if vals := m.Get("values"); vals.Truthy() {
		keys := object.Call("keys", vals)
		r.Values = make(map[string][]byte, keys.Length())
		for i := 0; i < keys.Length(); i++ {
			k := keys.Index(i).String()
			r.Values[k] = bytesOf(vals.Get(k))
		}
	}
	if list := m.Get("recleans"); list.Truthy() {
		for i := 0; i < list.Length(); i++ {
			item := list.Index(i)
			rc := Reclean{Entry: stringOr(item.Get("entry")), Lines: map[string]int{}}
			if lines := item.Get("lines"); lines.Truthy() {
				keys := object.Call("keys", lines)
				for j := 0; j < keys.Length(); j++ {
					k := keys.Index(j).String()
					if n := lines.Get(k); n.Type() == js.TypeNumber {
						rc.Lines[k] = n.Int()
					}
				}
			}
			r.Recleans = append(r.Recleans, rc)
		}
	}
	if dates := m.Get("dates"); dates.Truthy() {
		keys := object.Call("keys", dates)
		r.Dates = make(map[string]string, keys.Length())
		for i := 0; i < keys.Length(); i++ {
			k := keys.Index(i).String()
			if d := dates.Get(k); d.Type() == js.TypeString {
				r.Dates[k] = d.String()
			}
		}
	}
	return r, nil
}

// ResponseToJS makes the answer message (the worker's side) and lists the
// ArrayBuffers it moves to the page instead of copying.
func ResponseToJS(res Response) (msg js.Value, transfer []js.Value) {
	o := object.New()
	if res.Err != nil {
		o.Set("error", res.Err.Error())
		if errors.Is(res.Err, ErrStorageFull) {
			o.Set("quota", true)
		}
		return o, nil
	}
	if res.Entry != nil {
		o.Set("entry", EntryToJS(*res.Entry))
	}
	if res.Entries != nil {
		list := array.New()
		for _, e := range res.Entries {
			list.Call("push", EntryToJS(e))
		}
		o.Set("entries", list)
	}
	if res.Added != nil || res.Dups != nil {
		recs := array.New()
		for _, r := range res.Added {
			recs.Call("push", RecordToJS(r))
		}
		names := array.New()
		for _, n := range res.Dups {
			names.Call("push", n)
		}
		o.Set("added", recs)
		o.Set("dups", names)
	}
	switch p := res.Packed.(type) {
	case JSPacked:
		// A Blob (an answer kept, libdb's BundleSnapshot) goes unread,
		// as a handle; a Uint8Array is moved.
		o.Set("packed", p.v)
		if isUint8Array(p.v) {
			transfer = append(transfer, p.v.Get("buffer"))
		}
	case PackedBytes:
		b := BytesToJS(p)
		o.Set("packed", b)
		transfer = append(transfer, b.Get("buffer"))
	}
	if res.Total != 0 {
		o.Set("total", res.Total)
	}
	if res.Text != "" {
		o.Set("text", res.Text)
	}
	if res.Bytes != nil {
		b := BytesToJS(res.Bytes)
		o.Set("bytes", b)
		transfer = append(transfer, b.Get("buffer"))
	}
	return o, transfer
}

// ResponseFromJS reads an answer (the page's side): its error, its
// entries and records; packed records stay a Uint8Array (JSPacked).
func ResponseFromJS(v js.Value) Response {
	var res Response
	if e := v.Get("error"); e.Truthy() {
		res.Err = &RemoteError{Msg: e.String(), Quota: v.Get("quota").Truthy()}
		return res
	}
	if e := v.Get("entry"); e.Type() == js.TypeObject {
		if en, err := EntryFromJS(e); err == nil {
			res.Entry = &en
		}
	}
	if a := v.Get("added"); a.Truthy() {
		res.Added = RecordsFromJS(a)
	}
	if p := v.Get("packed"); isUint8Array(p) {
		res.Packed = JSPacked{p}
	}
	if t := v.Get("total"); t.Type() == js.TypeNumber {
		res.Total = t.Int()
	}
	res.Text = stringOr(v.Get("text"))
	if b := v.Get("bytes"); isUint8Array(b) {
		res.Bytes = bytesOf(b)
	}
	return res
}

// BytesToJS copies b into a new Uint8Array.
func BytesToJS(b []byte) js.Value {
	a := uint8Array.New(len(b))
	js.CopyBytesToJS(a, b)
	return a
}

// bytesOf copies a Uint8Array (or an ArrayBuffer) into Go.
func bytesOf(v js.Value) []byte {
	if !v.InstanceOf(uint8Array) {
		v = uint8Array.New(v)
	}
	b := make([]byte, v.Length())
	js.CopyBytesToGo(b, v)
	return b
}

func isUint8Array(v js.Value) bool {
	return v.Type() == js.TypeObject && v.InstanceOf(uint8Array)
}

// stringOr is v as a string, or "" when it is not one.
func stringOr(v js.Value) string {
	if v.Type() == js.TypeString {
		return v.String()
	}
	return ""
}

// EntryToJS is an entry as the library stores it and the protocol sends
// it: raw as a Uint8Array, Added as an RFC 3339 string, an HTML page's
// extracted text as "text".
func EntryToJS(e library.Entry) js.Value {
	o := object.New()
	o.Set("id", e.ID)
	o.Set("name", e.Name)
	o.Set("kind", e.Kind)
	o.Set("raw", BytesToJS(e.Raw))
	o.Set("hash", e.Hash)
	o.Set("added", e.Added.UTC().Format(time.RFC3339Nano))
	o.Set("hidden", e.Hidden)
	o.Set("userDate", e.UserDate)
	if e.Kind == library.KindHTML && e.Extracted != "" {
		// The article text the import worker extracted: the page cannot
		// extract HTML itself.
		o.Set("text", e.Extracted)
	}
	return o
}

// EntryFromJS reads an entry object (see EntryToJS) as it is: Extracted
// is an HTML page's text, "" for text and Markdown, which storage keeps
// only as raw bytes (app/libdb reads their text again, with
// app/library/libfile, which the page does not link).
func EntryFromJS(o js.Value) (library.Entry, error) {
	if o.Type() != js.TypeObject {
		return library.Entry{}, errors.New("not an object: " + o.Type().String())
	}
	str := func(k string) string { return stringOr(o.Get(k)) }
	e := library.Entry{ID: str("id"), Name: str("name"), Kind: str("kind"), Hash: str("hash"), UserDate: str("userDate"), Extracted: str("text")}
	if e.ID == "" {
		return e, errors.New("record without an id")
	}
	raw := o.Get("raw")
	if !isUint8Array(raw) {
		return e, errors.New(e.ID + ": no raw content")
	}
	e.Raw = make([]byte, raw.Length())
	js.CopyBytesToGo(e.Raw, raw)
	if h := o.Get("hidden"); h.Type() == js.TypeBoolean {
		e.Hidden = h.Bool()
	}
	t, err := time.Parse(time.RFC3339Nano, str("added"))
	if err != nil {
		return e, errors.New(e.ID + ": added: " + err.Error())
	}
	e.Added = t.UTC()
	return e, nil
}

// RecordToJS is a record as the protocol sends it.
func RecordToJS(r library.Record) js.Value {
	o := object.New()
	o.Set("id", r.ID)
	o.Set("name", r.Name)
	o.Set("kind", r.Kind)
	o.Set("hash", r.Hash)
	o.Set("hidden", r.Hidden)
	o.Set("userDate", r.UserDate)
	o.Set("size", r.Size)
	o.Set("text", r.Text)
	return o
}

// RecordsFromJS reads an array of records.
func RecordsFromJS(v js.Value) []library.Record {
	if !v.Truthy() {
		return nil
	}
	out := make([]library.Record, v.Length())
	for i := range out {
		o := v.Index(i)
		str := func(k string) string { return stringOr(o.Get(k)) }
		out[i] = library.Record{ID: str("id"), Name: str("name"), Kind: str("kind"), Hash: str("hash"),
			UserDate: str("userDate"), Text: str("text"), Hidden: o.Get("hidden").Truthy()}
		if n := o.Get("size"); n.Type() == js.TypeNumber {
			out[i].Size = n.Int()
		}
		if c := o.Get("cached"); isUint8Array(c) {
			out[i].Cached = string(bytesOf(c))
		}
	}
	return out
}
