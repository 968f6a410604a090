// Package htmltext lets package library read HTML pages: importing it sets
// library's HTML extractor to app/extract's main-content extraction.
//
// library does not import app/extract itself, so that a program which only
// stores and exports entries (the main wasm app) does not carry the
// extractor; the import worker (cmd/dossier/main_worker.go) imports this.
package htmltext

import (
	"errors"

	"github.com/dossierapp/dossier/app/extract"
	"github.com/dossierapp/dossier/app/library"
)

func init() { library.SetHTMLExtractor(Text) }

// Text is an HTML page's article text (headline, then paragraphs), with
// extract's errors as library's: ErrUndecodable, ErrBinary, ErrNoText.
func Text(page []byte) (string, error) {
	res, err := extract.Text(page)
	switch {
	case errors.Is(err, extract.ErrCharset):
		return "", library.ErrUndecodable
	case errors.Is(err, extract.ErrBinary):
		return "", library.ErrBinary
	case errors.Is(err, extract.ErrNoText):
		return "", library.ErrNoText
	}
	return res.Text, err
}
