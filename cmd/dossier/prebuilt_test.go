//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/article"
	"github.com/dossierapp/dossier/app/clean"
	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/doccache"
	"github.com/dossierapp/dossier/app/library/libfile"
	"github.com/dossierapp/dossier/app/ui"
	"github.com/dossierapp/dossier/app/workerproto"
)

// nativePipeline is the library worker's pipeline run natively
// (worker_pipeline.go is the browser's), serving one bundle and the
// site's prebuilt values, counting what it processes.
type nativePipeline struct {
	arts                         []corpus.Article
	prebuilt                     []byte
	processed, recleans, stories int
}

func (p *nativePipeline) Articles(string) ([]corpus.Article, error) { return p.arts, nil }

func (p *nativePipeline) Prebuilt(string) []byte { return p.prebuilt }

func (p *nativePipeline) Process(a corpus.Article, hash string) []byte {
	p.processed++
	d := article.Process(a, "")
	d.Hash = hash
	return article.Encode(d)
}

func (p *nativePipeline) Reclean(a corpus.Article, hash string, lines map[string]int) []byte {
	p.recleans++
	return article.Encode(article.Recleaned(a, hash, lines))
}

func (p *nativePipeline) Stories(arts []corpus.Article, values [][]byte) []workerproto.Story {
	p.stories++
	return storiesOf(arts, values)
}

// checkWorkerPrebuilt has a worker answer the page's first requests from the
// site's prebuilt values, data, as a first visit's does: the bundle, then
// the pages with their site's template lines cleaned again (as
// ui's dossier.ApplyTemplates asks), then the stories. It fails unless the
// answers are what the worker would have made itself and it processed and
// clustered nothing.
func checkWorkerPrebuilt(t *testing.T, s *site, data []byte) {
	t.Helper()
	arts := s.bundle.Articles
	p := &nativePipeline{arts: arts, prebuilt: data}
	w := workerproto.New(func() (workerproto.Store, error) { return nil, errors.New("no store here") }, &libfile.Files{})
	w.Pipeline = p
	head := doccache.Head(article.Version)
	res := w.Handle(workerproto.Request{Op: workerproto.OpBundle, URL: ui.BundlePath, Head: head})
	if res.Err != nil || res.Total != len(arts) {
		t.Fatalf("bundle: %v, %d of %d", res.Err, res.Total, len(arts))
	}
	_, vals, err := workerproto.UnpackArticles(res.Packed.PackedData())
	if err != nil || len(vals) != len(arts) {
		t.Fatalf("bundle: %v, %d values", err, len(vals))
	}
	copies, err := workerproto.UnpackCopies(res.Bytes, len(arts))
	if err != nil {
		t.Fatalf("the server's copies: %v", err)
	}
	docs := make([]article.Doc, len(arts))
	for i, a := range arts {
		want := p.Process(a, "")
		if vals[i] != string(want) {
			t.Errorf("%s: the server's value is not the worker's", a.Name)
		}
		var ok bool
		if docs[i], ok = article.Decode(a, "", vals[i], ""); !ok {
			t.Fatalf("%s: the value does not decode", a.Name)
		}
	}
	keys := make([]clean.CopyKey, len(docs))
	spin := make([]float64, len(docs))
	for i, d := range docs {
		keys[i], spin[i] = clean.KeyOf(d.Result), d.Spin
	}
	if want := clean.CopyOf(keys, spin); fmt.Sprint(copies) != fmt.Sprint(want) {
		t.Errorf("the server's copies %v, the page would find %v", copies, want)
	}
	var rcs []workerproto.Reclean
	view := make([][]byte, len(vals))
	for i, v := range vals {
		view[i] = []byte(v)
	}
	for i, lines := range article.TemplateLines(docs) {
		rcs = append(rcs, workerproto.Reclean{Entry: arts[i].ID, Lines: lines})
		view[i] = p.Reclean(arts[i], "", lines)
	}
	p.processed, p.recleans = 0, 0
	if len(rcs) > 0 {
		res = w.Handle(workerproto.Request{Op: workerproto.OpReclean, Recleans: rcs})
		if res.Err != nil {
			t.Fatal(res.Err)
		}
		got, err := workerproto.UnpackValues(res.Packed.PackedData())
		if err != nil || len(got) != len(rcs) {
			t.Fatalf("reclean: %v, %d values for %d", err, len(got), len(rcs))
		}
		served := p.recleans
		for i, rc := range rcs {
			a := arts[slices.IndexFunc(arts, func(a corpus.Article) bool { return a.ID == rc.Entry })]
			if got[i] != string(p.Reclean(a, "", rc.Lines)) {
				t.Errorf("%s cleaned again: the server's value is not the worker's", a.Name)
			}
		}
		if served != 0 {
			t.Errorf("the worker cleaned %d pages again itself", served)
		}
	}
	p.stories = 0
	res = w.Handle(workerproto.Request{Op: workerproto.OpStories, URL: ui.BundlePath, Head: head})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	if want := workerproto.PackStories(storiesOf(arts, view)); !bytes.Equal(res.Packed.PackedData(), want) {
		t.Errorf("the server's stories are not the worker's")
	}
	if p.stories != 0 {
		t.Errorf("the worker clustered the articles itself")
	}
	if p.processed != 0 {
		t.Errorf("the worker processed %d articles itself", p.processed)
	}
	t.Logf("%d articles, %d cleaned again without their site's template lines", len(arts), len(rcs))
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
	want := []byte(getPage(t, s, ui.PrebuiltPath))
	checkWorkerPrebuilt(t, s, want)
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
		t.Errorf("the values served from the cache are not those made afresh")
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

// TestServePrebuiltTemplates: in a folder of one site's pages, the values
// served hold the pages cleaned again without the site's template lines,
// which a first visit's worker then answers without cleaning any itself.
func TestServePrebuiltTemplates(t *testing.T) {
	dir := t.TempDir()
	for name, text := range templatePages() {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := siteOf(t, dir, "")
	data := []byte(getPage(t, s, ui.PrebuiltPath))
	checkWorkerPrebuilt(t, s, data)
	if !strings.Contains(string(data), "12 Harbour Road") {
		t.Fatal("the values lack the pages' text")
	}
}
