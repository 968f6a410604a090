// Package libdbtest is app/libdb's self-test in the browser, for
// cmd/dossier's IndexedDB browser tests only (idb_browser_test.go builds a
// tiny wasm main that calls RegisterIDBSelfTest): the app and the worker do not
// import it.
package libdbtest
