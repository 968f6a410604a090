// Package libdb is the reader's library in the browser's IndexedDB:
// library.Entry records, small meta values and a cache, each call one
// transaction (see idb.go). It uses syscall/js but not go-app, so the
// import worker (cmd/dossier/main_worker.go), which owns the library, can
// use it without the weight of the app; natively every call fails
// (idb_other.go).
package libdb
