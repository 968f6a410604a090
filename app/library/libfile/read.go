// Package libfile reads and writes the files of the reader's library: an
// imported article file into a library.Entry, an entry into its article
// text (app/ingest, with app/extract for HTML), and the whole library to
// and from one export file (export.go).
//
// Only the library worker (cmd/dossier built with -tags importworker), the
// native CLI and server, and tests import it. The page links app/library
// for its types but never reads a file: app/workerproto reaches these
// functions through its Files interface (Files here), so the page's wasm
// carries none of app/ingest, app/extract and their tables (guarded by
// cmd/dossier's TestPageDepsLeaveOutIngest).
package libfile

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/ingest"
	"github.com/dossierapp/dossier/app/library"
)

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

// CheckName refuses, with a *FileError naming it, a file whose name is not
// an article file's (by its extension), before the file is read.
func CheckName(name string) error {
	if !ingest.IsArticleName(name) {
		return &FileError{Name: name, Err: ErrUnsupported}
	}
	return nil
}

// FromFile makes an entry from an imported file, read by app/ingest as a
// bundled file is: the same kind, text and ID. It refuses (with a
// *FileError naming the file) other extensions, empty, binary, undecodable
// and over-library.MaxFileSize files, and HTML pages without article text.
func FromFile(name string, data []byte, now time.Time) (library.Entry, error) {
	name = ingest.BaseName(name)
	if err := CheckName(name); err != nil {
		return library.Entry{}, err
	}
	f, err := ingest.Read(name, data)
	if err != nil {
		return library.Entry{}, err
	}
	e := newEntry(name, f.Kind, data, now)
	e.Extracted = f.Text
	return e, nil
}

// FromPaste makes a text entry from pasted text. Its name is the text's first
// line, shortened.
func FromPaste(text string, now time.Time) (library.Entry, error) {
	name := pasteName(text)
	return WithText(newEntry(name, library.KindText, []byte(text), now))
}

// WithText returns the entry with Extracted filled in (from Text), or the
// error Text gives.
func WithText(e library.Entry) (library.Entry, error) {
	e.Extracted = ""
	text, err := Text(e)
	if err != nil {
		return library.Entry{}, err
	}
	e.Extracted = text
	return e, nil
}

func newEntry(name, kind string, data []byte, now time.Time) library.Entry {
	raw := append([]byte(nil), data...)
	h := HashOf(raw)
	return library.Entry{
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

// Text returns the entry's article text to clean: Extracted when it is
// filled in, else the entry's raw bytes read by app/ingest as its Kind (the
// decoded file for .txt and .md, the extracted main content for HTML).
func Text(e library.Entry) (string, error) {
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
// whose Text is Text(e).
func Article(e library.Entry) (corpus.Article, error) {
	text, err := Text(e)
	if err != nil {
		return corpus.Article{}, err
	}
	return corpus.Article{ID: e.ID, Source: e.Name, Name: e.Name, Size: len(e.Raw), Text: text}, nil
}
