// Package library is the reader's own articles as data: the files they
// imported or pasted, kept as lossless originals with their edits (hidden,
// a publication date they set), deduplicated by content, and exported to and
// imported from one JSON file.
//
// It is plain Go (no browser code): the app keeps entries in IndexedDB
// (app/ui/idb.go), the CLI and tests use the same functions natively.
package library

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/ingest"
)

// MaxFileSize is the largest file accepted for import: ingest.MaxSize, the
// limit of every way in.
const MaxFileSize = ingest.MaxSize

// Kinds of entries.
const (
	KindText     = ingest.KindText
	KindMarkdown = ingest.KindMarkdown
	KindHTML     = ingest.KindHTML
)

// Entry is one article of the reader's library. Raw is the file exactly as
// imported; everything else about the article (its text, cleanup, dates) is
// derived from it, so nothing is ever lost.
//
// Its JSON form (see MarshalJSON) is the one the export file uses.
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
	// Extracted is the article text (what Text returns), filled by
	// FromFile, FromPaste and WithText, so that the main wasm app, which
	// does not call the HTML extractor (HTML is read in the import worker),
	// can process the entry. It is derived from Raw, so it is not part of
	// the export file.
	Extracted string `json:"-"`
}

// Reasons a file is refused: app/ingest's, wrapped in a *FileError naming
// the file; test with errors.Is.
var (
	ErrUnsupported = ingest.ErrUnsupported
	ErrEmpty       = ingest.ErrEmpty
	ErrTooLarge    = ingest.ErrTooLarge
	ErrBinary      = ingest.ErrBinary
	ErrUndecodable = ingest.ErrUndecodable
	ErrNoText      = ingest.ErrNoText
)

// FileError is a file that was refused: its name and why.
type FileError = ingest.FileError

// KindOf returns the kind of a file from its name's extension, or "" when it
// is not an article file.
func KindOf(name string) string { return ingest.KindOf(name) }

// FromFile makes an entry from an imported file, read by app/ingest as a
// bundled file is: the same kind, text and ID. It refuses (with a
// *FileError naming the file) other extensions, empty, binary, undecodable
// and over-MaxFileSize files, and HTML pages without article text.
func FromFile(name string, data []byte, now time.Time) (Entry, error) {
	name = ingest.BaseName(name)
	if !ingest.IsArticleName(name) {
		return Entry{}, &FileError{Name: name, Err: ErrUnsupported}
	}
	f, err := ingest.Read(name, data)
	if err != nil {
		return Entry{}, err
	}
	e := newEntry(name, f.Kind, data, now)
	e.Extracted = f.Text
	return e, nil
}

// FromPaste makes a text entry from pasted text. Its name is the text's first
// line, shortened.
func FromPaste(text string, now time.Time) (Entry, error) {
	name := pasteName(text)
	return newEntry(name, KindText, []byte(text), now).WithText()
}

// WithText returns the entry with Extracted filled in (from Text), or the
// error Text gives.
func (e Entry) WithText() (Entry, error) {
	e.Extracted = ""
	text, err := e.Text()
	if err != nil {
		return Entry{}, err
	}
	e.Extracted = text
	return e, nil
}

func newEntry(name, kind string, data []byte, now time.Time) Entry {
	raw := append([]byte(nil), data...)
	h := HashOf(raw)
	return Entry{
		ID:    ingest.ID(name, h),
		Name:  name,
		Kind:  kind,
		Raw:   raw,
		Hash:  h,
		Added: now.UTC().Truncate(time.Millisecond),
	}
}

// HashOf is the SHA-256 of data, lower-case hex: an Entry's Hash.
func HashOf(data []byte) string { return ingest.HashOf(data) }

func pasteName(text string) string {
	for _, line := range strings.Split(text, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			continue
		}
		if r := []rune(line); len(r) > 60 {
			line = strings.TrimSpace(string(r[:60])) + "…"
		}
		if !utf8.ValidString(line) {
			line = strings.ToValidUTF8(line, "\uFFFD")
		}
		return line
	}
	return "Pasted text"
}

// Text returns the article text to clean: Extracted when it is filled in,
// else the entry's raw bytes read by app/ingest as its Kind (the decoded
// file for .txt and .md, the extracted main content for HTML).
func (e Entry) Text() (string, error) {
	if e.Extracted != "" {
		return e.Extracted, nil
	}
	f, err := ingest.ReadAs(e.Name, e.Kind, e.Raw)
	if err != nil {
		return "", err
	}
	return f.Text, nil
}

// Article is the entry as the processing pipeline takes it: a corpus article
// whose Text is Text().
func (e Entry) Article() (corpus.Article, error) {
	text, err := e.Text()
	if err != nil {
		return corpus.Article{}, err
	}
	return corpus.Article{ID: e.ID, Source: e.Name, Name: e.Name, Size: len(e.Raw), Text: text}, nil
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
