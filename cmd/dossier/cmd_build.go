//go:build !wasm

package main

import (
	"errors"
	"flag"
	"fmt"
	"github.com/dossierapp/dossier/app/boiler"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dossierapp/dossier/app/clean"
	"github.com/dossierapp/dossier/app/ui"
)

func init() {
	register(command{name: "build", summary: "write the dossier as a static site any static host can serve", run: runBuild})
}

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "dist", "output folder")
	articles := fs.String("articles", "testdata", "folder of articles (.txt, .md, .html), read recursively")
	web := fs.String("web", "", "folder of the app's static files (app.wasm, CSS, icons); default: those built into this binary, else ./web")
	base := fs.String("base-path", "/", "URL path the site is served under, e.g. /dossier/")
	cache := cacheFlag(fs)
	prebuilt := prebuiltFlag(fs)
	baseURL := fs.String("base-url", "", "public address of the site, e.g. https://example.org/dossier/, for link previews (og:url, og:image); without it they are left out")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	public, err := baseURLOf(*baseURL)
	if err != nil {
		fmt.Fprintln(stderr, "dossier build:", err)
		return 2
	}
	s, err := openSite(*web, *articles, *base, stderr, siteOptions{cache: cache.of(*articles, stderr), noPrebuilt: !*prebuilt})
	if err != nil {
		fmt.Fprintln(stderr, "dossier build:", err)
		return 1
	}
	s.baseURL = public
	n, err := s.build(*out)
	if err != nil {
		fmt.Fprintln(stderr, "dossier build:", err)
		return 1
	}
	fmt.Fprintf(stdout, "Wrote %d files for %d articles to %s (version %s, base path %q).\n",
		n, len(s.bundle.Articles), *out, s.version, s.basePath+"/")
	return 0
}

// build writes the static site into dir and returns how many files it wrote.
// Every page is written both as path.html and path/index.html so hosts with
// and without extension mapping serve deep links; 404.html is the app shell,
// which hosts like GitHub Pages serve for unknown paths.
func (s *site) build(dir string) (int, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	// The pages are rendered from the processed articles, once: wait for
	// the background work of newSite.
	s.proc.wait()
	<-s.bundled
	if s.bundleErr != nil {
		return 0, s.bundleErr
	}
	if err := s.copyWeb(dir); err != nil {
		return 0, fmt.Errorf("copying static files: %w", err)
	}
	if err := writeFile(filepath.Join(dir, "web", "articles.json"), s.bundleJSON); err != nil {
		return 0, err
	}
	if s.prebuilt != nil {
		if err := writeFile(filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(ui.PrebuiltPath, "/"))), s.prebuilt); err != nil {
			return 0, err
		}
	}
	if err := writeFile(filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(ui.BoilerModelPath, "/"))), boiler.ModelData()); err != nil {
		return 0, err
	}
	if err := writeFile(filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(ui.SpinTablePath, "/"))), []byte(clean.SpinTableData())); err != nil {
		return 0, err
	}
	n := len(webFiles) + 1
	if s.prebuilt != nil {
		n++
	}
	for _, f := range []string{"/app.js", "/app-worker.js", "/manifest.webmanifest", "/wasm_exec.js", "/app.css"} {
		data, err := s.render(f)
		if err != nil {
			return n, err
		}
		if err := writeFile(filepath.Join(dir, f), data); err != nil {
			return n, err
		}
		n++
	}
	written, err := s.writePages(dir, s.pages())
	return n + written, err
}

// writePages renders the pages and writes each of them (see build), a few
// at a time: on a dossier of ten thousand articles, the time goes to
// rendering the reader pages and writing twice as many files.
func (s *site) writePages(dir string, pages []string) (int, error) {
	var next, written atomic.Int64
	var wg sync.WaitGroup
	errs := make([]error, len(pages))
	for range min(2*runtime.GOMAXPROCS(0), len(pages)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(pages) {
					return
				}
				k, err := s.writePage(dir, pages[i])
				written.Add(int64(k))
				if err != nil {
					errs[i] = err
					next.Store(int64(len(pages))) // stop the others
					return
				}
			}
		}()
	}
	wg.Wait()
	return int(written.Load()), errors.Join(errs...)
}

// writePage renders the page p and writes it where hosts look for it,
// returning how many files it wrote.
func (s *site) writePage(dir, p string) (int, error) {
	data, err := s.render(p)
	if err != nil {
		return 0, err
	}
	var targets []string
	if p == ui.PathLibrary {
		targets = []string{"index.html", "404.html"}
	} else {
		rel := strings.Trim(p, "/")
		targets = []string{rel + ".html", filepath.Join(rel, "index.html")}
	}
	for i, t := range targets {
		if err := writeFile(filepath.Join(dir, t), data); err != nil {
			return i, err
		}
	}
	return len(targets), nil
}

// render is the site's answer to GET path, uncompressed, made in this
// process (no server, no gzip).
func (s *site) render(path string) ([]byte, error) {
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("rendering %s: %d %s", path, rec.Code, http.StatusText(rec.Code))
	}
	return rec.Body.Bytes(), nil
}
