// Package browserbench benchmarks Dossier's search in Chromium against
// MiniSearch 7 and Fuse.js 7 on the real corpora in ../shared/corpora.
//
// Everything runs in one headless Chromium page: the Go index compiled to
// WebAssembly (./wasm), MiniSearch and Fuse.js from npm (installed into this
// folder's gitignored node_modules with `npm install`), the same corpus
// (BBC + Reuters, 12,225 articles) and the same scripted keystrokes
// (benchdata.Typed, one character at a time, with a corrected typo).
// Precision@10 is measured on the judged BBC queries of
// testdata/search/bbc_judged.json.
//
// Run it with
//
//	(cd app/search/internal/browserbench && npm install --no-audit --no-fund)
//	go test -tags browserbench -run TestBrowserBench -v -timeout 20m ./app/search/internal/browserbench
//
// The test is behind the build tag browserbench because it takes minutes.
package browserbench
