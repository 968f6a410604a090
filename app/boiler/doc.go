// Package boiler tells article text from boilerplate, line by line, with a
// small model learned offline from real labelled web pages.
//
// A scraped page flattened to text is a sequence of lines: menus, headlines,
// bylines, the article's paragraphs, captions, share widgets, related links,
// comments and footers. Classify measures general signals on each line and its
// neighbours — length, stopword density (as jusText does), end punctuation,
// capitalisation, digits and symbols, code punctuation, numbered runs of
// items, runs of short lines, the line's place relative to the densest run of
// prose, and a short vocabulary of words that mark boilerplate or content —
// and scores them with gradient-boosted trees in three stages, each after
// the first also reading the verdicts of the one before around the line, the
// line's distance, in boilerplate, from the page's main block, and what kind
// of page those verdicts make (one article, or content spread over many runs
// as on a forum or a list of posts, code, a long numbered list).
// The weights are embedded (model.bin). The same bytes drive the native CLI
// and the wasm app, so both decide alike.
//
// The model is trained by `go generate` (internal/train) on the dev split of
// the boilerplate corpus in ../shared/corpora/boilerplate (pages from the
// L3S-GN1, Dragnet, Mozilla Readability and CleanEval benchmarks). What ships
// is numbers and a vocabulary of a few hundred common words, never text of
// those pages.
//
// The package is plain Go and compiles for GOOS=js GOARCH=wasm.
package boiler

//go:generate go run ./internal/train -pages ../../../shared/corpora/boilerplate/pages.jsonl.gz -clean ../../../shared/corpora/bbc.jsonl -out model.bin
