//go:build !wasm

package main

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// reutersFolder writes the 10,000 Reuters stories of ../shared/corpora (test
// data only, never shipped) as .txt files into a temporary folder, as a
// user with a folder of wire copy would have them, or skips.
func reutersFolder(b *testing.B) string {
	b.Helper()
	f, err := os.Open("../../../shared/corpora/reuters21578-10k.jsonl")
	if err != nil {
		b.Skip("corpora not found: provide ../shared/corpora/reuters21578-10k.jsonl")
	}
	defer f.Close()
	dir := b.TempDir()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatal(err)
		}
		name := strings.ReplaceAll(r.ID, "/", "-") + ".txt"
		if err := os.WriteFile(filepath.Join(dir, name), []byte(r.Text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return dir
}

// BenchmarkServeFirstTimeline times, in one process, what `dossier serve
// --articles DIR` does before it can answer, with 10,000 Reuters stories as
// .txt files (start-s: loading the folder; the articles are processed in
// the background, as serve does), the first GET /timeline after that (timeline-s,
// answered while they are processing), and the processing until the
// prerenderer has them all (processed-s, from the start).
func BenchmarkServeFirstTimeline(b *testing.B) {
	if _, err := os.Stat(filepath.Join(webDir, "app.wasm")); err != nil {
		b.Fatalf("web/app.wasm is missing: run 'make wasm' first")
	}
	dir := reutersFolder(b)
	var start, first, processed time.Duration
	for b.Loop() {
		t0 := time.Now()
		s, err := openSite(webDir, dir, "", io.Discard, siteOptions{workers: serveWorkers()})
		if err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/timeline", nil))
		if rec.Code != http.StatusOK {
			b.Fatalf("GET /timeline: %d", rec.Code)
		}
		start += t1.Sub(t0)
		first += time.Since(t1)
		s.proc.wait()
		processed += time.Since(t0)
	}
	b.ReportMetric(start.Seconds()/float64(b.N), "start-s")
	b.ReportMetric(first.Seconds()/float64(b.N), "timeline-s")
	b.ReportMetric(processed.Seconds()/float64(b.N), "processed-s")
}
