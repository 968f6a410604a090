// Package workerproto is the protocol between the page and the library
// worker (web/import-worker.wasm, cmd/dossier/main_worker.go), shared by
// the page's Go side (app/ui's bridge), the worker's Go side and
// web/import.js: the requests and answers as Go types (Request, Response),
// their JavaScript form (js.go, import_js.go, in the browser), and the
// worker's logic (Worker) over a small storage interface (Store) that
// app/libdb implements on IndexedDB, and the import's (Importer: the queue
// of files, batches, limits, cancel; import.go). Natively the logic runs over any Store, so
// deduplication, the snapshot's invalidation and export are tested without
// a browser (an in-memory Store in the tests).
//
// Requests, each {id, op, ...}, are answered {id, ...} one at a time, in
// order; an answer's "error" is a message for the reader, and "quota" says
// the storage is full:
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
//	export {dates, version} → {bytes}         the library file (libfile.Export)
//	bundle {url, head, from} → {packed, total} the bundled articles' values from
//	                                           the from-th on, processed here (bundle.go)
//	process {entry}        → {bytes}          a stored entry processed again: its value
//	reclean {entry, lines} → {bytes}          a bundled article or stored entry cleaned
//	                                           again without its site's template lines
//	stories {url, head}    → {packed}         the story clustering of the bundle read,
//	                                           all processed (stories.go)
//
// A worker with a pipeline (the browser's) processes imported entries
// itself: "store" answers records with their cached value, and "all"
// processes the records it has no current value for, keeping the values
// in the cache; without one (tests of the library alone) it sends their
// text, and the page processes them and sends the values back with
// "cache".
//
// An entry is what the library stores (library.Entry: raw bytes and all); a
// record (library.Record) is an entry without raw, which is what the page
// processes. The page keeps what it made of an entry in the cache, under
// the entry's ID (app/doccache values): "all" gives a record its cached
// value when that begins with head, the entry's hash and a NUL (made by the
// page's pipeline version from this content), and the article text only
// when it does not. Its records come packed into one byte array
// (library.AppendRecord), transferred, not copied. After a change the
// worker saves those packed records as the library's snapshot once the
// requests pause, and the next "all" sends that one value as long as
// nothing has changed since. Unasked: {type: "ready"} once started,
// {type: "changed"} when another tab changed the library.
//
// The import is not answered: the page posts
//
//	import {pick, names, library}  a pick of files, by name
//	files {pick, from, files}      its File objects (unread), in chunks
//	import {text}                  pasted text
//	cancel                         stop the import under way
//
// and the worker reports its Progress, unasked: {type: "batch", added, dups,
// errors, quota, done, total} after each batch stored, {type: "done", done,
// total, cancelled} at the end (import_js.go).
package workerproto

import (
	"errors"

	"github.com/dossierapp/dossier/app/library"
)

// Op names a request.
type Op string

// The requests.
const (
	OpFile    Op = "file"
	OpPaste   Op = "paste"
	OpLibrary Op = "library"
	OpStore   Op = "store"
	OpAll     Op = "all"
	OpCache   Op = "cache"
	OpText    Op = "text"
	OpDelete  Op = "delete"
	OpClear   Op = "clear"
	OpExport  Op = "export"
	OpBundle  Op = "bundle"
	OpProcess Op = "process"
	OpReclean Op = "reclean"
	OpStories Op = "stories"
	OpImport  Op = "import" // unanswered: the Importer's
	OpFiles   Op = "files"  // unanswered: the Importer's
	OpCancel  Op = "cancel" // unanswered: the Importer's
)

// Request is a request to the library worker; each op uses the fields the
// package comment lists for it.
type Request struct {
	Op      Op
	Name    string            // file, library: the file's name
	Bytes   []byte            // file, library: its content
	Text    string            // paste
	Entries []library.Entry   // store
	Head    string            // all: the page's cache head (doccache.Head)
	Values  map[string][]byte // cache: values by entry ID
	Entry   string            // text, delete, process: an entry's ID
	Dates   map[string]string // export: the reader's dates by entry ID
	Version string            // export: the app's version
	URL     string            // bundle, stories: the bundle's URL
	From    int               // bundle: the first article wanted
	// reclean: the articles to clean again, each without its site's
	// template lines
	Recleans []Reclean
}

// Reclean is an article (bundled, or a stored entry) to clean again
// without its site's template lines (clean.Templates.SiteLines).
type Reclean struct {
	Entry string
	Lines map[string]int
}

// Response is the worker's answer to a Request.
type Response struct {
	Err     error           // a message for the reader (a *QuotaError-wrapping error when storage is full)
	Entry   *library.Entry  // file, paste: the entry read; delete: the entry deleted
	Entries []library.Entry // library
	Added   []library.Record
	Dups    []string // store: names of the files already in the library
	Packed  Packed   // all: records; bundle: articles and values (PackArticles); reclean: values (PackValues), in order; stories: PackStories
	Total   int      // bundle: how many articles the bundle has
	Text    string   // text
	Bytes   []byte   // export: the file; process: the value; bundle: the server's copies of a first answer that brings every article (PackCopies), or nil
}

// Packed is the library's records packed by library.AppendRecord: bytes
// made now, or a snapshot the store read, which in the browser goes to the
// page as it is, without being copied.
// (Its methods have names of their own: a call through an interface keeps
// every method of that name in the wasm, and "Bytes" would bring
// math/big's and the crypto it serves.)
type Packed interface {
	// PackedSize is its length in bytes.
	PackedSize() int
	// PackedData returns them in Go memory.
	PackedData() []byte
}

// PackedDataPaced is p.PackedData, copied from JavaScript's memory (a
// JSPacked) in chunks of packedChunk bytes with pause called between
// them: the worker's first answer, 27 MB with the 10,000 Reuters stories,
// held the page's thread for a quarter of a second in one copy.
func PackedDataPaced(p Packed, pause func()) []byte {
	c, ok := p.(interface{ copyTo(b []byte, from int) })
	if !ok {
		return p.PackedData()
	}
	b := make([]byte, p.PackedSize())
	for from := 0; from < len(b); from += packedChunk {
		if from > 0 {
			pause()
		}
		c.copyTo(b[from:min(from+packedChunk, len(b))], from)
	}
	return b
}

// packedChunk is how many bytes PackedDataPaced copies at once.
const packedChunk = 2 << 20

// Records unpacks the records of an "all" answer.
func (r Response) Records() ([]library.Record, error) {
	if r.Packed == nil {
		return nil, errors.New("the library worker sent no records")
	}
	return library.ReadRecords(string(r.Packed.PackedData()))
}

// PackedBytes is packed records in Go memory.
type PackedBytes []byte

// PackedSize is the length of p.
func (p PackedBytes) PackedSize() int { return len(p) }

// PackedData returns p.
func (p PackedBytes) PackedData() []byte { return p }

// ErrStorageFull is what an error of a write the browser refused for lack
// of storage wraps (app/libdb's QuotaError): test with errors.Is.
var ErrStorageFull = errors.New("storage is full")

// RemoteError is an error the worker answered.
type RemoteError struct {
	Msg   string
	Quota bool // storage is full: nothing of the write was stored
}

func (e *RemoteError) Error() string { return e.Msg }

// Unwrap makes a storage-full answer match ErrStorageFull.
func (e *RemoteError) Unwrap() error {
	if e.Quota {
		return ErrStorageFull
	}
	return nil
}
