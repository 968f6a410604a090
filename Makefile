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
# BenchmarkSearch under wasm unchanged within noise). Of ours, the
# components (ui) and the date tagger (dates) are built without inlining
# too: 23 KB brotli less (measured 2026-12-03), on code that runs once a
# render or an article, not per keystroke. (Without inlining the classifier
# and the timeline grow instead; the cleanup and search keep it for speed.)
# The HTML extraction (extract) too, which runs once per imported page: the
# worker's wasm 4 KB gzip and brotli less (measured 2026-12-05, html18).
DOSSIER  := github.com/dossierapp/dossier/app
WASM_GCFLAGS := -gcflags=all=-l -gcflags=github.com/dossierapp/dossier/...= -gcflags=runtime= \
	-gcflags=$(DOSSIER)/ui=-l -gcflags=$(DOSSIER)/dates=-l -gcflags=$(DOSSIER)/extract=-l
# The import worker, which cleans in a Web Worker off the page's thread, was
# built from the twenty-eighth session (size31) with the cleanup (clean) and
# the runtime without inlining, for 33 KB gzip of room at about 12% more
# cleanup CPU under wasm. The thirty-first session's room35 took encoding/json,
# fmt, os and encoding/hex out of the worker (-183 KB gzip), so it is built
# with the page's flags again: gzip 1,645,074 -> 1,674,891 and brotli
# 1,253,728 -> 1,292,084 (both within budget), BenchmarkClean under node
# 309 -> 259 ms an op (medians of three alternated runs of 10x at load ~5,
# 2.80 -> 3.35 MB/s; user time 5.05 -> 4.52 s).
# The worker inlines within the runtime's own helpers too (maps, hashing,
# atomics, byte order) and the byte searches under strings.Index and
# IndexByte (bytealg, stringslite): under wasm every call costs a frame in
# linear memory and a resumable dispatch, and with -l the map lookups and
# string hashes of the cleanup call a function per group probe and per
# 4-byte read. BenchmarkClean under node ~15% less CPU (thirty-second
# session, ratio38) for about 10 KB gzip and 9 KB brotli. strings itself
# (unicode/utf8 with it) would take ~6% more at +64 KB gzip: left out.
# The worker's code that runs once an article or a message, not once a line
# (its messages, the article cache and the library's files, the import's
# reading of files and the corpus it fills), is built without inlining:
# forty-fourth session, the worker 7,077,582 -> 7,065,318 bytes raw, gzip -9
# 1,896,257 -> 1,889,255, brotli -q 11 1,397,432 -> 1,382,525 (brotli moves
# by KBs with small changes); the cleanup itself keeps its inlining.
WORKER_GCFLAGS := $(WASM_GCFLAGS) -gcflags=internal/runtime/...= -gcflags=internal/abi= \
	-gcflags=internal/byteorder= -gcflags=internal/bytealg= -gcflags=internal/stringslite= \
	-gcflags=$(DOSSIER)/workerproto=-l -gcflags=$(DOSSIER)/doccache=-l -gcflags=$(DOSSIER)/libdb=-l \
	-gcflags=$(DOSSIER)/library/libfile=-l -gcflags=$(DOSSIER)/ingest=-l -gcflags=$(DOSSIER)/corpus=-l
SOURCES  := $(shell find app cmd -name '*.go' -not -name '*_test.go') go.mod go.sum
# Pure packages that must also pass under GOOS=js GOARCH=wasm (run with node).
WASM_PKGS := ./app/doccache ./app/corpus ./app/ingest ./app/article ./app/parse ./app/boiler ./app/clean ./app/dates ./app/timeline ./app/search ./app/extract ./app/names ./app/library ./app/library/libfile ./app/internal/unorm ./app/internal/sha256 ./app/internal/minijson ./app/internal/hexstr ./app/errwrap ./app/timeline/view ./app/workerproto

.PHONY: run test build wasm dossier test-native test-wasm lint tools bench bench-clean bench-clean-cv bench-clean-cv-site bench-dates bench-search bench-size audit clean-build fuzz

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
	GOOS=js GOARCH=wasm $(GO) build -tags importworker -trimpath $(WORKER_GCFLAGS) -ldflags="-s -w" -o $@ ./cmd/dossier
# gzip with zopfli (Debian's pigz -11, on every core): 5% smaller than
# gzip -9 for clients without brotli; .ci/run installs pigz.
web/%.wasm.gz: web/%.wasm
	@if command -v pigz >/dev/null; then pigz -11 -I 5 -n -c $< > $@; \
	else echo "pigz is not installed: $@ made with gzip -9 (about 5% larger)"; gzip -9 -n -c $< > $@; fi
# Without the brotli command (apt-get install brotli) the server sends gzip.
web/%.wasm.br: web/%.wasm
	@if command -v brotli >/dev/null; then brotli -q 11 -f -o $@ $< && touch $@; \
	else echo "brotli is not installed: $@ skipped, the server sends gzip"; fi

# The one binary: it embeds web/ (the wasm, its compressed copies, CSS,
# scripts, icons) with -tags embedweb, so it runs from any folder. The wasm
# comes first; `go build ./cmd/dossier` without the tag makes a binary
# that reads ./web (or --web DIR) instead.
WEB_FILES := $(filter-out web/screenshot.png,$(wildcard web/*.css web/*.js web/*.png web/*.svg web/*.go))
dossier: bin/dossier
bin/dossier: $(SOURCES) $(WEB_FILES) web/app.wasm web/app.wasm.gz web/import-worker.wasm web/import-worker.wasm.gz $(wildcard web/*.wasm.br)
	$(GO) build -tags embedweb -o $@ ./cmd/dossier

build: wasm dossier
	rm -rf dist
	./bin/dossier build -o dist --articles $(ARTICLES)

test: lint test-native test-wasm

# Native tests include the browser tests (cmd/dossier), which need the wasm.
# Their package takes 5-6 minutes on a quiet 2-core machine and over 10, go
# test's default limit, when other jobs load it (load 13-15): 30 minutes.
test-native: wasm
	$(GO) test -count=1 -timeout 30m ./...

test-wasm:
	PATH="$(GOROOT)/lib/wasm:$$PATH" GOOS=js GOARCH=wasm $(GO) test -short -count=1 -timeout 30m $(WASM_PKGS)

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
# The wasm cleanup runs 15 iterations an op: node's compiler warms up over
# the first few, and the README's wasm / native ratio is of steady work.
bench: wasm
	@echo "== wasm download (bytes)"; wc -c web/app.wasm web/app.wasm.gz web/app.wasm.br
	$(GO) test -count=1 -run '^$$' -bench BrowserLoad -benchtime 5x ./cmd/dossier
	$(GO) test -count=1 -run '^$$' -bench 'Clean$$' -benchtime 2s ./app/clean
	PATH="$(GOROOT)/lib/wasm:$$PATH" GOOS=js GOARCH=wasm $(GO) test -count=1 -run '^$$' -bench 'Clean$$' -benchtime 15x ./app/clean
	$(GO) test -count=1 -run '^$$' -bench 'Build|Search' -benchtime 3x ./app/search
	$(GO) test -count=5 -run '^$$' -bench 'ClustersNews' -benchtime 1x ./app/timeline
	$(GO) test -count=1 -run '^$$' -bench 'Layout' ./app/timeline
	$(GO) test -count=1 -run '^$$' -bench 'CommentSplit' -benchtime 5x ./app/extract

# The cleanup on the labelled boilerplate corpus's test split (test data in
# ../shared/corpora, never shipped), scored by the corpus's own score.py, and
# its speed natively and in wasm. The model is trained on the dev split
# (go generate ./app/boiler).
BOILERPLATE := ../shared/corpora/boilerplate
bench-clean:
	$(GO) run ./app/clean/internal/cleanbench -split test -pages $(BOILERPLATE)/pages.jsonl.gz -pred /tmp/dossier-clean-test.jsonl
	python3 $(BOILERPLATE)/score.py $(BOILERPLATE)/pages.jsonl.gz /tmp/dossier-clean-test.jsonl --split test
	$(GO) test -count=1 -run 'TestBBC$$' -v ./app/clean | grep 'BBC:'
	$(GO) test -count=1 -run '^$$' -bench 'Clean$$|CleanPages$$|Classify$$' -benchtime 2s ./app/clean ./app/boiler
	PATH="$(GOROOT)/lib/wasm:$$PATH" GOOS=js GOARCH=wasm $(GO) test -count=1 -run '^$$' -bench 'Clean$$|Classify$$' -benchtime 15x ./app/clean ./app/boiler

# The cleanup on every dev page by 5-fold cross-validation: five models, each
# trained without one fifth of dev, each scoring the fifth it did not see (what
# the cleanup's settings are chosen on; the test split is only scored above).
bench-clean-cv:
	mkdir -p /tmp/dossier-cv
	for k in 0 1 2 3 4; do $(GO) run ./app/boiler/internal/train -pages $(BOILERPLATE)/pages.jsonl.gz -clean ../shared/corpora/bbc.jsonl -holdout -fold $$k -out /tmp/dossier-cv/fold$$k.bin 2>&1 | tail -1 || exit 1; done
	$(GO) run ./app/clean/internal/cleanbench -split dev -pages $(BOILERPLATE)/pages.jsonl.gz -cv /tmp/dossier-cv/fold

# The same with the dev pages cut into fifths by site (a site's pages all in
# one fifth): each page scored by a model that saw no page of its site, as the
# issue's held-out pages from other sites will be. Slightly lower than by page.
bench-clean-cv-site:
	mkdir -p /tmp/dossier-cvsite
	for k in 0 1 2 3 4; do $(GO) run ./app/boiler/internal/train -pages $(BOILERPLATE)/pages.jsonl.gz -clean ../shared/corpora/bbc.jsonl -holdout -bysite -fold $$k -out /tmp/dossier-cvsite/fold$$k.bin 2>&1 | tail -1 || exit 1; done
	$(GO) run ./app/clean/internal/cleanbench -split dev -pages $(BOILERPLATE)/pages.jsonl.gz -cv /tmp/dossier-cvsite/fold -bysite

# Dates against people's annotations: TBAQ-cleaned (TempEval-3's TimeML news,
# in ../shared/corpora; test data only, never shipped or copied here) through
# `dossier clean --json`, scored by the corpus's tempeval.py (extent P/R, value
# accuracy; the last line is DATE+TIME); then the Find benchmarks.
TIMEML ?= ../shared/corpora/timeml
TBAQ_OUT ?= /tmp/dossier-tbaq
bench-dates: bin/dossier
	@if [ -d $(TIMEML)/tbaq ]; then \
		rm -rf $(TBAQ_OUT) && mkdir -p $(TBAQ_OUT) && \
		python3 $(TIMEML)/tempeval.py cli-inputs $(TIMEML)/tbaq $(TBAQ_OUT)/txt && \
		./bin/dossier clean --json $(TBAQ_OUT)/txt > $(TBAQ_OUT)/clean.json && \
		python3 $(TIMEML)/tempeval.py cli-align $(TIMEML)/tbaq $(TBAQ_OUT)/clean.json > $(TBAQ_OUT)/sys.json && \
		python3 $(TIMEML)/tempeval.py score $(TIMEML)/tbaq $(TBAQ_OUT)/sys.json > $(TBAQ_OUT)/score.txt && \
		sed -n '1,7p' $(TBAQ_OUT)/score.txt && tail -1 $(TBAQ_OUT)/score.txt && \
		echo "(every failure: $(TBAQ_OUT)/score.txt; python3 $(TIMEML)/tempeval.py score $(TIMEML)/tbaq $(TBAQ_OUT)/sys.json --list-all)"; \
	else echo "$(TIMEML)/tbaq not found: scoring skipped"; fi
	$(GO) test -count=1 -run '^$$' -bench 'Find' ./app/dates

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

# Every fuzz target in turn, FUZZTIME each (a check, not part of make test).
# A new input grown from a large seed is minimized for at most 5 s: with go
# test's default (a minute per input) the fuzzer seems to stall on the
# cleanup's 10 KB seeds while it minimizes.
FUZZTIME ?= 30s
FUZZ_TARGETS := app/boiler:FuzzClassify app/boiler:FuzzUnmarshal app/corpus:FuzzUnmarshalAsEncodingJSON app/clean:FuzzClean app/clean:FuzzCommentSigns \
	app/clean:FuzzSignatureShape app/clean:FuzzSpinTable app/dates:FuzzFind app/doccache:FuzzDecode app/extract:FuzzText \
	app/ingest:FuzzRead app/internal/minijson:FuzzScan app/internal/sha256:FuzzSum256 app/internal/unorm:FuzzNFC app/library/libfile:FuzzImport app/library/libfile:FuzzImportAsEncodingJSON app/library:FuzzReadRecords app/names:FuzzFind \
	app/parse:FuzzForeignDate app/search:FuzzSearch app/ui:FuzzKeptCodec app/workerproto:FuzzUnpackArticles \
	app/workerproto:FuzzUnpackValues app/workerproto:FuzzUsePrebuilt
fuzz:
	@for t in $(FUZZ_TARGETS); do pkg=$${t%%:*}; name=$${t##*:}; echo "== $$pkg $$name"; \
		$(GO) test -run '^$$' -fuzz "^$$name$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./$$pkg || exit 1; done
