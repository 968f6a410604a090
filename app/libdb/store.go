//go:build wasm

package libdb

import (
	"syscall/js"

	"github.com/dossierapp/dossier/app/library"
	"github.com/dossierapp/dossier/app/library/libfile"
	"github.com/dossierapp/dossier/app/workerproto"
)

// Library is the library worker's store (workerproto.Store).
var _ workerproto.Store = (*Library)(nil)

// stored is an entry as Records reads it: its stored object and its
// cached value (a Uint8Array, or undefined), copied into Go only as asked.
type stored struct{ o, cached js.Value }

// Record is the entry's metadata, with the size of its raw bytes.
func (s stored) Record() library.Record {
	str := func(k string) string { return stringOr(s.o.Get(k)) }
	r := library.Record{ID: str("id"), Name: str("name"), Kind: str("kind"), Hash: str("hash"), UserDate: str("userDate"),
		Hidden: s.o.Get("hidden").Truthy()}
	if raw := s.o.Get("raw"); isUint8Array(raw) {
		r.Size = raw.Length()
	}
	return r
}

// Cached returns the cached value when it begins with prefix.
func (s stored) Cached(prefix string) (string, bool) {
	c := s.cached
	if !isUint8Array(c) || c.Length() < len(prefix) {
		return "", false
	}
	b := make([]byte, c.Length())
	js.CopyBytesToGo(b, c)
	if string(b[:len(prefix)]) != prefix {
		return "", false
	}
	return string(b), true
}

// Entry reads the whole entry: a text or Markdown entry's text from its
// raw bytes, an HTML page's stored extraction (Text does not extract
// again).
func (s stored) Entry() (library.Entry, error) { return entryFromJS(s.o) }

// entryFromJS reads a stored entry object (workerproto.EntryFromJS) with
// its text: only HTML keeps its extracted text in storage; a text or
// Markdown entry's is read again from its raw bytes.
func entryFromJS(o js.Value) (library.Entry, error) {
	e, err := workerproto.EntryFromJS(o)
	if err == nil && e.Kind != library.KindHTML {
		if withText, err := libfile.WithText(e); err == nil {
			e = withText
		}
	}
	return e, err
}
