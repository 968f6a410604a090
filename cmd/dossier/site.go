//go:build !wasm

package main

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"github.com/dossierapp/dossier/app/boiler"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/dossierapp/dossier/app/clean"
	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/ui"
	"github.com/dossierapp/dossier/web"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

//go:embed app-worker.js
var workerTemplate string

// site is one dossier: the app's static files, the articles, and the go-app
// handler that renders pages, the manifest and the service worker.
type site struct {
	web      fs.FS  // the static assets (CSS, icons, app.wasm)
	webFrom  string // where they come from, for messages
	basePath string // "" or "/sub" when served under a sub-path
	baseURL  string // the public address (--base-url, no trailing slash), or ""
	bundle   corpus.Bundle
	// bundleJSON and bundleGzip, the articles as the app fetches them, are
	// made in the background: wait on bundled before reading them.
	bundled    chan struct{}
	bundleJSON []byte
	bundleGzip []byte
	bundleErr  error
	proc       *processing // the articles' processing for the prerenderer
	// prebuilt and prebuiltGzip are the processed articles' values for a
	// first visit's worker (prebuilt.go), set before proc.ready is
	// closed; nil with the option noPrebuilt.
	prebuilt     []byte
	prebuiltGzip []byte
	spinGzip     []byte // the spin table, gzipped once (in the background: wait on spinZipped)
	spinZipped   chan struct{}
	modelGzip    []byte // the boilerplate model, gzipped once
	appJS        []byte // go-app's loader script with appJSEdits
	version      string
	handler      *app.Handler
}

// webFiles are the static files the app needs; app.wasm is built by make.
var webFiles = []string{
	"app.wasm", "dossier.css", "timeline.css", "dossier.js", "import.js",
	"import-worker.js", "import-worker.wasm", wasmCompileJS,
	"icon-192.png", "icon-512.png", "icon-maskable-512.png", "icon.svg",
}

// newSite loads the articles and prepares the handler. webDir is the
// folder of the static files, or "" for those built into the binary (see
// package web), else ./web. Warnings about skipped files are written to
// stderr, one per file. The articles are processed in the background
// (see startProcessing): the site answers at once, and s.proc.wait waits
// for them.
func newSite(webDir, articlesDir, basePath string, stderr io.Writer) (*site, error) {
	return openSite(webDir, articlesDir, basePath, stderr, siteOptions{})
}

// siteOptions are newSite's options beyond its arguments.
type siteOptions struct {
	cache *procCache  // where processed articles are kept between runs, or nil
	gate  processGate // holds processing back, for tests; or nil
	// workers is how many articles are processed at once; 0 is one per
	// processor.
	workers int
	// noPrebuilt: the site does not serve the values it made (prebuilt.go),
	// and the browser processes every article itself.
	noPrebuilt bool
}

// openSite is newSite with options.
func openSite(webDir, articlesDir, basePath string, stderr io.Writer, opt siteOptions) (*site, error) {
	webFS, from := staticFiles(webDir)
	for _, f := range webFiles {
		if _, err := fs.Stat(webFS, f); err != nil {
			hint := ""
			if strings.HasSuffix(f, ".wasm") {
				hint = " (build it with 'make wasm')"
			}
			return nil, fmt.Errorf("static file %s missing from %s%s", f, from, hint)
		}
	}
	bundle, warns, err := corpus.LoadDir(articlesDir)
	for _, w := range warns {
		fmt.Fprintf(stderr, "dossier: warning: %s\n", w)
	}
	if err != nil {
		return nil, err
	}
	s := &site{web: webFS, webFrom: from, basePath: normalizeBase(basePath), bundle: bundle, bundled: make(chan struct{}), spinZipped: make(chan struct{}), modelGzip: gzipBytes(boiler.ModelData())}
	go func() {
		defer close(s.spinZipped)
		s.spinGzip = gzipBytes([]byte(clean.SpinTableData()))
	}()
	if s.version, err = s.hash(); err != nil {
		return nil, err
	}
	s.handler = s.newHandler()
	if s.appJS, err = editedAppJS(s.handler); err != nil {
		return nil, err
	}
	ui.Register()
	go s.encodeBundle()
	s.startProcessing(opt)
	return s, nil
}

// encodeBundle makes the articles JSON and its gzipped copy, then closes
// s.bundled.
func (s *site) encodeBundle() {
	defer close(s.bundled)
	data, err := s.bundle.Marshal()
	if err != nil {
		s.bundleErr = fmt.Errorf("encoding articles: %w", err)
		return
	}
	s.bundleJSON, s.bundleGzip = data, gzipBytes(data)
}

// staticFiles chooses the static files: the folder webDir when given, else
// those built into the binary, else the folder ./web.
func staticFiles(webDir string) (fs.FS, string) {
	switch {
	case webDir != "":
		return os.DirFS(webDir), "folder " + webDir
	case web.Files != nil:
		return web.Files, "the files built into this binary"
	}
	return os.DirFS("web"), "folder web (this dossier was built without its static files: make builds bin/dossier with them)"
}

// normalizeBase turns "sub", "/sub/" or "/" into "/sub" or "".
func normalizeBase(p string) string {
	p = strings.Trim(p, "/")
	if p == "" {
		return ""
	}
	return "/" + p
}

// hash is the build's version: a hash of every static file, the articles, the
// worker template, the edits of go-app's loader and the base path. The same build restarted keeps its
// version (no forced re-download); any change makes a new one.
func (s *site) hash() (string, error) {
	h := sha256.New()
	io.WriteString(h, workerTemplate)
	for _, e := range appJSEdits {
		io.WriteString(h, e.new)
	}
	io.WriteString(h, loadingLabel)
	io.WriteString(h, s.basePath)
	// The articles as the bundle's JSON holds them, without waiting for
	// it, hashed meanwhile by another processor.
	articles := make(chan []byte, 1)
	go func() {
		h := sha256.New()
		for _, a := range s.bundle.Articles {
			fmt.Fprintf(h, "%s\x00%s\x00%s\x00%d\x00%d\x00", a.ID, a.Source, a.Name, a.Size, len(a.Text))
			io.WriteString(h, a.Text)
		}
		articles <- h.Sum(nil)
	}()
	io.WriteString(h, clean.SpinTableData())
	files := append([]string(nil), webFiles...)
	sort.Strings(files)
	for _, f := range files {
		data, err := fs.ReadFile(s.web, f)
		if err != nil {
			return "", fmt.Errorf("hashing %s: %w", f, err)
		}
		fmt.Fprintf(h, "%s\x00%d\x00", f, len(data))
		h.Write(data)
	}
	h.Write(<-articles)
	return hex.EncodeToString(h.Sum(nil))[:20], nil
}

func (s *site) resolver() app.ResourceResolver {
	if s.basePath != "" {
		return app.PrefixedLocation(s.basePath)
	}
	return app.LocalDir("")
}

func (s *site) newHandler() *app.Handler {
	res := s.resolver()
	shell := res.Resolve("/")
	if shell == "" {
		shell = "/"
	}
	wasmSize := int64(0)
	if wasm, err := fs.Stat(s.web, "app.wasm"); err == nil {
		wasmSize = wasm.Size()
	}
	worker := strings.ReplaceAll(workerTemplate, "{{.Shell}}", shell)
	// v versions a static URL: its content is fixed for this build, so it
	// can be cached for a year (see setCache).
	v := func(p string) string { return p + "?v=" + s.version }
	icon := app.Icon{
		Default:  v("/web/icon-192.png"),
		Large:    v("/web/icon-512.png"),
		Maskable: v("/web/icon-maskable-512.png"),
		SVG:      v("/web/icon.svg"),
	}
	return &app.Handler{
		Name:            "Dossier",
		ShortName:       "Dossier",
		Title:           "Dossier — offline news reader",
		Description:     "Read, search and follow a story across a folder of news articles, fully offline.",
		Author:          "Dossier",
		Lang:            "en",
		ThemeColor:      "#1d3557",
		BackgroundColor: "#fbfaf7",
		LoadingLabel:    loadingLabel,
		Icon:            icon,
		Styles:          []string{v("/web/dossier.css"), v("/web/timeline.css")},
		// dossier.js applies the reading settings before the first paint;
		// import.js is only called by the app, so it does not hold the
		// page's first paint.
		Scripts: []string{v("/web/dossier.js"), v("/web/import.js") + " defer"},
		// go-app precaches the PNG icons, not the SVG one the page names
		// as its favicon: every icon is listed here, so none fails offline.
		CacheableResources: []string{v(ui.BundlePath), v(ui.SpinTablePath), v(ui.BoilerModelPath), v("/web/import-worker.js"), v("/web/import-worker.wasm"),
			v("/web/" + wasmCompileJS),
			icon.Default, icon.Large, icon.Maskable, icon.SVG},
		RawHeaders:            []string{cspMeta},
		Resources:             res,
		Version:               s.version,
		WasmContentLength:     strconv.FormatInt(wasmSize, 10),
		ServiceWorkerTemplate: worker,
	}
}

// ServeHTTP serves the articles bundle and hands everything else to go-app.
func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case ui.BundlePath:
		s.serveBundle(w, r)
		return
	case ui.SpinTablePath:
		s.serveSpinTable(w, r)
		return
	case ui.PrebuiltPath:
		s.servePrebuilt(w, r)
		return
	case ui.BoilerModelPath:
		s.serveData(w, r, "application/octet-stream", boiler.ModelData(), s.modelGzip)
		return
	case "/app.js", "/goapp.js":
		withGzip(w, r, s.serveAppJS)
		return
	}
	if name, ok := strings.CutPrefix(r.URL.Path, "/web/"); ok {
		// Static files come from s.web, wherever the command runs.
		s.serveStatic(w, r, name)
		return
	}
	// Pages, and go-app's scripts and worker: all under the policy.
	w.Header().Set("Content-Security-Policy", csp)
	withGzip(w, r, s.servePage)
}

// pages lists every page path of the dossier, for static builds.
func (s *site) pages() []string {
	p := []string{ui.PathLibrary, ui.PathAbout, ui.PathTimeline}
	if ui.ImportEnabled {
		p = append(p, ui.PathImport)
	}
	for _, a := range s.bundle.Articles {
		p = append(p, ui.ReaderPath(a.ID))
	}
	return p
}

// copyWeb copies the static files into dir/web.
func (s *site) copyWeb(dir string) error {
	return fs.WalkDir(s.web, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if !servable(d.Name()) {
			return nil
		}
		data, err := fs.ReadFile(s.web, path)
		if err != nil {
			return err
		}
		return writeFile(filepath.Join(dir, "web", filepath.FromSlash(path)), data)
	})
}

// servable reports whether a file of web/ is a static file of the site:
// not a hidden file, nor package web's Go source.
func servable(name string) bool {
	return !strings.HasPrefix(name, ".") && !strings.HasSuffix(name, ".go")
}

func writeFile(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}
