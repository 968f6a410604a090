//go:build !wasm

package main

import (
	"bufio"
	"bytes"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
	"time"
)

// TestEmbeddedBinaryRunsAnywhere builds the dossier as make does (-tags
// embedweb: web/ built in) and runs `dossier build` and `dossier serve` in
// an empty folder far from the repository: both find the app's files.
func TestEmbeddedBinaryRunsAnywhere(t *testing.T) {
	wasm, err := os.ReadFile(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		t.Fatalf("web/app.wasm is missing: run 'make wasm' first")
	}
	articles, err := filepath.Abs(articlesDir)
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "dossier")
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(gobin, "build", "-tags", "embedweb", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build -tags embedweb: %v\n%s", err, out)
	}
	elsewhere := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", t.TempDir()) // the commands' processing cache

	cmd := exec.Command(bin, "build", "-o", "site", "--articles", articles)
	cmd.Dir = elsewhere
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("dossier build: %v\n%s", err, out)
	}
	got, err := os.ReadFile(filepath.Join(elsewhere, "site", "web", "app.wasm"))
	if err != nil || !bytes.Equal(got, wasm) {
		t.Errorf("the built site's web/app.wasm is not web/app.wasm (%v)", err)
	}
	for _, f := range []string{"index.html", "web/dossier.css", "web/icon-192.png", "web/import-worker.wasm"} {
		if _, err := os.Stat(filepath.Join(elsewhere, "site", f)); err != nil {
			t.Errorf("built site: %v", err)
		}
	}
	if _, err := os.Stat(filepath.Join(elsewhere, "site", "web", "embed.go")); err == nil {
		t.Error("the built site carries package web's Go source")
	}

	serve := exec.Command(bin, "serve", "--addr", "127.0.0.1:0", "--articles", articles)
	serve.Dir = elsewhere
	stdout, err := serve.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	serve.Stderr = &stderr
	if err := serve.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { serve.Process.Kill(); serve.Wait() }()
	line := make(chan string, 1)
	go func() {
		s := bufio.NewScanner(stdout)
		s.Scan()
		line <- s.Text()
		io.Copy(io.Discard, stdout)
	}()
	var addr string
	select {
	case l := <-line:
		addr = regexp.MustCompile(`http://[0-9.:]+`).FindString(l)
	case <-time.After(30 * time.Second):
		t.Fatalf("dossier serve did not start: %s", stderr.String())
	}
	if addr == "" {
		t.Fatalf("dossier serve: no address in its first line; stderr: %s", stderr.String())
	}
	for _, p := range []string{"/", "/web/app.wasm", "/web/icon.svg", "/manifest.webmanifest"} {
		res, err := http.Get(addr + p)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %s", p, res.Status)
		}
	}
	if res, err := http.Get(addr + "/web/embed.go"); err == nil {
		res.Body.Close()
		if res.StatusCode != http.StatusNotFound {
			t.Errorf("GET /web/embed.go: %s, want 404", res.Status)
		}
	}
}
