// Package clean turns a raw scraped article into clean text. A pipeline of named
// rules marks scraped boilerplate — donation appeals, newsletter boxes, payment
// and UI crumbs, ad markers, photo captions and credits, navigation, share
// widgets, cookie notices, repeated ledes, metadata lines, injected ad clauses —
// as removed, with a reason, without ever discarding it; spun text (words
// swapped by a WordNet synonym spinner) is scored and, when the article is
// spun, repaired where the context makes the repair certain. Clean also
// recovers the title (or infers one), the publisher and the publication date.
//
// Clean never panics and runs in linear time on any input. The package is plain
// Go and compiles for GOOS=js GOARCH=wasm.
package clean
