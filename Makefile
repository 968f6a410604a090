# Dossier: `make run` serves the bundled articles on http://127.0.0.1:8000,
# `make test` runs every test (native, wasm, real-browser).
GO       ?= go
ADDR     ?= 127.0.0.1:8000
ARTICLES ?= testdata
GOROOT   := $(shell $(GO) env GOROOT)
GOPATH   := $(shell $(GO) env GOPATH)
# The wasm is built without inlining outside our own packages and the
# runtime: go-app and the standard library shrink by ~85 KB gzip, and our
# hot paths (cleanup, search) keep their speed (BenchmarkClean and
# BenchmarkSearch under wasm unchanged within noise).
WASM_GCFLAGS := -gcflags=all=-l -gcflags=github.com/dossierapp/dossier/...= -gcflags=runtime=
SOURCES  := $(shell find app cmd -name '*.go' -not -name '*_test.go') go.mod go.sum
# Pure packages that must also pass under GOOS=js GOARCH=wasm (run with node).
WASM_PKGS := ./app/doccache ./app/corpus ./app/parse ./app/clean ./app/dates ./app/timeline ./app/search ./app/extract ./app/names ./app/library ./app/internal/unorm

.PHONY: run test build wasm dossier test-native test-wasm lint tools bench bench-search bench-size audit clean-build

run: wasm dossier
	./bin/dossier serve --addr $(ADDR) --articles $(ARTICLES)

wasm: web/app.wasm web/app.wasm.gz web/app.wasm.br web/import-worker.wasm web/import-worker.wasm.gz web/import-worker.wasm.br
# The wasm and its precompressed copies, which dossier serve and build use
# (brotli from Debian's brotli package; .ci/run installs it).
web/app.wasm: $(SOURCES)
	GOOS=js GOARCH=wasm $(GO) build -trimpath $(WASM_GCFLAGS) -ldflags="-s -w" -o $@ ./cmd/dossier
# The import worker: the same main built with -tags importworker, without
# go-app; it reads and extracts imported files in a Web Worker
# (cmd/dossier/main_worker.go, web/import-worker.js).
web/import-worker.wasm: $(SOURCES)
	GOOS=js GOARCH=wasm $(GO) build -tags importworker -trimpath $(WASM_GCFLAGS) -ldflags="-s -w" -o $@ ./cmd/dossier
# gzip with zopfli (Debian's pigz -11, on every core): 5% smaller than
# gzip -9 for clients without brotli; .ci/run installs pigz.
web/%.wasm.gz: web/%.wasm
	@if command -v pigz >/dev/null; then pigz -11 -I 5 -n -c $< > $@; \
	else echo "pigz is not installed: $@ made with gzip -9 (about 5% larger)"; gzip -9 -n -c $< > $@; fi
# Without the brotli command (apt-get install brotli) the server sends gzip.
web/%.wasm.br: web/%.wasm
	@if command -v brotli >/dev/null; then brotli -q 11 -f -o $@ $< && touch $@; \
	else echo "brotli is not installed: $@ skipped, the server sends gzip"; fi

dossier: bin/dossier
bin/dossier: $(SOURCES)
	$(GO) build -o $@ ./cmd/dossier

build: wasm dossier
	rm -rf dist
	./bin/dossier build -o dist --articles $(ARTICLES)

test: lint test-native test-wasm

# Native tests include the browser tests (cmd/dossier), which need the wasm.
test-native: wasm
	$(GO) test -count=1 ./...

test-wasm:
	PATH="$(GOROOT)/lib/wasm:$$PATH" GOOS=js GOARCH=wasm $(GO) test -short -count=1 $(WASM_PKGS)

lint: tools
	@test -z "$$(gofmt -l app cmd)" || { echo "gofmt needed:"; gofmt -l app cmd; exit 1; }
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./app/... ./cmd/...
	$(GOPATH)/bin/staticcheck ./...

tools: $(GOPATH)/bin/staticcheck
$(GOPATH)/bin/staticcheck:
	$(GO) install honnef.co/go/tools/cmd/staticcheck@v0.8.2

# The measurements the README quotes: load times in Chromium, cleanup MB/s
# native and wasm, search per keystroke, wasm sizes. A benchmark, not a test.
bench: wasm
	@echo "== wasm download (bytes)"; wc -c web/app.wasm web/app.wasm.gz web/app.wasm.br
	$(GO) test -count=1 -run '^$$' -bench BrowserLoad -benchtime 5x ./cmd/dossier
	$(GO) test -count=1 -run '^$$' -bench 'Clean$$' -benchtime 2s ./app/clean
	PATH="$(GOROOT)/lib/wasm:$$PATH" GOOS=js GOARCH=wasm $(GO) test -count=1 -run '^$$' -bench 'Clean$$' -benchtime 5x ./app/clean
	$(GO) test -count=1 -run '^$$' -bench 'Build|Search' -benchtime 3x ./app/search
	$(GO) test -count=5 -run '^$$' -bench 'ClustersNews' -benchtime 1x ./app/timeline
	$(GO) test -count=1 -run '^$$' -bench 'Layout' ./app/timeline

# Lighthouse 12 (npm, test-only) on the served dossier with Debian's
# chromium, desktop and mobile presets.
audit: wasm
	cd app/browsertest/audit && npm install --no-audit --no-fund
	$(GO) test -tags audit -count=1 -run TestLighthouse -v -timeout 15m ./cmd/dossier

# What each package adds to the wasm (code bytes), from a build that keeps
# symbol names.
bench-size:
	GOOS=js GOARCH=wasm $(GO) build -trimpath $(WASM_GCFLAGS) -o /tmp/dossier-symbols.wasm ./cmd/dossier
	DOSSIER_WASM_SYMBOLS=/tmp/dossier-symbols.wasm $(GO) test -count=1 -v -run TestWasmPackageSizes ./cmd/dossier

# Search in Chromium against MiniSearch 7 and Fuse.js 7 on the real corpora in
# ../shared/corpora (test data only, never shipped).
bench-search:
	cd app/search/internal/browserbench && npm ci --no-audit --no-fund
	$(GO) test -run '^$$' -bench 'Build|Search' -benchtime 3x ./app/search
	$(GO) test -tags browserbench -run TestBrowserBench -v -timeout 20m ./app/search/internal/browserbench

clean-build:
	rm -rf bin dist web/app.wasm web/app.wasm.gz web/app.wasm.br web/import-worker.wasm web/import-worker.wasm.gz web/import-worker.wasm.br
