// Package library is the reader's own articles as data: the files they
// imported or pasted, kept as lossless originals with their edits (hidden,
// a publication date they set), deduplicated by content, and exported to and
// imported from one JSON file.
//
// It is plain Go (no browser code): the app keeps entries in IndexedDB
// (app/ui/idb.go), the CLI and tests use the same functions natively.
package library

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"github.com/dossierapp/dossier/app/internal/charset"
	"path"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/corpus"
)

// MaxFileSize is the largest file accepted for import: 5 MiB. A news article
// is a few KB of text; a saved page with its inline scripts and styles rarely
// passes 2 MB.
const MaxFileSize = 5 << 20

// Kinds of entries.
const (
	KindText     = "txt"
	KindMarkdown = "md"
	KindHTML     = "html"
)

// Entry is one article of the reader's library. Raw is the file exactly as
// imported; everything else about the article (its text, cleanup, dates) is
// derived from it, so nothing is ever lost.
//
// Its JSON form (see MarshalJSON) is the one the export file uses.
type Entry struct {
	// ID is stable and URL-safe ([A-Za-z0-9_-]): the file name made into an
	// ID plus the first 8 hex digits of Hash, e.g. "my-article-3fa9c2d1".
	ID string `json:"id"`
	// Name is the file's name as imported (or a label for pasted text).
	Name string `json:"name"`
	// Kind is "txt", "md" or "html".
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
	// FromFile, FromPaste and WithText, so that a program without the HTML
	// extractor (the main wasm app: HTML is read in the import worker) can
	// process the entry. It is derived from Raw, so it is not part of the
	// export file.
	Extracted string `json:"-"`
}

// Reasons a file is refused. FromFile wraps them in a *FileError naming the
// file; test with errors.Is.
var (
	ErrUnsupported = errors.New("not an article file (.txt, .md, .markdown, .html or .htm)")
	ErrEmpty       = errors.New("empty file (no text)")
	ErrTooLarge    = fmt.Errorf("file too large (limit %d MB)", MaxFileSize>>20)
	ErrBinary      = errors.New("binary file (NUL bytes or control characters), not text")
	ErrUndecodable = errors.New("text encoding not recognised (not UTF-8, UTF-16 or Windows-1252); save it as UTF-8")
	ErrNoText      = errors.New("no article text found in the page")
)

// FileError is a file that was refused: its name and why.
type FileError struct {
	Name string
	Err  error
	// Detail adds specifics to Err (the size of a file too large, the
	// charset a page declares), or is "".
	Detail string
}

func (e *FileError) Error() string {
	if e.Detail != "" {
		return fmt.Sprintf("%s: %v: %s", e.Name, e.Err, e.Detail)
	}
	return fmt.Sprintf("%s: %v", e.Name, e.Err)
}

func (e *FileError) Unwrap() error { return e.Err }

// KindOf returns the kind of a file from its name's extension, or "" when it
// is not an article file.
func KindOf(name string) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".txt":
		return KindText
	case ".md", ".markdown":
		return KindMarkdown
	case ".html", ".htm":
		return KindHTML
	}
	return ""
}

// FromFile makes an entry from an imported file. It refuses (with a
// *FileError naming the file) other extensions, empty, binary, undecodable
// and over-MaxFileSize files, and HTML pages without article text.
func FromFile(name string, data []byte, now time.Time) (Entry, error) {
	name = baseName(name)
	kind := KindOf(name)
	if kind == "" {
		return Entry{}, &FileError{Name: name, Err: ErrUnsupported}
	}
	e := newEntry(name, kind, data, now)
	if err := e.check(); err != nil {
		return Entry{}, err
	}
	return e.WithText()
}

// FromPaste makes a text entry from pasted text. Its name is the text's first
// line, shortened.
func FromPaste(text string, now time.Time) (Entry, error) {
	name := pasteName(text)
	e := newEntry(name, KindText, []byte(text), now)
	if err := e.check(); err != nil {
		return Entry{}, err
	}
	return e.WithText()
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

// ErrNoExtractor is Text's error for an HTML entry without Extracted text
// in a program that did not set an HTML extractor (see SetHTMLExtractor).
var ErrNoExtractor = errors.New("HTML pages are read by the import worker; this program cannot read them")

// htmlExtractor reads an HTML page's article text; see SetHTMLExtractor.
var htmlExtractor func(page []byte) (string, error)

// SetHTMLExtractor sets how Text reads HTML pages: f returns the page's
// article text, or an error that wraps ErrBinary, ErrUndecodable or
// ErrNoText (or any other error). Package library does not import
// app/extract itself, so that the main wasm app, which only stores,
// processes and exports entries, does not carry the extractor:
// app/library/htmltext sets it when imported.
func SetHTMLExtractor(f func(page []byte) (string, error)) { htmlExtractor = f }

func newEntry(name, kind string, data []byte, now time.Time) Entry {
	raw := append([]byte(nil), data...)
	h := HashOf(raw)
	return Entry{
		ID:    makeID(name, h),
		Name:  name,
		Kind:  kind,
		Raw:   raw,
		Hash:  h,
		Added: now.UTC().Truncate(time.Millisecond),
	}
}

// HashOf is the SHA-256 of data, lower-case hex: an Entry's Hash.
func HashOf(data []byte) string {
	s := sha256.Sum256(data)
	return hex.EncodeToString(s[:])
}

func makeID(name, hash string) string {
	base := corpus.MakeID(name)
	if r := []rune(base); len(r) > 60 {
		base = strings.Trim(string(r[:60]), "-")
	}
	return base + "-" + hash[:8]
}

// baseName drops any folder from a name ("a/b/c.txt" from a dropped folder,
// or a Windows path).
func baseName(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 && i < len(name)-1 {
		name = name[i+1:]
	}
	name = strings.TrimSpace(name)
	if name == "" {
		name = "untitled"
	}
	return name
}

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

// check refuses raw content that is too large, empty, binary or
// undecodable, naming the entry.
func (e Entry) check() error {
	if len(e.Raw) > MaxFileSize {
		return &FileError{Name: e.Name, Err: ErrTooLarge, Detail: mb(int64(len(e.Raw)))}
	}
	_, err := e.decoded()
	return err
}

func mb(n int64) string {
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}

// decoded is the raw file as UTF-8 text (for HTML: the page's source).
func (e Entry) decoded() (string, error) {
	text, detail, reason := decodeText(e.Raw, e.Kind == KindHTML)
	if reason != nil {
		return "", &FileError{Name: e.Name, Err: reason, Detail: detail}
	}
	return text, nil
}

// Text returns the article text to clean: Extracted when it is filled in,
// else the decoded file for .txt and .md, the extracted main content
// (headline, then paragraphs) for HTML.
func (e Entry) Text() (string, error) {
	if e.Extracted != "" {
		return e.Extracted, nil
	}
	text, err := e.decoded()
	if err != nil || e.Kind != KindHTML {
		return text, err
	}
	if htmlExtractor == nil {
		return "", &FileError{Name: e.Name, Err: ErrNoExtractor}
	}
	text, err = htmlExtractor(e.Raw)
	switch {
	case errors.Is(err, ErrUndecodable):
		return "", &FileError{Name: e.Name, Err: ErrUndecodable, Detail: "the page declares charset " + charset.Declared(e.Raw)}
	case errors.Is(err, ErrBinary):
		return "", &FileError{Name: e.Name, Err: ErrBinary}
	case errors.Is(err, ErrNoText) || err == nil && strings.TrimSpace(text) == "":
		return "", &FileError{Name: e.Name, Err: ErrNoText}
	case err != nil:
		return "", &FileError{Name: e.Name, Err: err}
	}
	return text, nil
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
				if id := fmt.Sprintf("%s-%d", base, n); !ids[id] {
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
