package workerproto

import (
	"time"

	"github.com/dossierapp/dossier/app/library"
)

// Files is how the worker reads the reader's files: article files and
// pasted text into entries, entries into their article text, library
// export files. app/library/libfile.Files implements it; the worker's main
// (and tests) give it to New and NewImporter. The page links this package
// for the protocol but never reads a file: through this interface, it links
// none of app/ingest and the HTML extractor (cmd/dossier's
// TestPageDepsLeaveOutIngest).
type Files interface {
	// CheckName refuses, with a *FileError naming it, a file whose name is
	// not an article file's, before the file is read.
	CheckName(name string) error
	// FromFile makes an entry, with its text, from an imported file.
	FromFile(name string, data []byte, now time.Time) (library.Entry, error)
	// FromPaste makes an entry, with its text, from pasted text.
	FromPaste(text string, now time.Time) (library.Entry, error)
	// ImportFile reads the library export file named name: its entries,
	// each with its text; an error names the file.
	ImportFile(name string, data []byte) ([]library.Entry, error)
	// Export writes the entries as a library export file.
	Export(entries []library.Entry, appVersion string) ([]byte, error)
	// Text is an entry's article text: Extracted, or read from Raw.
	Text(e library.Entry) (string, error)
	// WithText is the entry with Extracted filled in.
	WithText(e library.Entry) (library.Entry, error)
}
