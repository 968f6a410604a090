//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/dossierapp/dossier/app/article"
	"github.com/dossierapp/dossier/app/doccache"
	"github.com/dossierapp/dossier/app/ui"
	"github.com/dossierapp/dossier/app/workerproto"
)

// wantPrebuilt is what the worker would make of the site's articles,
// packed as the server serves it.
func wantPrebuilt(s *site) []byte {
	vals := make([][]byte, len(s.bundle.Articles))
	for i, a := range s.bundle.Articles {
		vals[i] = article.Encode(article.Process(a, ""))
	}
	return workerproto.PackPrebuilt(doccache.Head(article.Version), s.bundle.Articles, vals)
}

// TestServePrebuilt: while the server processes its articles it answers
// 503 for their values, which no cache keeps (the worker then processes
// them itself); once done, the values are the ones the worker would have
// made, also when the server read them from its cache, and gzipped for a
// client that takes it. With --prebuilt=false there are none.
func TestServePrebuilt(t *testing.T) {
	if _, err := os.Stat(filepath.Join(webDir, "app.wasm")); err != nil {
		t.Fatalf("web/app.wasm is missing: run 'make wasm' first")
	}
	open := make(chan struct{})
	root := t.TempDir()
	s, err := openSite(webDir, articlesDir, "", io.Discard, siteOptions{cache: newProcCache(root, articlesDir, io.Discard), gate: func(int) { <-open }})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", ui.PrebuiltPath, nil))
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Cache-Control") != "no-store" {
		t.Errorf("while processing: %d, Cache-Control %q; want 503, no-store", rec.Code, rec.Header().Get("Cache-Control"))
	}
	close(open)
	s.proc.wait()
	want := wantPrebuilt(s)
	if got := getPage(t, s, ui.PrebuiltPath); got != string(want) {
		t.Errorf("the values served (%d bytes) are not the worker's (%d bytes)", len(got), len(want))
	}
	req := httptest.NewRequest("GET", ui.PrebuiltPath, nil)
	req.Header.Set("Accept-Encoding", "gzip")
	rec = httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	if rec.Header().Get("Content-Encoding") != "gzip" || !bytes.Equal(gunzip(t, rec.Body.Bytes()), want) {
		t.Errorf("gzipped: Content-Encoding %q, or not the values", rec.Header().Get("Content-Encoding"))
	}

	// A restart reads the articles back from the cache: the same values.
	again, err := openSite(webDir, articlesDir, "", io.Discard, siteOptions{cache: newProcCache(root, articlesDir, io.Discard)})
	if err != nil {
		t.Fatal(err)
	}
	again.proc.wait()
	if again.proc.fromCache != len(again.bundle.Articles) {
		t.Fatalf("%d of %d articles from the cache", again.proc.fromCache, len(again.bundle.Articles))
	}
	if got := getPage(t, again, ui.PrebuiltPath); got != string(want) {
		t.Errorf("the values served from the cache are not the worker's")
	}

	off, err := openSite(webDir, articlesDir, "", io.Discard, siteOptions{noPrebuilt: true})
	if err != nil {
		t.Fatal(err)
	}
	off.proc.wait()
	rec = httptest.NewRecorder()
	off.ServeHTTP(rec, httptest.NewRequest("GET", ui.PrebuiltPath, nil))
	if rec.Code != http.StatusNotFound {
		t.Errorf("with --prebuilt=false: %d, want 404", rec.Code)
	}
}

// gunzip returns the gzip data unpacked.
func gunzip(t *testing.T, data []byte) []byte {
	t.Helper()
	r, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
