package extract

import (
	"bytes"

	"github.com/dossierapp/dossier/app/internal/charset"
)

// decode returns the page as UTF-8, read by the decoder every file shares
// (charset.Decode: a byte order mark, UTF-8, the declared charset, else a
// guess between Windows-1252 and Windows-1251). A NUL in the first KB is
// ErrBinary; an encoding it cannot read is ErrCharset.
func decode(b []byte) (string, error) {
	if !bytes.HasPrefix(b, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(b, []byte{0xFE, 0xFF}) &&
		bytes.IndexByte(b[:min(len(b), 1024)], 0) >= 0 {
		return "", ErrBinary
	}
	s, _, _, err := charset.Decode(b, true)
	if err != nil {
		return "", ErrCharset
	}
	return s, nil
}
