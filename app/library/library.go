// Package library is the reader's own articles as data: the files they
// imported or pasted, kept as lossless originals with their edits (hidden,
// a publication date they set), deduplicated by content, and the records
// of them the library worker sends the page.
//
// Reading files into entries, entries into text, and the export file are
// app/library/libfile's: the page links this package, never reads a file,
// and so carries none of app/ingest and the HTML extractor.
//
// It is plain Go (no browser code): the library worker keeps entries in
// IndexedDB (app/libdb), the CLI and tests use the same functions natively.
package library

import (
	"strconv"
	"time"
)

// MaxFileSize is the largest file accepted for import: ingest.MaxSize (5
// MiB), the limit of every way in (TestLimitsAgree, in app/library/libfile,
// checks they agree: this package does not import app/ingest).
const MaxFileSize = 5 << 20

// Kinds of entries: app/ingest's (TestLimitsAgree).
const (
	KindText     = "txt"
	KindMarkdown = "md"
	KindHTML     = "html"
)

// Entry is one article of the reader's library. Raw is the file exactly as
// imported; everything else about the article (its text, cleanup, dates) is
// derived from it, so nothing is ever lost.
//
// Its JSON form, in the export file, is app/library/libfile's (Raw as text
// or as base64).
type Entry struct {
	// ID is stable and URL-safe ([A-Za-z0-9_-]): ingest.ID, the file name
	// made into an ID plus the first 8 hex digits of Hash, e.g.
	// "my-article-3fa9c2d1", the ID the same file has when bundled.
	ID string `json:"id"`
	// Name is the file's name as imported (or a label for pasted text).
	Name string `json:"name"`
	// Kind is "txt", "md" or "html", as ingest.Sniff found it.
	Kind string `json:"kind"`
	// Raw is the original file, byte for byte.
	Raw []byte `json:"raw"`
	// Hash is the SHA-256 of Raw, lower-case hex.
	Hash string `json:"hash"`
	// Added is when the entry was imported (UTC, millisecond precision).
	Added time.Time `json:"added"`
	// Hidden is set when the reader hid the article.
	Hidden bool `json:"hidden"`
	// UserDate is a publication date the reader set ("YYYY-MM-DD"), or "".
	UserDate string `json:"userDate"`
	// Extracted is the article text (what libfile.Text returns), filled
	// by libfile's FromFile, FromPaste and WithText, so that the main wasm
	// app, which does not call the HTML extractor (HTML is read in the
	// import worker), can process the entry. It is derived from Raw, so it
	// is not part of the export file.
	Extracted string `json:"-"`
}

// Dedupe splits incoming into the entries to add and the duplicates of
// entries already in existing (or earlier in incoming), by content hash.
// Added entries whose ID is taken (a different file with the same name
// and hash prefix) get a "-2", "-3", ... suffix, so IDs stay unique.
func Dedupe(existing []Entry, incoming []Entry) (added []Entry, dups []Entry) {
	hashes := make(map[string]bool, len(existing)+len(incoming))
	ids := make(map[string]bool, len(existing)+len(incoming))
	for _, e := range existing {
		hashes[e.Hash] = true
		ids[e.ID] = true
	}
	for _, e := range incoming {
		if hashes[e.Hash] {
			dups = append(dups, e)
			continue
		}
		hashes[e.Hash] = true
		if ids[e.ID] {
			base := e.ID
			for n := 2; ; n++ {
				if id := base + "-" + strconv.Itoa(n); !ids[id] {
					e.ID = id
					break
				}
			}
		}
		ids[e.ID] = true
		added = append(added, e)
	}
	return added, dups
}
