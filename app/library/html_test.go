package library

import (
	"errors"

	"github.com/dossierapp/dossier/app/extract"
)

// The tests read HTML as the import worker does (app/library/htmltext,
// which they cannot import: it imports this package).
func init() {
	SetHTMLExtractor(func(page []byte) (string, error) {
		res, err := extract.Text(page)
		switch {
		case errors.Is(err, extract.ErrCharset):
			return "", ErrUndecodable
		case errors.Is(err, extract.ErrBinary):
			return "", ErrBinary
		case errors.Is(err, extract.ErrNoText):
			return "", ErrNoText
		}
		return res.Text, err
	})
}
