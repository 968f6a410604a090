// Package errwrap wraps an error in words that say where it came from, as
// fmt.Errorf's %w does, without fmt: the library worker's packages do
// without fmt and the reflection it brings (about 60 KB gzip of its wasm).
package errwrap

// wrapped is fmt's wrapError: its message, and the error it wraps for
// errors.Is and errors.As. It is used by pointer; the empty func array
// makes the struct itself not comparable, so the compiler writes no
// equality function for it (432 bytes of wasm in each program).
type wrapped struct {
	msg string
	err error
	_   [0]func()
}

func (w *wrapped) Error() string { return w.msg }

func (w *wrapped) Unwrap() error { return w.err }

// New returns an error whose message is msg and which wraps err:
// fmt.Errorf("loading: %w", err) is New("loading: "+err.Error(), err).
func New(msg string, err error) error { return &wrapped{msg: msg, err: err} }
