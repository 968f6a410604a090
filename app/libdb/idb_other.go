//go:build !wasm

package libdb

//lint:file-ignore U1000 the import worker uses these in the browser; natively they are otherwise unused

// Native stand-ins for idb.go: IndexedDB exists only in the browser, so
// every call fails with errNoIndexedDB. They keep the package compiling
// (and prerendering) natively.

import (
	"errors"
	"fmt"

	"github.com/dossierapp/dossier/app/library"
	"github.com/dossierapp/dossier/app/workerproto"
)

var errNoIndexedDB = errors.New("the library (IndexedDB) is only available in the browser")

type Library struct{}

func Open() (*Library, error)                              { return nil, errNoIndexedDB }
func (l *Library) Close()                                  {}
func (l *Library) OnChange(fn func()) (stop func())        { return func() {} }
func (l *Library) All() ([]library.Entry, error)           { return nil, errNoIndexedDB }
func (l *Library) Put(entries ...library.Entry) error      { return errNoIndexedDB }
func (l *Library) Delete(ids ...string) error              { return errNoIndexedDB }
func (l *Library) Clear() error                            { return errNoIndexedDB }
func (l *Library) Meta(key string) (string, bool, error)   { return "", false, errNoIndexedDB }
func (l *Library) SetMeta(key, value string) error         { return errNoIndexedDB }
func (l *Library) Cache() (map[string][]byte, error)       { return nil, errNoIndexedDB }
func (l *Library) PutCache(values map[string][]byte) error { return errNoIndexedDB }
func (l *Library) DeleteCache(keys ...string) error        { return errNoIndexedDB }

func StorageEstimate() (usage, quota int64, err error) { return 0, 0, errNoIndexedDB }
func RequestPersist() (bool, error)                    { return false, errNoIndexedDB }
func StoragePersisted() (bool, error)                  { return false, errNoIndexedDB }

// ErrStorageFull is what a QuotaError wraps: test with errors.Is.
var ErrStorageFull = workerproto.ErrStorageFull

// QuotaError is a write refused because the browser's storage quota for
// the site is used up. Nothing of the write was stored.
type QuotaError struct {
	Usage, Quota int64
}

func (e *QuotaError) Error() string {
	return fmt.Sprintf("storage is full: %d bytes used of %d; nothing was changed", e.Usage, e.Quota)
}

func (e *QuotaError) Unwrap() error { return ErrStorageFull }

func MBString(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }
