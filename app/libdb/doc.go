// Package libdb is the reader's library in the browser's IndexedDB:
// library.Entry records, small meta values and a cache, each call one
// transaction (see idb.go), and the library's snapshot (snapshot.go). It
// is the library worker's store (workerproto.Store, store.go): it uses
// syscall/js but not go-app, so the import worker
// (cmd/dossier/main_worker.go), which owns the library, can use it without
// the weight of the app. Natively every call fails (idb_other.go); the
// worker's logic is tested natively over an in-memory store instead
// (app/workerproto), and this package in the browser by its self-test
// (app/libdb/libdbtest, cmd/dossier's idb_browser_test.go).
package libdb
