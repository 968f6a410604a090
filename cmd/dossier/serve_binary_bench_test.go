//go:build !wasm

package main

import (
	"bufio"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// BenchmarkServeBinaryFirstTimeline times what a user waits for: from the
// start of the `dossier serve --articles DIR` process, with the 10,000
// Reuters stories as .txt files, to the first 200 answer to GET /timeline
// (ready-s), with no processing cache; then to the line saying every
// article is processed (processed-s). With DOSSIER_BASELINE set to another
// dossier binary (e.g. one built from main), each iteration times it too,
// in turn with this one (base-ready-s), so both see the same load.
func BenchmarkServeBinaryFirstTimeline(b *testing.B) {
	web, err := filepath.Abs(webDir)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(web, "app.wasm")); err != nil {
		b.Fatalf("web/app.wasm is missing: run 'make wasm' first")
	}
	dir := reutersFolder(b)
	bin := filepath.Join(b.TempDir(), "dossier")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	base := os.Getenv("DOSSIER_BASELINE")
	var ready, processed, baseReady time.Duration
	for b.Loop() {
		r, p := timeServe(b, bin, web, dir, "--cache", "off")
		ready += r
		processed += p
		if base != "" {
			r, _ := timeServe(b, base, web, dir)
			baseReady += r
		}
	}
	n := float64(b.N)
	b.ReportMetric(ready.Seconds()/n, "ready-s")
	b.ReportMetric(processed.Seconds()/n, "processed-s")
	if base != "" {
		b.ReportMetric(baseReady.Seconds()/n, "base-ready-s")
	}
}

// timeServe starts bin serve on a free port and returns the time from its
// start to its first 200 on /timeline, and to its "Processed" line (0 when
// it prints none), then stops it.
func timeServe(b *testing.B, bin, web, dir string, flags ...string) (ready, processed time.Duration) {
	b.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(bin, append([]string{"serve", "--addr", addr, "--web", web, "--articles", dir}, flags...)...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
	}()
	done := make(chan time.Duration, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "Processed ") {
				done <- time.Since(t0)
			}
		}
		close(done)
	}()
	client := &http.Client{Timeout: 120 * time.Second}
	for {
		res, err := client.Get("http://" + addr + "/timeline")
		if err == nil {
			res.Body.Close()
			if res.StatusCode != http.StatusOK {
				b.Fatalf("%s: GET /timeline: %s", bin, res.Status)
			}
			ready = time.Since(t0)
			break
		}
		if time.Since(t0) > 5*time.Minute {
			b.Fatalf("%s: no answer: %v", bin, err)
		}
		time.Sleep(5 * time.Millisecond)
	}
	if len(flags) > 0 { // this build: it reports when it has processed
		processed = <-done
	}
	return ready, processed
}
