// Package errwrap wraps an error in words that say where it came from, as
// fmt.Errorf's %w does, without fmt: the library worker's packages do
// without fmt and the reflection it brings (about 60 KB gzip of its wasm).
package errwrap

// wrapped is fmt's wrapError: its message, and the error it wraps for
// errors.Is and errors.As.
type wrapped struct {
	msg string
	err error
}

func (w *wrapped) Error() string { return w.msg }

func (w *wrapped) Unwrap() error { return w.err }

// New returns an error whose message is msg and which wraps err:
// fmt.Errorf("loading: %w", err) is New("loading: "+err.Error(), err).
func New(msg string, err error) error { return &wrapped{msg, err} }
