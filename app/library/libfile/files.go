package libfile

import (
	"time"

	"github.com/dossierapp/dossier/app/library"
)

// Files is this package as the library worker reads files through it
// (app/workerproto's Files interface): the worker's main and tests give
// &Files{} to workerproto.New and NewImporter. (Its methods take a pointer:
// methods of the value would each cost the worker's wasm a wrapper more.)
type Files struct{}

// CheckName is CheckName.
func (*Files) CheckName(name string) error { return CheckName(name) }

// FromFile is FromFile.
func (*Files) FromFile(name string, data []byte, now time.Time) (library.Entry, error) {
	return FromFile(name, data, now)
}

// FromPaste is FromPaste.
func (*Files) FromPaste(text string, now time.Time) (library.Entry, error) {
	return FromPaste(text, now)
}

// ImportFile is ImportFile.
func (*Files) ImportFile(name string, data []byte) ([]library.Entry, error) {
	return ImportFile(name, data)
}

// Export is Export.
func (*Files) Export(entries []library.Entry, appVersion string) ([]byte, error) {
	return Export(entries, appVersion)
}

// Text is Text.
func (*Files) Text(e library.Entry) (string, error) { return Text(e) }

// WithText is WithText.
func (*Files) WithText(e library.Entry) (library.Entry, error) { return WithText(e) }
