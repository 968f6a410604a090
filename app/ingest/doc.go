// Package ingest is the one way in for an article file: it turns a file's
// name and bytes into the article text the pipeline cleans, the same way
// for the bundled folder (app/corpus, natively, for serve, build, clean and
// search) and for the reader's imports (app/library/libfile, in the import
// worker).
//
// Read sniffs the kind (text, Markdown or HTML, by content as well as by
// extension), decodes the bytes (UTF-8, UTF-16 with a byte order mark, an
// HTML page's declared charset, else Windows-1251 or Windows-1252), extracts
// an HTML page's main content with app/extract, applies one size limit
// (MaxSize) and names the article with one ID scheme (ID). Everything it
// refuses comes back as a *FileError naming the file.
//
// It is plain Go (no browser code) and compiles for GOOS=js GOARCH=wasm.
package ingest
